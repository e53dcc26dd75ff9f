import { describe, expect, test } from 'vitest';
import { boxAriaLabel, isInsideGroup, toFlowNodes } from '../../../../src/components/planner/canvas/flow-model';
import { previewPlan } from '../../../../src/components/planner/preview-plan';
import { badgesFor } from '../../../../src/components/planner/selection-edits';
import { newDraft, type PlanDraft } from '../../../../src/domain/plan/draft';
import { addServer } from '../../../../src/domain/plan/edit';
import { validatePlan } from '../../../../src/domain/plan/parse';
import { presets } from '../../../../src/domain/presets/index';
import { validate } from '../../../../src/domain/rules/validate';
import { quickLayout } from '../../../../src/layout/quick-layout';

const v13 = presets.find((p) => p.id === 'v13-central-share')!.plan as PlanDraft;

describe('previewPlan', () => {
	test('a complete plan is drawn as it is', () => {
		expect(previewPlan(v13)?.ghosts).toEqual([]);
	});

	test('a new design is drawn with a stand-in load balancer and no servers', () => {
		const preview = previewPlan(newDraft('13.5.2'))!;
		expect(preview.ghosts).toEqual(['load-balancer']);
		expect(preview.plan.servers).toEqual([]);
		expect(quickLayout(preview.plan).boxes.map((b) => b.id)).toContain('load-balancer');
	});

	test('servers without a load balancer are drawn behind a stand-in', () => {
		const draft = addServer(newDraft('13.5.2'), 'frontend').draft;
		expect(previewPlan(draft)?.plan.servers.map((s) => s.id)).toEqual(['web-1']);
	});

	test('an invalid value gives nothing to draw', () => {
		expect(previewPlan({ ...newDraft('13.5.2'), hosting: 'moon' } as never)).toBeUndefined();
	});
});

describe('flow model', () => {
	const plan = validatePlan(v13);
	if (!plan.ok) throw new Error('preset is invalid');
	const layout = quickLayout(plan.plan);

	test('every box becomes a node, children relative to their group, servers draggable', () => {
		const nodes = toFlowNodes({ layout, badges: new Map(), selection: new Set(['server:web-1']), ghosts: new Set() });
		expect(nodes.map((n) => n.id)).toEqual(layout.boxes.map((b) => b.id));
		const web1 = nodes.find((n) => n.id === 'server:web-1')!;
		const box = layout.boxes.find((b) => b.id === 'server:web-1')!;
		const group = layout.boxes.find((b) => b.id === box.parent)!;
		expect(web1.position).toEqual({ x: box.x - group.x, y: box.y - group.y });
		expect(web1).toMatchObject({ parentId: group.id, selected: true, draggable: true });
		expect(nodes.find((n) => n.id === 'visitors')).toMatchObject({ selectable: false, draggable: false });
	});

	test('the group contains the points inside it only', () => {
		const group = layout.boxes.find((b) => b.kind === 'group')!;
		expect(isInsideGroup(layout, { x: group.x + 5, y: group.y + 5 })).toBe(true);
		expect(isInsideGroup(layout, { x: group.x - 5, y: group.y })).toBe(false);
	});

	test('badges count the findings of each part, and the spoken name says them', () => {
		const repair = presets.find((p) => p.purpose === 'repair')!.plan as PlanDraft;
		const checked = validatePlan(repair);
		if (!checked.ok) throw new Error('preset is invalid');
		const findings = validate(checked.plan);
		const badges = badgesFor(repair, findings);
		const total = [...badges.values()].reduce((n, b) => n + (b.error ?? 0) + (b.warning ?? 0) + (b.info ?? 0), 0);
		expect(total).toBeGreaterThanOrEqual(findings.filter((f) => f.servers.length > 0).length);
		const box = layout.boxes.find((b) => b.kind === 'server')!;
		expect(boxAriaLabel(box, { error: 2, warning: 1 }, false)).toBe(`Server: ${box.label}; ${box.sublabel}; 2 errors, 1 warning`);
		expect(boxAriaLabel(box, {}, true)).toBe('Server: not added yet');
	});
});
