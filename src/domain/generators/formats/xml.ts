/**
 * XML output: a tiny element tree built by the targets and the one serialiser that knows
 * XML text rules. Every attribute value, text node and comment is escaped here, so targets
 * pass raw user data.
 */
import { indent } from '../options';
import { escapeXml, xmlCommentText } from './escape';

export interface XmlElement {
	readonly kind: 'element';
	readonly name: string;
	readonly attributes: readonly (readonly [string, string])[];
	readonly children: readonly XmlNode[];
}
export interface XmlComment {
	readonly kind: 'comment';
	readonly text: string;
}
export interface XmlText {
	readonly kind: 'text';
	readonly text: string;
}
export type XmlNode = XmlElement | XmlComment | XmlText;

/** Element builder; `undefined` attribute values are left out, so optional attributes read naturally. */
export function el(name: string, attributes: Readonly<Record<string, string | undefined>> = {}, children: readonly XmlNode[] = []): XmlElement {
	const attrs = Object.entries(attributes).filter((a): a is [string, string] => a[1] !== undefined);
	return { kind: 'element', name, attributes: attrs, children };
}

/** A comment node (one line; the serialiser makes the text comment-safe). */
export function comment(text: string): XmlComment {
	return { kind: 'comment', text };
}

/** A text node. */
export function text(value: string): XmlText {
	return { kind: 'text', text: value };
}

function serializeNode(node: XmlNode, depth: number): string[] {
	const pad = indent.xml.repeat(depth);
	if (node.kind === 'comment') return [`${pad}<!-- ${xmlCommentText(node.text)} -->`];
	if (node.kind === 'text') return [`${pad}${escapeXml(node.text)}`];
	const attrs = node.attributes.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
	if (node.children.length === 0) return [`${pad}<${node.name}${attrs} />`];
	const only = node.children[0];
	if (node.children.length === 1 && only?.kind === 'text') return [`${pad}<${node.name}${attrs}>${escapeXml(only.text)}</${node.name}>`];
	return [`${pad}<${node.name}${attrs}>`, ...node.children.flatMap((c) => serializeNode(c, depth + 1)), `${pad}</${node.name}>`];
}

/**
 * Serialises top-level nodes (comments, then one root element) as an XML fragment without
 * a declaration, two-space indented, with a final newline.
 */
export function serializeXml(nodes: readonly XmlNode[]): string {
	return `${nodes.flatMap((n) => serializeNode(n, 0)).join('\n')}\n`;
}
