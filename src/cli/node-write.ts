/**
 * Writing the CLI's output so that nothing is lost, nothing is mixed and nothing lands
 * outside the target: every file is written under a temporary name and renamed into place,
 * a folder is built whole in a temporary sibling and renamed in one step, existing targets
 * are replaced only on request, inputs never, and symbolic links are never followed.
 */
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, mkdir, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { OutputError, type FolderEntry } from './command';
import { describeWriteError } from './output';

/** Where to write: `path` as the person typed it (for messages), `target` resolved. */
export interface WriteTarget {
	readonly path: string;
	readonly target: string;
	/** The working folder: never replaced, nor a folder holding it. */
	readonly cwd: string;
	readonly force: boolean;
	/** Input files, resolved. */
	readonly protect: readonly string[];
}

/** A name next to `target` that nothing else uses. */
function temporarySibling(target: string): string {
	return join(dirname(target), `.${basename(target).slice(0, 60)}.${randomBytes(6).toString('hex')}.lbplan-tmp`);
}

async function lstatOrNone(path: string): Promise<Stats | undefined> {
	try {
		return await lstat(path);
	} catch (error) {
		if ((error as { code?: string }).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Whether a path relative to a folder stays inside it (`''` is the folder itself). */
const staysInside = (rel: string): boolean => rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);

/** Whether `path` is `folder` or inside it, once both symbolic links are resolved. */
async function isWithin(folder: string, path: string): Promise<boolean> {
	try {
		return staysInside(relative(await realpath(folder), await realpath(path)));
	} catch {
		return false;
	}
}

/** Whether two paths are one file (the same inode, so hard and symbolic links count). */
async function isSameFile(a: string, b: string): Promise<boolean> {
	try {
		const [x, y] = await Promise.all([stat(a), stat(b)]);
		return x.dev === y.dev && x.ino === y.ino;
	} catch {
		return false;
	}
}

/** Refuses a target that would write over an input: the input itself or a folder holding it. */
async function refuseInputs(to: WriteTarget, existing: Stats): Promise<void> {
	for (const input of to.protect) {
		const hit = existing.isDirectory() ? await isWithin(to.target, input) : !existing.isSymbolicLink() && (await isSameFile(to.target, input));
		if (hit) throw new OutputError(`${to.path} ${existing.isDirectory() ? 'holds' : 'is'} the input ${relative(to.cwd, input) || input}; choose another output`);
	}
}

/**
 * Runs `write` with the target's parent folder in place; folders made for it are removed
 * again when `write` fails, so a failed write leaves nothing behind.
 */
async function withParentFolder(target: string, write: () => Promise<void>): Promise<void> {
	const created = await mkdir(dirname(target), { recursive: true });
	try {
		await write();
	} catch (error) {
		if (created !== undefined) await rm(created, { recursive: true, force: true });
		throw error;
	}
}

/** Writes one file: a temporary name next to the target, then a rename over it. */
export async function writeFileSafely(to: WriteTarget, data: string | Uint8Array): Promise<void> {
	try {
		const existing = await lstatOrNone(to.target);
		if (existing?.isDirectory()) throw new OutputError(`${to.path} is a folder; give a file name`);
		if (existing) await refuseInputs(to, existing);
		if (existing && !to.force) throw new OutputError(`${to.path} already exists; use --force to replace it`);
		await withParentFolder(to.target, async () => {
			const temporary = temporarySibling(to.target);
			try {
				// `wx`: a fresh file, never through a link someone put at the temporary name.
				await writeFile(temporary, data, { flag: 'wx' });
				await rename(temporary, to.target);
			} catch (error) {
				await rm(temporary, { force: true });
				throw error;
			}
		});
	} catch (error) {
		throw new OutputError(describeWriteError(to.path, error));
	}
}

/** Refuses a folder target that is in use, holds an input, or holds anything without `force`. */
async function checkFolderTarget(to: WriteTarget, existing: Stats): Promise<void> {
	if (existing.isDirectory() && (await isWithin(to.target, to.cwd))) throw new OutputError(`${to.path} is the working folder or holds it; choose another output folder`);
	await refuseInputs(to, existing);
	if (to.force) return;
	if (!existing.isDirectory()) throw new OutputError(`${to.path} already exists and is not a folder; use --force to replace it`);
	if ((await readdir(to.target)).length > 0) throw new OutputError(`${to.path} is not empty; use --force to replace it whole, or choose an empty folder`);
}

/** Builds the folder's files under `folder`, which is new and empty. */
async function writeEntries(folder: string, entries: readonly FolderEntry[]): Promise<void> {
	for (const entry of entries) {
		const file = resolve(folder, ...entry.path.split('/'));
		const rel = relative(folder, file);
		if (rel === '' || !staysInside(rel)) throw new OutputError(`the entry "${entry.path}" would land outside the folder`);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, entry.contents, { flag: 'wx' });
	}
}

/** Renames the finished folder into place; what was there (with `force`) is moved aside, then removed. */
async function moveIntoPlace(built: string, to: WriteTarget, existing: Stats | undefined): Promise<void> {
	if (!existing || !to.force) return rename(built, to.target);
	const aside = temporarySibling(to.target);
	await rename(to.target, aside);
	try {
		await rename(built, to.target);
	} catch (error) {
		await rename(aside, to.target);
		throw error;
	}
	// `rm` removes a symbolic link itself, not what it points to.
	await rm(aside, { recursive: true, force: true });
}

/** Writes a folder whole, or nothing at all. */
export async function writeFolderSafely(to: WriteTarget, entries: readonly FolderEntry[]): Promise<void> {
	try {
		const existing = await lstatOrNone(to.target);
		if (existing) await checkFolderTarget(to, existing);
		await withParentFolder(to.target, async () => {
			const built = temporarySibling(to.target);
			await mkdir(built);
			try {
				await writeEntries(built, entries);
				await moveIntoPlace(built, to, existing);
			} catch (error) {
				await rm(built, { recursive: true, force: true });
				throw error;
			}
		});
	} catch (error) {
		throw new OutputError(describeWriteError(to.path, error));
	}
}
