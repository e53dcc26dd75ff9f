/** Every `lbplan` command, in the order `lbplan --help` lists them. */
import type { CliCommand } from '../command';
import { bundleCommand } from './bundle';
import { checkCommand } from './check';
import { checklistCommand } from './checklist';
import { newCommand, presetsCommand } from './presets';
import { rulesCommand } from './rules';
import { simulateCommand } from './simulate';

export const commands: readonly CliCommand[] = [
	checkCommand,
	checklistCommand,
	bundleCommand,
	rulesCommand,
	presetsCommand,
	newCommand,
	simulateCommand,
];
