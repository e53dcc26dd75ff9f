/**
 * The deployment bundle: every generated file with its provenance, the checklist, the
 * README, the plan and the diagram. Same inputs → the same entries and a byte-identical zip.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { buildChecklist } from '../checklist/build-checklist';
import { formatChecklistMarkdown } from '../checklist/format-markdown';
import { generateFiles } from '../generators/generate';
import { isWindowsReservedName, type Plan, type PlanInput } from '../plan/schema';
import { validate } from '../rules/validate';
import { makeProvenance, withProvenance } from './provenance';
import { bundleReadme } from './readme';

export interface BundleEntry {
	/** Path inside the bundle, forward slashes. */
	readonly path: string;
	readonly contents: string;
}

export interface BundleInput {
	readonly plan: Plan;
	/** The plan as the user wrote it, saved as `plan.json`. */
	readonly planInput: PlanInput;
	/** Standalone SVG of the topology (made by `src/layout`). */
	readonly diagramSvg: string;
	/** Link that reopens the plan (share link). */
	readonly permalink: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

// Characters Windows allows in no file name, and the endings it strips (dot, space).
const unsafeName = /[<>:"\\|?*\u0000-\u001F]|[. ]$/;

/**
 * Throws unless every part of the path can be a file or folder name on Windows as well:
 * the schema keeps server ids clear of reserved names (`con`, `nul`, `com1` …); this is the
 * last check before a bundle that could not be unpacked is written.
 */
function assertPortablePath(path: string): void {
	for (const part of path.split('/')) {
		if (part === '' || isWindowsReservedName(part) || unsafeName.test(part)) {
			throw new RangeError(`bundle entry "${path}": "${part}" cannot be a file or folder name on Windows`);
		}
	}
}

/** Every file of the bundle, sorted by path. */
export function bundleEntries({ plan, planInput, diagramSvg, permalink }: BundleInput): BundleEntry[] {
	const provenance = makeProvenance(plan.umbraco, permalink);
	const files = generateFiles(plan);
	const findings = validate(plan);
	const checklist = buildChecklist(plan);
	const entries: BundleEntry[] = [
		...files.map((f) => ({ path: f.path, contents: withProvenance(f.contents, f.language, provenance) })),
		{ path: 'CHECKLIST.md', contents: withProvenance(formatChecklistMarkdown(checklist, plan), 'markdown', provenance) },
		{ path: 'checklist.json', contents: json(checklist) },
		{ path: 'README.md', contents: withProvenance(bundleReadme(plan, files, findings, provenance), 'markdown', provenance) },
		{ path: 'plan.json', contents: json(planInput) },
		{ path: 'diagram.svg', contents: withProvenance(diagramSvg, 'svg', provenance) },
		{ path: 'findings.json', contents: json(findings) },
	];
	const jsonPaths = entries.filter((e) => e.path.endsWith('.json')).map((e) => e.path);
	entries.push({ path: 'provenance.json', contents: json({ ...provenance, files: [...jsonPaths, 'provenance.json'].sort() }) });
	for (const entry of entries) assertPortablePath(entry.path);
	return entries.sort((a, b) => a.path.localeCompare(b.path));
}

// Zip entries carry a fixed local date (zip stores local time) so the same plan gives the same bytes anywhere.
const fixedDate = new Date(2026, 0, 1, 0, 0, 0);

/** A zip of the entries under one root folder. */
export function zipBundle(entries: readonly BundleEntry[], root: string): Uint8Array {
	const tree: Zippable = {};
	assertPortablePath(root);
	for (const entry of entries) tree[`${root}/${entry.path}`] = [strToU8(entry.contents), { mtime: fixedDate, level: 9 }];
	return zipSync(tree, { mtime: fixedDate });
}

/** A folder name for the bundle made from the plan name, e.g. `lbplan-umbraco-13-on-azure`. */
export function bundleRoot(plan: Plan): string {
	const slug = plan.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
	return `lbplan-${slug || 'plan'}`;
}
