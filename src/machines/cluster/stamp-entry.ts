/**
 * A log entry from what a machine recorded, stamped with the time and server. Written out
 * per type rather than `{ t, server, ...fields }`: a run keeps tens of thousands of entries,
 * and a literal of known shape is one compact object where a spread builds it property by
 * property; the garbage collector copies every entry at least once, so the size counts.
 */
import type { LogEntry, LogFields } from '../log';

/** The entry for `fields` at `t` on `server`, with the keys in the order `{ t, server, ...fields }` gives. */
export function stampEntry(t: number, server: string, fields: LogFields): LogEntry {
	switch (fields.type) {
		case 'apply':
			return { t, server, type: 'apply', instruction: fields.instruction };
		case 'touch':
			return { t, server, type: 'touch' };
		case 'job':
			return { t, server, type: 'job', job: fields.job };
		case 'write':
			return { t, server, type: 'write', rows: fields.rows, count: fields.count };
		case 'prune':
			return { t, server, type: 'prune', deleted: fields.deleted };
		case 'role':
			return { t, server, type: 'role', role: fields.role };
		case 'deactivate':
			return { t, server, type: 'deactivate', target: fields.target };
		case 'boot':
			return { t, server, type: 'boot', mode: fields.mode };
		case 'hang':
			return { t, server, type: 'hang', loop: fields.loop };
		case 'timeout':
			return { t, server, type: 'timeout', loop: fields.loop };
		default:
			return { t, server, type: fields.type };
	}
}
