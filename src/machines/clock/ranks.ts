/**
 * Same-instant order. Umbraco's timers run on separate threads, so two things due in the
 * same second happen in no defined order [§8 "Same-second ordering"]. The simulation fixes
 * one, so that a scenario always gives the same log:
 *
 * 1. scenario actions, by kind in the order below, then in file order (initial server
 *    starts first, in `servers` order; then `events` in file order);
 * 2. timers, by kind in the order below, then by the server's position in `servers`.
 *
 * So at any second the scenario acts first (a request at 40 is seen by a touch at 40; a
 * crash at 75 prevents the touch at 75), then MainDom hand-overs, touches (elections settle
 * before anything reads the role), polls, recurring jobs, and v17 distributed jobs.
 */
export const ranks = {
	dbRestore: 0,
	start: 1,
	recycle: 2,
	dbFailure: 3,
	dbHang: 4,
	request: 5,
	publish: 6,
	edit: 7,
	stop: 8,
	crash: 9,
	mainDom: 10,
	touch: 11,
	sync: 12,
	jobs: 13,
	distributedJobs: 14,
} as const;

/** A kind of scheduled thing, named as in `ranks`. */
export type RankName = keyof typeof ranks;
