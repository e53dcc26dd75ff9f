/**
 * "Export progress" and "Import progress" on the home page (`[data-progress-file]`, hidden
 * until this script runs): progress as a file to carry to another device. An import merges
 * into what this browser has and never replaces it with less.
 */
import { exportProgress, importProgress, mergeProgress, parseProgress, progressChangedEvent, progressFileTooLarge, serializeProgress } from '../lib/progress';
import { storageKeys } from '../lib/storage-keys';
import { readStored, writeStored } from './storage';

const load = () => parseProgress(readStored(storageKeys.progress));

export function initProgressFile(): void {
	const box = document.querySelector<HTMLElement>('[data-progress-file]');
	if (!box) return;
	const message = box.querySelector<HTMLElement>('[data-progress-message]');
	const say = (text: string) => message && (message.textContent = text);
	box.hidden = false;
	box.querySelector('[data-progress-export]')?.addEventListener('click', () => {
		const url = URL.createObjectURL(new Blob([exportProgress(load())], { type: 'application/json' }));
		const link = Object.assign(document.createElement('a'), { href: url, download: 'lb-academy-progress.json' });
		link.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		say('Progress exported as lb-academy-progress.json.');
	});
	const input = box.querySelector<HTMLInputElement>('[data-progress-import]');
	input?.addEventListener('change', async () => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		// A file far too large for progress is refused before it is read.
		const tooLarge = progressFileTooLarge(file.size);
		const imported = tooLarge ? { ok: false as const, message: tooLarge } : importProgress(await file.text());
		if (!imported.ok) {
			say(`${file.name} was not imported: ${imported.message} Your progress is unchanged.`);
			return;
		}
		const next = mergeProgress(load(), imported.progress);
		writeStored(storageKeys.progress, serializeProgress(next));
		window.dispatchEvent(new Event(progressChangedEvent));
		say(`Imported ${file.name}: ${Object.keys(next.read).length} lessons done and ${Object.keys(next.solved ?? {}).length} exercises solved in all.`);
	});
}
