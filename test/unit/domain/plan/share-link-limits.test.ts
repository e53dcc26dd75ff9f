import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { planLimits } from '../../../../src/domain/plan/limits';
import { decodePlanFragment, encodePlanFragment } from '../../../../src/domain/plan/share-link';
import { basePlanInput } from '../../../helpers/plans';

const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
/** A format-1 fragment carrying `text` as it is, valid JSON or not. */
const fragmentOf = (text: string) => `#plan=1.${toBase64Url(deflateSync(strToU8(text), { level: 9 }))}`;
const messages = (fragment: string) => {
	const decoded = decodePlanFragment(fragment);
	return decoded.ok ? [] : decoded.issues.map((issue) => issue.message);
};

describe('share links within the limits', () => {
	test('explain the 58-character link nested 10 000 deep instead of throwing', () => {
		expect(messages('#plan=1.7cABCQAAAAKgodH_G_0IDQAAAAAAAAAAABwoAAAAAAAAAAAAHBg')).toEqual([
			'share link: nested deeper than 64 levels at line 1, column 65; the limit is 64 levels',
		]);
	});

	test('refuse a fragment longer than the limit before decoding it', () => {
		const fragment = `#plan=1.${'A'.repeat(planLimits.linkChars)}`;
		expect(messages(fragment)).toEqual(['share link: the link is 64 008 characters long; the limit is 64 000']);
	});

	test('stop inflating past the limit: a valid plan padded with 10 MB of spaces', () => {
		const padded = JSON.stringify(basePlanInput).replace('{', `{${' '.repeat(10_000_000)}`);
		const fragment = fragmentOf(padded);
		expect(fragment.length).toBeLessThan(planLimits.linkChars);
		const started = performance.now();
		expect(messages(fragment)).toEqual(['share link: the plan inflates to more than 1 MB; the limit is 1 MB']);
		expect(performance.now() - started).toBeLessThan(500);
	});

	test('still read a plan just under the inflated limit', () => {
		const text = JSON.stringify({ ...basePlanInput }).replace('{', `{${' '.repeat(planLimits.inflatedBytes - 1_000)}`);
		expect(decodePlanFragment(fragmentOf(text)).ok).toBe(true);
	});

	test('read format "1." only, not "01." or "001."', () => {
		const data = encodePlanFragment(basePlanInput).slice('plan=1.'.length);
		expect(decodePlanFragment(`#plan=1.${data}`).ok).toBe(true);
		expect(messages(`#plan=01.${data}`)).toEqual(['share link: format 01 is not known to this version (it reads format 1)']);
		expect(messages(`#plan=001.${data}`)).toEqual(['share link: format 001 is not known to this version (it reads format 1)']);
	});

	test('report duplicate and forbidden keys with their paths', () => {
		const text = JSON.stringify(basePlanInput).replace('"hosting":"iis"', '"hosting":"iis","hosting":"containers","__proto__":{}');
		const decoded = decodePlanFragment(fragmentOf(text));
		expect(decoded.ok ? [] : decoded.issues).toEqual([
			{ path: 'hosting', message: 'share link: duplicate key "hosting"; each key may appear once in an object' },
			{ path: '__proto__', message: 'share link: the key "__proto__" is not allowed in a plan' },
		]);
	});

	test('explain damaged data of every length instead of throwing', () => {
		const data = encodePlanFragment(basePlanInput).slice('plan=1.'.length);
		for (let length = 1; length < data.length; length += 7) {
			expect(decodePlanFragment(`#plan=1.${data.slice(0, length)}`).ok).toBe(false);
		}
	});
});
