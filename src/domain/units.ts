/** Numbers in messages, in the units people read them in. Kept apart so messages never pull in a codec. */

/** `1_000_000` → `1 MB`, `64_000` → `64 KB`: sizes in the units people read them in. */
export function formatSize(bytes: number): string {
	if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
	if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
	return `${bytes} bytes`;
}

/** `31536000` → `31 536 000`: large limits readable in messages. */
export function formatCount(value: number): string {
	return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
