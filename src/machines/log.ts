/**
 * The simulation log: one entry per observable thing a server does, ordered by time (and,
 * within a second, by the order things happened; see `clock/ranks.ts`). The shape is the
 * public scenario-file-v1 output of `simulate` and `lbplan simulate --json`.
 */

/** What happened, without the time and server. Role names are the version's official ones. */
export type LogFields =
	| { readonly type: 'start' | 'stop' | 'crash' | 'touch' }
	| { readonly type: 'role'; readonly role: string }
	| { readonly type: 'deactivate'; readonly target: string }
	| { readonly type: 'boot'; readonly mode: 'cold' | 'warm' }
	| { readonly type: 'write'; readonly rows: readonly number[]; readonly count: number }
	| { readonly type: 'apply'; readonly instruction: number }
	| { readonly type: 'prune'; readonly deleted: number }
	| { readonly type: 'job'; readonly job: string }
	/** A loop's database call hangs (scenario `dbHang`): before 17.6 the loop waits on it for good. */
	| { readonly type: 'hang'; readonly loop: HungLoop }
	/** 17.6+: the job stops waiting on its hung call after `SyncTimeout` / `TouchTimeout` and goes on. */
	| { readonly type: 'timeout'; readonly loop: HungLoop };

/** The loops whose database call can hang: `TouchServerJob` and `InstructionProcessJob`. */
export type HungLoop = 'touch' | 'sync';

/** One log entry: `t` in simulated seconds, `server` the scenario's server id. */
export type LogEntry = { readonly t: number; readonly server: string } & LogFields;

/** Every entry type, in the order the timeline legend lists them. */
export const logEntryTypes = ['start', 'stop', 'crash', 'role', 'boot', 'touch', 'deactivate', 'write', 'apply', 'prune', 'job', 'hang', 'timeout'] as const;
