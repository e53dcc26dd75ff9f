/** `lbplan`: the command-line face of the domain, machines and layout. */
import { exitCodes, type CliIo } from './command';
import { commands } from './commands/index';
import { toolVersion } from '../domain/bundle/provenance';

function overview(): string {
	const width = Math.max(...commands.map((c) => c.name.length), 4);
	const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
	return [
		'lbplan — check, document and simulate load-balanced Umbraco deployments',
		'',
		'Usage: lbplan <command> [options]',
		'',
		'Commands:',
		...lines,
		'',
		'Run `lbplan <command> --help` for a command’s options and examples.',
		'',
	].join('\n');
}

/** Runs `lbplan` with the given arguments; resolves with the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		io.out(overview());
		return name === undefined ? exitCodes.badInput : exitCodes.ok;
	}
	if (name === '--version' || name === '-v') {
		io.out(`${toolVersion}\n`);
		return exitCodes.ok;
	}
	const command = commands.find((c) => c.name === name);
	if (!command) {
		io.err(`lbplan: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
		return exitCodes.badInput;
	}
	if (rest.includes('--help') || rest.includes('-h')) {
		io.out(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
		return exitCodes.ok;
	}
	return command.run(rest, io);
}
