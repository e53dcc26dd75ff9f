/** The simulator's keys as the keys dialog lists them (kept apart: the dialog loads on use). */
export const keyList: readonly { readonly keys: string; readonly does: string }[] = [
	{ keys: 'Space', does: 'Play or pause' },
	{ keys: '→ or .', does: 'Step forward to the next second in which something happens' },
	{ keys: '←', does: 'Step back to the previous such second' },
	{ keys: 'Home / End', does: 'Go to the start / run to the end' },
	{ keys: 'S, C, R', does: 'Stop, crash or recycle the selected server' },
	{ keys: 'Q, P, D', does: 'Send the selected server a request, a publish, or a database failure' },
	{ keys: 'A', does: 'Add a server' },
	{ keys: '?', does: 'Show these keys' },
];
