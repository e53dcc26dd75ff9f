/**
 * A simulation result as text: one line per log entry (time, server, type, details), then
 * what each server and the database hold at the end. Used by `lbplan simulate`.
 */
import type { FinalState } from '../cluster/final-state';
import type { LogEntry } from '../log';

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function idRange(ids: readonly number[]): string {
	if (ids.length === 0) return 'none';
	const first = ids[0]!;
	const last = ids.at(-1)!;
	return ids.length === 1 ? `row ${first}` : last - first === ids.length - 1 ? `rows ${first}–${last}` : `rows ${ids.join(', ')}`;
}

/** The details column of an entry. */
export function describeEntry(entry: LogEntry): string {
	switch (entry.type) {
		case 'role':
			return entry.role;
		case 'boot':
			return entry.mode;
		case 'deactivate':
			return `row of ${entry.target}`;
		case 'write':
			// No rows: a process without MainDom before 17.7 applied them locally only [ISSUE-23219].
			return entry.rows.length === 0 ? `no rows (${plural(entry.count, 'instruction')}, applied locally only)` : `${idRange(entry.rows)} (${plural(entry.count, 'instruction')})`;
		case 'apply':
			return `instruction ${entry.instruction}`;
		case 'prune':
			return `${plural(entry.deleted, 'row')} deleted`;
		case 'job':
			return entry.job;
		case 'hang':
			return `${entry.loop} call hangs`;
		case 'timeout':
			return `${entry.loop} stops waiting`;
		default:
			return '';
	}
}

/** The log as aligned lines. */
export function formatLog(log: readonly LogEntry[]): string[] {
	const timeWidth = Math.max(1, ...log.map((entry) => String(entry.t).length));
	const serverWidth = Math.max(6, ...log.map((entry) => entry.server.length));
	return log.map((entry) =>
		`  ${String(entry.t).padStart(timeWidth)} s  ${entry.server.padEnd(serverWidth)}  ${entry.type.padEnd(10)}  ${describeEntry(entry)}`.trimEnd()
	);
}

/** What each server and the tables hold at the end. */
export function formatFinal(final: FinalState, until: number): string[] {
	const ids = Object.keys(final.servers);
	const width = Math.max(...ids.map((id) => id.length));
	const lines = [`At ${until} s`];
	for (const id of ids) {
		const server = final.servers[id]!;
		const state = server.role === null ? 'never started' : `${server.running ? 'running' : 'stopped'}  ${server.role.padEnd(19)}  last synced ${server.lastSynced ?? '–'}`;
		lines.push(`  ${id.padEnd(width)}  ${state}`.trimEnd());
	}
	const rows = final.database.servers.map((row) => `${row.computerName} ${row.isActive ? 'active' : 'inactive'}${row.isSchedulingPublisher ? ', flagged publisher' : ''}`);
	lines.push(`  umbracoServer: ${rows.length > 0 ? rows.join('; ') : 'no rows'}`);
	lines.push(`  umbracoCacheInstruction: ${plural(final.database.instructions.length, 'row')}${final.database.instructions.length > 0 ? ` (${idRange(final.database.instructions.map((row) => row.id)).replace(/^rows? /, 'ids ')})` : ''}`);
	return lines;
}
