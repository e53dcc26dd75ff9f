/** Every `lbplan` command, in the order `lbplan --help` lists them. */
import type { CliCommand } from '../command';

export const commands: readonly CliCommand[] = [];
