/**
 * Site-wide version choice: the `<select data-version-select>` in the header writes the
 * family id to storage and to `<html data-version>`, and CSS hides other versions' blocks.
 * The inline head script applies the stored choice before first paint.
 */
import { formatVersionFamilies, isVersionFamilyId } from '../domain/versions/families';
import { storageKeys } from '../lib/storage-keys';
import { writeStored } from './storage';

const root = document.documentElement;

function selects(): HTMLSelectElement[] {
	return [...document.querySelectorAll<HTMLSelectElement>('[data-version-select]')];
}

/** Hides table-of-contents entries whose heading sits in a hidden version block. */
function syncToc(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
		const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
		const item = link.closest('li');
		if (target && item) item.hidden = !target.checkVisibility();
	}
}

function applyVersion(value: string | null, announce = false): void {
	if (isVersionFamilyId(value)) root.dataset['version'] = value;
	else delete root.dataset['version'];
	for (const select of selects()) select.value = root.dataset['version'] ?? '';
	syncToc();
	const status = document.querySelector('[data-version-status]');
	if (announce && status) {
		status.textContent = isVersionFamilyId(value)
			? `Showing content for Umbraco ${formatVersionFamilies([value])}.`
			: 'Showing content for all versions.';
	}
}

export function initVersionSwitcher(): void {
	for (const select of selects()) {
		select.addEventListener('change', () => {
			const value = isVersionFamilyId(select.value) ? select.value : null;
			writeStored(storageKeys.version, value);
			applyVersion(value, true);
		});
	}
	// Another tab changed the version: follow it.
	window.addEventListener('storage', (event) => {
		if (event.key === storageKeys.version) applyVersion(event.newValue);
	});
	applyVersion(root.dataset['version'] ?? null);
}
