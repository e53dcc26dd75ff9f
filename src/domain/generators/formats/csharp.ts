/**
 * C# output: files as a small tree of lines, braced blocks and comments, and the one
 * serialiser that lays them out (usings, namespace style, indentation, braces). Targets
 * write code lines themselves and put user data only through `csString` (literals) or
 * comment nodes, which this serialiser makes comment-safe.
 */
import { compareCodeUnits } from '../../code-unit-order';
import { indent } from '../options';
import { csCommentText } from './escape';

/** A braced block: `head`, `{`, body, `}` followed by `tail` (e.g. `);`). */
export interface CsBlock {
	readonly kind: 'block';
	readonly head: string;
	readonly body: readonly CsNode[];
	readonly tail?: string;
}
/** Lines indented one level without braces (continued argument lists). */
export interface CsIndent {
	readonly kind: 'indent';
	readonly body: readonly CsNode[];
}
/** `//` comment lines. */
export interface CsComment {
	readonly kind: 'comment';
	readonly lines: readonly string[];
}
/** A code line; the empty string is a blank line. */
export type CsNode = string | CsBlock | CsIndent | CsComment;

export interface CsFile {
	/** Comment lines above the usings (packages to add, how to use the file). */
	readonly header: readonly string[];
	readonly usings: readonly string[];
	readonly namespace: string;
	/** File-scoped `namespace X;` (C# 10, .NET 6+) or a braced block (.NET Framework, .NET 5). */
	readonly fileScoped: boolean;
	readonly members: readonly CsNode[];
}

/** Block builder. */
export function block(head: string, body: readonly CsNode[], tail?: string): CsBlock {
	return tail === undefined ? { kind: 'block', head, body } : { kind: 'block', head, body, tail };
}

/** Comment builder: one node, one `//` line per argument. */
export function note(...lines: string[]): CsComment {
	return { kind: 'comment', lines };
}

/** Indent builder. */
export function indented(...body: CsNode[]): CsIndent {
	return { kind: 'indent', body };
}

function serializeNode(node: CsNode, depth: number): string[] {
	const pad = indent.csharp.repeat(depth);
	if (typeof node === 'string') return [node === '' ? '' : `${pad}${node}`];
	if (node.kind === 'comment') return node.lines.map((l) => `${pad}// ${csCommentText(l)}`.trimEnd());
	if (node.kind === 'indent') return node.body.flatMap((n) => serializeNode(n, depth + 1));
	return [`${pad}${node.head}`, `${pad}{`, ...node.body.flatMap((n) => serializeNode(n, depth + 1)), `${pad}}${node.tail ?? ''}`];
}

/** `System` namespaces first, then the rest, each alphabetically (the .NET convention). */
function compareUsings(a: string, b: string): number {
	const rank = (u: string) => (u === 'System' || u.startsWith('System.') ? 0 : 1);
	return rank(a) - rank(b) || compareCodeUnits(a, b);
}

/** Serialises a C# file with four-space indents and a final newline. */
export function serializeCSharp(file: CsFile): string {
	const header = file.header.map((l) => `// ${csCommentText(l)}`.trimEnd());
	const usings = [...new Set(file.usings)].sort(compareUsings).map((u) => `using ${u};`);
	const top = [...header, ...(header.length > 0 ? [''] : []), ...usings, ...(usings.length > 0 ? [''] : [])];
	const body = file.fileScoped
		? [`namespace ${file.namespace};`, '', ...file.members.flatMap((n) => serializeNode(n, 0))]
		: [`namespace ${file.namespace}`, '{', ...file.members.flatMap((n) => serializeNode(n, 1)), '}'];
	return `${[...top, ...body].join('\n')}\n`;
}
