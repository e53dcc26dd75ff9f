/** Scenario actions as events of the cluster actor (see `scenario/scenario-types.ts`). */

/** A scenario action for the cluster; `dbRestore` ends a `dbFailure`. */
export type ClusterCommand =
	| { readonly type: 'scenario.start' | 'scenario.stop' | 'scenario.crash' | 'scenario.request'; readonly at: number; readonly server: string }
	/** `mainDomLost`: the new process runs without MainDom (scenario `"mainDom": "lost"`). */
	| { readonly type: 'scenario.recycle'; readonly at: number; readonly server: string; readonly mainDomLost?: boolean }
	/** From `at` until `until` the server's database calls hang (scenario `dbHang`). */
	| { readonly type: 'scenario.dbHang'; readonly at: number; readonly server: string; readonly until: number }
	| { readonly type: 'scenario.publish' | 'scenario.edit'; readonly at: number; readonly server: string; readonly instructions: number }
	/** A server loses its database connection until the matching `scenario.dbRestore`. */
	| { readonly type: 'scenario.dbFailure' | 'scenario.dbRestore'; readonly at: number; readonly server: string };
