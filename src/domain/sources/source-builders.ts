/**
 * Builders for source entries, so each catalogue file lists facts, not URL formats. A docs page
 * or source file is pinned to the commit that was read; a thread is a pull request or issue.
 */
import type { Source } from './source-catalogue';

export const cmsRepo = 'umbraco/Umbraco-CMS';
export const docsRepo = 'umbraco/UmbracoDocs';

/** A file of a GitHub repository at the revision that was read. */
export const pinned = (id: string, title: string, repo: string, path: string, commit: string): Source => ({
	id,
	title,
	repo,
	path,
	url: `https://github.com/${repo}/blob/${commit}/${path}`,
});

/** A page of Umbraco's docs at the revision that was read. */
export const docsPage = (id: string, title: string, path: string, commit: string): Source => pinned(id, title, docsRepo, path, commit);

/** A file of Umbraco's source at the revision that was read. */
export const cmsFile = (id: string, title: string, path: string, commit: string): Source => pinned(id, title, cmsRepo, path, commit);

/** A pull request or issue of any repository. */
export const repoThread = (id: string, repo: string, kind: 'pull' | 'issues', n: number, title: string): Source => ({
	id,
	title,
	repo,
	path: `${kind}/${n}`,
	url: `https://github.com/${repo}/${kind}/${n}`,
});

/** A pull request or issue of Umbraco-CMS. */
export const cmsThread = (id: string, kind: 'pull' | 'issues', n: number, title: string): Source => repoThread(id, cmsRepo, kind, n, title);

/** A page of Microsoft Learn (not kept on GitHub, so not pinned). */
export const learnPage = (id: string, title: string, path: string): Source => ({
	id,
	title,
	repo: 'learn.microsoft.com',
	path,
	url: `https://learn.microsoft.com/en-us/${path}`,
});
