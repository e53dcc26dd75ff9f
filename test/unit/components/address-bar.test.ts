import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { addressHolds, rememberAddress, syncAddress } from '../../../src/components/planner/address-bar';
import { readPlanFile, readShareFragment } from '../../../src/components/planner/builder-io';
import { newDraft, type PlanDraft } from '../../../src/domain/plan/draft';
import { encodePlanFragment } from '../../../src/domain/plan/share-link';
import { presets } from '../../../src/domain/presets/index';
import { planLimits } from '../../../src/domain/plan/limits';

/** A window address with `history.replaceState`, enough for the address bar module. */
function fakeAddress(hash: string): { url: URL; replaced: string[] } {
	const state = { url: new URL(`https://lb.example/planner/${hash}`), replaced: [] as string[] };
	vi.stubGlobal('location', {
		get hash() {
			return state.url.hash;
		},
		get pathname() {
			return state.url.pathname;
		},
		get search() {
			return state.url.search;
		},
		get origin() {
			return state.url.origin;
		},
	});
	vi.stubGlobal('history', {
		replaceState: (_data: unknown, _unused: string, url: string) => {
			state.url = new URL(url, state.url);
			state.replaced.push(url);
		},
	});
	return state;
}

const design = (): PlanDraft => structuredClone(presets[0]!.plan) as PlanDraft;

describe('the address bar', () => {
	afterEach(() => vi.unstubAllGlobals());

	test.each(['#plan=1.AAAA', '#plan=1.damaged!', '#plan=9.AAAA', '#plan=', '#plan=1.7cABCQAAAAKgodH_G_0IDQAAAAAAAAAAABwoAAAAAAAAAAAAHBg'])(
		'a link that could not be opened (%s) gives way to the design on screen',
		(broken) => {
			const address = fakeAddress(broken);
			syncAddress(design(), true);
			expect(address.url.hash).toBe(`#${encodePlanFragment(design() as never)}`);
			expect(readShareFragment(address.url.hash)).toEqual({ ok: true, draft: design() });
		}
	);

	test('an incomplete design leaves no link at all, so a reload never reopens the broken one', () => {
		const address = fakeAddress('#plan=1.AAAA');
		syncAddress(newDraft('13.5.2'), false);
		expect(address.url.hash).toBe('');
		expect(address.url.pathname).toBe('/planner/');
	});

	test('a link that already holds the design is left exactly as it was', () => {
		const address = fakeAddress(`#${encodePlanFragment(design() as never)}`);
		expect(addressHolds(design())).toBe(true);
		syncAddress(design(), true);
		expect(address.replaced).toEqual([]);
	});

	test('the link a design was opened from is kept without encoding it again, and an edit replaces it', () => {
		// Encoded differently (pretty-printed JSON) but holding the same document: left as it is.
		const foreign = `#plan=1.${Buffer.from(deflateRawSync(Buffer.from(JSON.stringify(design(), null, 2)))).toString('base64url')}`;
		const address = fakeAddress(foreign);
		const opened = readShareFragment(address.url.hash);
		if (!opened.ok) throw new Error('the link should open');
		rememberAddress(address.url.hash, opened.draft);
		syncAddress(opened.draft, true);
		expect(address.replaced).toEqual([]);
		const edited = { ...opened.draft, name: 'Edited' };
		syncAddress(edited, true);
		expect(address.url.hash).toBe(`#${encodePlanFragment(edited as never)}`);
		// What the address held is read again once the address changes: the old design is not in it.
		expect(addressHolds(opened.draft)).toBe(false);
		expect(addressHolds(edited)).toBe(true);
	});
});

describe('reading links and files', () => {
	afterEach(() => vi.doUnmock('../../../src/domain/plan/share-link'));

	test('a link that makes the decoder throw is a problem, not an exception', async () => {
		vi.resetModules();
		vi.doMock('../../../src/domain/plan/share-link', async (original) => ({
			...(await original<object>()),
			decodePlanFragment: () => {
				throw new RangeError('Maximum call stack size exceeded');
			},
		}));
		const io = await import('../../../src/components/planner/builder-io');
		const read = io.readShareFragment('#plan=1.AAAA');
		expect(read.ok).toBe(false);
		expect(read.ok ? [] : read.issues.map((i) => i.message)).toEqual(['share link: the link could not be read']);
	});

	const file = (bytes: Uint8Array<ArrayBuffer> | string, name = 'plan.json'): File => new File([bytes], name, { type: 'application/json' });

	test('a plan file with a UTF-8 byte order mark opens as the plan it holds', async () => {
		const text = JSON.stringify(design(), null, 2);
		const read = await readPlanFile(file(`\uFEFF${text}`));
		expect(read).toEqual({ ok: true, draft: design() });
	});

	test('a UTF-16 plan file is named as such, in one sentence', async () => {
		const text = JSON.stringify(design());
		const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
		const read = await readPlanFile(file(utf16, 'ps5.json'));
		expect(read.ok ? [] : read.issues.map((i) => i.message)).toEqual(['ps5.json is saved as UTF-16 (or is not text); save it as UTF-8 and try again']);
	});

	test('a file past the documented limit is refused unread, naming the limit', async () => {
		const big = file(new Uint8Array(planLimits.fileBytes * 1.2));
		const text = vi.spyOn(big, 'text');
		const read = await readPlanFile(big);
		expect(text).not.toHaveBeenCalled();
		expect(read.ok ? [] : read.issues.map((i) => i.message)).toEqual(['the file is 1.2 MB; files can be at most 1 MB']);
	});
});

beforeEach(() => vi.unstubAllGlobals());
