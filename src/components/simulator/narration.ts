/**
 * What the simulator's live region says about log entries, at the verbosity the learner chose:
 * nothing, roles and failures only, or everything. One sentence per call, capped, so a
 * screen reader is never flooded while the run plays fast.
 */
import type { LogEntry } from '../../machines/log';
import type { InjectedAction } from '../../machines/playback/scenario-edits';
import { describeEntry } from '../../machines/timeline/format-timeline';

/** How much the live region says. */
export type Verbosity = 'off' | 'roles' | 'all';

/** Entry types that "roles and failures" keeps. */
const important: ReadonlySet<LogEntry['type']> = new Set(['start', 'stop', 'crash', 'role', 'boot', 'deactivate']);

/** At most this many entries are read out; the rest are counted. */
const spoken = 3;

/** One entry as words, e.g. "web1 became Subscriber". */
export function entryPhrase(entry: LogEntry): string {
	switch (entry.type) {
		case 'role':
			return `${entry.server} became ${entry.role}`;
		case 'boot':
			return `${entry.server} booted ${entry.mode}`;
		case 'deactivate':
			return `${entry.server} marked ${entry.target} inactive`;
		case 'start':
			return `${entry.server} started`;
		case 'stop':
			return `${entry.server} stopped`;
		case 'crash':
			return `${entry.server} crashed`;
		case 'touch':
			return `${entry.server} touched its row`;
		default:
			return `${entry.server} ${entry.type} ${describeEntry(entry)}`.trimEnd();
	}
}

/** The sentence for entries that just happened, or '' when the verbosity keeps none of them. */
export function narrate(entries: readonly LogEntry[], verbosity: Verbosity): string {
	if (verbosity === 'off') return '';
	const kept = verbosity === 'all' ? entries : entries.filter((entry) => important.has(entry.type));
	if (kept.length === 0) return '';
	const last = kept.at(-1)!;
	const phrases = kept.slice(0, spoken).map(entryPhrase);
	const more = kept.length - spoken;
	return `At ${last.t} s: ${phrases.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

/** What an injected action did, as the live region says it: "web1 crashed". */
export function actionPhrase(server: string, action: InjectedAction): string {
	switch (action.do) {
		case 'request':
			return `A request reached ${server}`;
		case 'publish':
			return `${server} published ${action.instructions}`;
		case 'edit':
			return `${server} made a background edit of ${action.instructions}`;
		case 'dbFailure':
			return `${server} lost the database for ${action.seconds} s`;
		case 'dbHang':
			return `${server}'s database calls hang for ${action.seconds} s`;
		case 'start':
			return `${server} started`;
		case 'stop':
			return `${server} stopped`;
		case 'crash':
			return `${server} crashed`;
		case 'recycle':
			return action.mainDom === 'lost' ? `${server} recycled; the new process lost MainDom` : `${server} recycled`;
	}
}
