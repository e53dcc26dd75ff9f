/**
 * The checklist as Markdown task lists, one section per group (and per server). Step texts are
 * already Markdown (user values in code spans); names in headings become code spans here.
 */
import { findSource } from '../sources/source-catalogue';
import type { Plan } from '../plan/schema';
import { code } from './code-span';
import type { Checklist, ChecklistItem } from './types';

function sourceLinks(ids: readonly string[]): string {
	return ids
		.map((id) => {
			const source = findSource(id);
			return source ? `[${id}](${source.url})` : id;
		})
		.join(', ');
}

function formatItem(item: ChecklistItem): string {
	const meta = [item.rule ? `rule ${item.rule}` : '', item.sources.length > 0 ? `sources: ${sourceLinks(item.sources)}` : '']
		.filter(Boolean)
		.join(' · ');
	return `- [ ] ${item.text}\n  - Why: ${item.why}${meta ? `\n  - ${meta}` : ''}`;
}

/** Markdown text of a checklist; server sections use the servers' display names. */
export function formatChecklistMarkdown(checklist: Checklist, plan: Plan): string {
	const lines = [`# Checklist: ${code(checklist.plan)}`, '', `Umbraco ${code(checklist.umbraco)}. Work top to bottom; tick each step when done.`, ''];
	for (const group of checklist.groups) {
		lines.push(`## ${group.title}`, '');
		if (group.id !== 'servers') {
			lines.push(...group.items.map(formatItem), '');
			continue;
		}
		for (const server of plan.servers) {
			const items = group.items.filter((item) => item.server === server.id);
			if (items.length === 0) continue;
			lines.push(`### ${code(server.name)} (${code(server.id)})`, '', ...items.map(formatItem), '');
		}
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
