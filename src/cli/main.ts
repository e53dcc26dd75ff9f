/** `lbplan`: the command-line face of the domain, machines and layout. */
import { exitCodes, type CliIo } from './command';
import { commands } from './commands/index';
import { toolVersion } from '../domain/bundle/provenance';
import { escapeTerminalText } from './terminal-text';

/** `io` with every line it prints escaped for the terminal (see terminal-text.ts). */
function terminalIo(io: CliIo): CliIo {
	return {
		cwd: io.cwd,
		out: (text) => io.out(escapeTerminalText(text)),
		err: (text) => io.err(escapeTerminalText(text)),
		readText: (path) => io.readText(path),
		writeFile: (path, data, options) => io.writeFile(path, data, options),
		writeFolder: (path, entries, options) => io.writeFolder(path, entries, options),
	};
}

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

/**
 * Runs `lbplan` with the given arguments; resolves with the exit code. A fault in a command
 * is one line and exit 3, never a stack trace and exit 1 (which means "the plan has errors").
 */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
	const io = terminalIo(rawIo);
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
	try {
		return await command.run(rest, io);
	} catch (error) {
		io.err(`lbplan ${command.name}: unexpected error: ${error instanceof Error ? error.message : String(error)}; please report it\n`);
		return exitCodes.internal;
	}
}
