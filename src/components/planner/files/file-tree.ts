/**
 * The bundle's flat list of paths as a folder tree for the live files panel:
 * `servers/<id>/…`, `shared/…` and the root files, folders first, then files.
 */

/** A file of the bundle. */
export interface FileNode {
	readonly kind: 'file';
	/** Last segment of the path, e.g. `appsettings.Production.json`. */
	readonly name: string;
	/** Full path inside the bundle, e.g. `servers/web-1/appsettings.Production.json`. */
	readonly path: string;
}

/** A folder of the bundle. */
export interface FolderNode {
	readonly kind: 'folder';
	/** Last segment of the path, e.g. `web-1`. */
	readonly name: string;
	/** Full path inside the bundle with a trailing slash, e.g. `servers/web-1/`. */
	readonly path: string;
	readonly children: readonly TreeNode[];
}

/** A node of the tree. */
export type TreeNode = FileNode | FolderNode;

interface MutableFolder {
	readonly kind: 'folder';
	readonly name: string;
	readonly path: string;
	readonly children: (MutableFolder | FileNode)[];
}

// Numeric collation so `web-2` comes before `web-10`; a fixed locale so every reader sees one order.
const byName = (a: TreeNode, b: TreeNode): number =>
	a.kind === b.kind ? a.name.localeCompare(b.name, 'en', { numeric: true }) : a.kind === 'folder' ? -1 : 1;

function folderIn(parent: MutableFolder, name: string): MutableFolder {
	const found = parent.children.find((c): c is MutableFolder => c.kind === 'folder' && c.name === name);
	if (found) return found;
	const folder: MutableFolder = { kind: 'folder', name, path: `${parent.path}${name}/`, children: [] };
	parent.children.push(folder);
	return folder;
}

function sortTree(nodes: (MutableFolder | FileNode)[]): TreeNode[] {
	for (const node of nodes) if (node.kind === 'folder') sortTree(node.children);
	return nodes.sort(byName);
}

/**
 * Builds the folder tree of a list of bundle entries (or anything with a `path`).
 * Empty segments (`a//b`, a leading `/`) are ignored, a path ending in `/` names no file,
 * and a path listed twice appears once. Bundle paths are clean, so node paths equal them.
 */
export function buildFileTree(entries: readonly { readonly path: string }[]): TreeNode[] {
	const root: MutableFolder = { kind: 'folder', name: '', path: '', children: [] };
	for (const { path } of entries) {
		if (path.endsWith('/')) continue;
		const segments = path.split('/').filter(Boolean);
		const name = segments.pop();
		if (name === undefined) continue;
		const folder = segments.reduce(folderIn, root);
		const full = `${folder.path}${name}`;
		if (!folder.children.some((c) => c.kind === 'file' && c.path === full)) folder.children.push({ kind: 'file', name, path: full });
	}
	return sortTree(root.children);
}

/** The files of a tree in display order (depth first, folders before files). */
export function filesInOrder(nodes: readonly TreeNode[]): FileNode[] {
	return nodes.flatMap((node) => (node.kind === 'file' ? [node] : filesInOrder(node.children)));
}

/** The server id of a `servers/<id>/` folder path, or `undefined` for any other path. */
export function serverIdOf(folderPath: string): string | undefined {
	return /^servers\/([^/]+)\/$/.exec(folderPath)?.[1];
}

/**
 * A label for a folder: for `servers/<id>/` the server's display name from `serverNames`
 * when there is one (e.g. `CD 1`), otherwise the folder's own name.
 */
export function folderLabel(folder: Pick<FolderNode, 'name' | 'path'>, serverNames?: Readonly<Record<string, string>>): string {
	const id = serverIdOf(folder.path);
	// Own keys only: a server called `constructor` must not pick up Object.prototype.
	const name = id !== undefined && serverNames && Object.hasOwn(serverNames, id) ? serverNames[id] : undefined;
	return typeof name === 'string' && name.trim() !== '' ? name.trim() : folder.name;
}
