/**
 * The simulator's keys. Space plays and pauses (except on a control that Space already
 * presses: other buttons, checkboxes), the arrows and `.` step (presentation clickers send
 * `.`), Home and End jump, `?` lists the keys (`key-list.ts`); letters act on the selected server. Nothing
 * fires while a text field or a list has focus, or with Ctrl, Alt or Meta held.
 */

/** What a key does. */
export type SimCommand =
	| 'toggle'
	| 'stepForward'
	| 'stepBack'
	| 'start'
	| 'end'
	| 'keys'
	| 'stop'
	| 'crash'
	| 'recycle'
	| 'request'
	| 'publish'
	| 'dbFailure'
	| 'addServer';

const letters: Readonly<Record<string, SimCommand>> = { s: 'stop', c: 'crash', r: 'recycle', q: 'request', p: 'publish', d: 'dbFailure', a: 'addServer' };

/** Where a key press lands, as far as the keys care. */
export interface KeyTarget {
	/** A text or number field, a list, a dialog: its keys are its own. */
	readonly typing: boolean;
	readonly slider: boolean;
	/** A playback button: Space there still plays. */
	readonly transport: boolean;
	/** Another button or link, which Space presses. */
	readonly control: boolean;
}

/** Describes the focused element for `simulatorCommand`. */
export function describeTarget(target: Element | null): KeyTarget {
	return {
		typing: target?.closest('input:not([type=range]), textarea, select, [contenteditable], dialog') != null,
		slider: target?.matches('input[type=range]') ?? false,
		transport: target?.closest('[data-transport]') != null,
		control: target?.closest('button, a, summary, [role=button]') != null,
	};
}

/** The command of a key press, or null when the key belongs to the focused control. */
export function simulatorCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>, target: KeyTarget): SimCommand | null {
	if (event.ctrlKey || event.altKey || event.metaKey || target.typing) return null;
	const onSlider = target.slider;
	switch (event.key) {
		case ' ':
			return target.control && !target.transport ? null : 'toggle';
		case 'ArrowRight':
			return onSlider ? null : 'stepForward';
		case 'ArrowLeft':
			return onSlider ? null : 'stepBack';
		case '.':
			return 'stepForward';
		case 'Home':
			return onSlider ? null : 'start';
		case 'End':
			return onSlider ? null : 'end';
		case '?':
			return 'keys';
		default:
			return letters[event.key.toLowerCase()] ?? null;
	}
}
