/**
 * Progress on the home page: the "continue where you left off" card, and "Export progress"
 * and "Import progress" (`[data-progress-file]`, hidden
 * until this script runs): progress as a file to carry to another device. An import merges
 * into what this browser has and never replaces it with less.
 */
import { continueTarget, countRead, parseProgress, progressChangedEvent, serializeProgress, type Progress } from '../lib/progress';
import { exportProgress, importProgress, mergeProgress, progressFileTooLarge } from '../lib/progress-file';
import { storageKeys } from '../lib/storage-keys';
import { readStored, writeStored } from './storage';

const load = () => parseProgress(readStored(storageKeys.progress));

interface CourseIndexEntry {
	slug: string;
	title: string;
	href: string;
}

function paintContinue(progress: Progress): void {
	const card = document.querySelector<HTMLElement>('[data-continue]');
	const indexScript = document.getElementById('course-index');
	if (!card || !indexScript) return;
	const lessons = JSON.parse(indexScript.textContent ?? '[]') as CourseIndexEntry[];
	const slugs = lessons.map((l) => l.slug);
	const target = lessons.find((l) => l.slug === continueTarget(progress, slugs));
	const link = card.querySelector<HTMLAnchorElement>('[data-continue-link]');
	const count = card.querySelector<HTMLElement>('[data-continue-count]');
	card.hidden = !target;
	if (!target || !link || !count) return;
	link.href = target.href;
	link.textContent = target.title;
	const solved = Object.keys(progress.solved ?? {}).length;
	count.textContent = `${countRead(progress, slugs)} of ${slugs.length} lessons done${solved > 0 ? `, ${solved} ${solved === 1 ? 'exercise' : 'exercises'} solved` : ''}`;
}

/** The "continue" card, kept current when progress changes in this tab or another. */
export function initContinueCard(): void {
	paintContinue(load());
	window.addEventListener(progressChangedEvent, () => paintContinue(load()));
	window.addEventListener('storage', (event) => event.key === storageKeys.progress && paintContinue(load()));
}

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
		const chosen = input.files?.[0];
		input.value = '';
		if (!chosen) return;
		// A file far too large for progress is refused before it is read.
		const tooLarge = progressFileTooLarge(chosen.size);
		const imported = tooLarge ? { ok: false as const, message: tooLarge } : importProgress(await chosen.text());
		if (!imported.ok) {
			say(`${chosen.name} was not imported: ${imported.message} Your progress is unchanged.`);
			return;
		}
		const next = mergeProgress(load(), imported.progress);
		writeStored(storageKeys.progress, serializeProgress(next));
		window.dispatchEvent(new Event(progressChangedEvent));
		say(`Imported ${chosen.name}: ${Object.keys(next.read).length} lessons done and ${Object.keys(next.solved ?? {}).length} exercises solved in all.`);
	});
}
