/**
 * Reading progress in the page: ticks on every `[data-lesson-slug]` link and exercise, and
 * the visit and "done" state of the lesson being read. The home page's "continue" card and
 * progress file are in `progress-home.ts`.
 * The data and its rules are in `src/lib/progress.ts`.
 */
import { storageKeys } from '../lib/storage-keys';
import {
	isRead,
	isSolved,
	markRead,
	markUnread,
	parseProgress,
	progressChangedEvent,
	recordVisit,
	serializeProgress,
	type Progress,
} from '../lib/progress';
import { readStored, writeStored } from './storage';

const load = (): Progress => parseProgress(readStored(storageKeys.progress));
const save = (progress: Progress): void => writeStored(storageKeys.progress, serializeProgress(progress));
const now = (): string => new Date().toISOString();

function paintTicks(progress: Progress): void {
	for (const link of document.querySelectorAll<HTMLElement>('[data-lesson-slug]')) {
		const read = isRead(progress, link.dataset['lessonSlug'] ?? '');
		link.toggleAttribute('data-read', read);
		let note = link.querySelector<HTMLElement>('[data-read-note]');
		if (read && !note) {
			note = document.createElement('span');
			note.className = 'visually-hidden';
			note.dataset['readNote'] = '';
			note.textContent = ' (done)';
			link.append(note);
		} else if (!read && note) note.remove();
	}
}

function paintExercises(progress: Progress): void {
	for (const box of document.querySelectorAll<HTMLElement>('[data-exercise]')) {
		const solved = isSolved(progress, box.dataset['exercise'] ?? '');
		box.toggleAttribute('data-solved', solved);
		const status = box.querySelector<HTMLElement>('[data-exercise-status]');
		if (status) status.textContent = solved ? '✓ solved' : '';
	}
}

function paintToggle(progress: Progress, slug: string): void {
	const toggle = document.querySelector<HTMLButtonElement>('[data-progress-toggle]');
	if (!toggle) return;
	const read = isRead(progress, slug);
	toggle.setAttribute('aria-pressed', String(read));
	toggle.textContent = read ? '✓ Done — mark as not done' : 'Mark lesson as done';
}

function paint(progress: Progress, slug: string | undefined): void {
	paintTicks(progress);
	paintExercises(progress);
	if (slug) paintToggle(progress, slug);
}

export function initProgress(): void {
	const slug = document.querySelector<HTMLElement>('[data-lesson]')?.dataset['lesson'];
	if (slug) {
		save(recordVisit(load(), slug, now()));
		document.querySelector('[data-progress-toggle]')?.addEventListener('click', () => {
			const progress = load();
			const next = isRead(progress, slug) ? markUnread(progress, slug) : markRead(progress, slug, now());
			save(next);
			paint(next, slug);
		});
		// Reaching the end of the lesson counts as reading it.
		const end = document.querySelector('[data-lesson-end]');
		if (end) {
			const observer = new IntersectionObserver((entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer.disconnect();
				const next = markRead(load(), slug, now());
				save(next);
				paint(next, slug);
			});
			observer.observe(end);
		}
	}
	window.addEventListener('storage', (event) => {
		if (event.key === storageKeys.progress) paint(load(), slug);
	});
	// Another script of this page changed progress (an imported file).
	window.addEventListener(progressChangedEvent, () => paint(load(), slug));
	paint(load(), slug);
}
