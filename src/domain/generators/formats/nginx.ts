/**
 * nginx output: directives, blocks and comments, serialised the way nginx's own examples
 * are laid out (four-space indents, `;` after directives, blank lines between blocks).
 * Arguments are quoted here when needed, so targets pass raw user data.
 */
import { indent } from '../options';
import { nginxArg, nginxCommentText } from './escape';

export interface NginxDirective {
	readonly kind: 'directive';
	readonly name: string;
	readonly args: readonly string[];
}
export interface NginxBlock {
	readonly kind: 'block';
	readonly name: string;
	readonly args: readonly string[];
	readonly children: readonly NginxNode[];
}
export interface NginxComment {
	readonly kind: 'comment';
	readonly text: string;
}
export type NginxNode = NginxDirective | NginxBlock | NginxComment;

/** `name arg …;` */
export function directive(name: string, ...args: string[]): NginxDirective {
	return { kind: 'directive', name, args };
}

/** `name arg … { children }` */
export function nginxBlock(name: string, args: readonly string[], children: readonly NginxNode[]): NginxBlock {
	return { kind: 'block', name, args, children };
}

/** `# text` */
export function nginxComment(text: string): NginxComment {
	return { kind: 'comment', text };
}

function head(name: string, args: readonly string[]): string {
	return [name, ...args.map(nginxArg)].join(' ');
}

function serializeNodes(nodes: readonly NginxNode[], depth: number): string[] {
	const pad = indent.nginx.repeat(depth);
	const lines: string[] = [];
	nodes.forEach((node, i) => {
		// Blank lines set blocks and commented groups apart; a comment stays attached to what follows.
		const prev = nodes[i - 1];
		if (prev && prev.kind !== 'comment' && (node.kind !== 'directive' || prev.kind === 'block')) lines.push('');
		if (node.kind === 'comment') lines.push(`${pad}# ${nginxCommentText(node.text)}`.trimEnd());
		else if (node.kind === 'directive') lines.push(`${pad}${head(node.name, node.args)};`);
		else lines.push(`${pad}${head(node.name, node.args)} {`, ...serializeNodes(node.children, depth + 1), `${pad}}`);
	});
	return lines;
}

/** Serialises nginx configuration text with a final newline. */
export function serializeNginx(nodes: readonly NginxNode[]): string {
	return `${serializeNodes(nodes, 0).join('\n')}\n`;
}
