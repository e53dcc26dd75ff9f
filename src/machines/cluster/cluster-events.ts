/** Scenario actions as events of the cluster actor (see `scenario/scenario-types.ts`). */

/** A scenario action for the cluster; `dbRestore` ends a `dbFailure`. */
export type ClusterCommand =
	| { readonly type: 'scenario.start' | 'scenario.recycle' | 'scenario.stop' | 'scenario.crash' | 'scenario.request'; readonly at: number; readonly server: string }
	| { readonly type: 'scenario.publish' | 'scenario.edit'; readonly at: number; readonly server: string; readonly instructions: number }
	/** A server loses its database connection until the matching `scenario.dbRestore`. */
	| { readonly type: 'scenario.dbFailure' | 'scenario.dbRestore'; readonly at: number; readonly server: string };
