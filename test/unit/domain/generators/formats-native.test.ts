/** The YAML, `.env` and `#`-comment writers: exact escapes, and values that read back unchanged. */
import { describe, expect, test } from 'vitest';
import { envComment, envVariable, dotenvValue, serializeDotenv } from '../../../../src/domain/generators/formats/dotenv';
import { hashCommentText } from '../../../../src/domain/generators/formats/escape';
import { forInstance, instanceNumbers, splitPerInstance } from '../../../../src/domain/generators/instances';
import { quoted, serializeYaml, yamlComment, yamlList, yamlMap, yamlQuoted, yamlString } from '../../../../src/domain/generators/formats/yaml';
import { composeLiteral } from '../../../../src/domain/generators/targets/compose';
import { kubernetesLiteral } from '../../../../src/domain/generators/targets/kubernetes';
import { composeInterpolate, kubernetesExpand, readDotenv, readEnvFileLiterally, readYaml } from './native-readers';
import { makePlan, patchServer } from '../../../helpers/plans';
import { filesByPath } from './helpers';

/** Values that try to break out of every format (the schema keeps control characters out of plans; the writers must not rely on it). */
const hostile = [
	'Web "1" & <Co>',
	"O'Brien's #1 server",
	'line\nbreak\r\nand\ttab',
	'back\\slash\\',
	'\\\\files\\media "x"',
	'$HOME ${PATH} $$ $(POD_NAME) $',
	' leading and trailing ',
	'# not a comment',
	'key: value',
	'- item',
	'yes',
	'on',
	'0777',
	'1:30',
	'null',
	'~',
	'*anchor &ref !tag %directive @at `tick`',
	'{ flow: [map] }',
	'Ünïcödé 🚀 サーバー',
	'nul \u0000 bell \u0007 esc \u001B del \u007F nel \u0085',
	'\u2028line-separator\u2029',
	'bom \uFEFF and \uFFFE',
	'',
] as const;

/** What survives in an environment variable: no NUL, and UTF-8 has no lone surrogates. */
const asEnvironment = (value: string) => value.replace(/\u0000/g, '\uFFFD');

describe('yamlQuoted', () => {
	test.each([
		['plain', '"plain"'],
		['say "hi"', '"say \\"hi\\""'],
		['C:\\temp\\', '"C:\\\\temp\\\\"'],
		['a\nb\r\tc', '"a\\nb\\r\\tc"'],
		['nul\u0000 bell\u0007 esc\u001B', '"nul\\0 bell\\a esc\\e"'],
		['del\u007F c1\u0085', '"del\\x7F c1\\x85"'],
		['ls\u2028 bom\uFEFF', '"ls\\u2028 bom\\uFEFF"'],
		['lone \uD800', '"lone \uFFFD"'],
		['$x #y', '"$x #y"'],
	])('yamlQuoted(%j) → %s', (input, out) => {
		expect(yamlQuoted(input)).toBe(out);
	});

	test.each(hostile)('%j reads back the same as a value and as a key, in YAML 1.1 and 1.2', (value) => {
		const doc = readYaml(serializeYaml(yamlMap(['v', quoted(value)], [value, 'k']))) as Record<string, unknown>;
		expect(doc.v).toBe(value);
		expect(doc[value]).toBe('k');
	});
});

describe('yamlString', () => {
	test.each([
		['web-1', 'web-1'],
		['apps/v1', 'apps/v1'],
		['/umbraco/api/health/ready', '/umbraco/api/health/ready'],
		['UMBRACO__CMS__Global__MainDomLock', 'UMBRACO__CMS__Global__MainDomLock'],
		['on', '"on"'],
		['Yes', '"Yes"'],
		['NULL', '"NULL"'],
		['y', '"y"'],
		['1', '"1"'],
		['10s', '"10s"'],
		['-f', '"-f"'],
		['a b', '"a b"'],
		['', '""'],
	])('yamlString(%j) → %s', (input, out) => {
		expect(yamlString(input)).toBe(out);
	});

	test.each(hostile)('%j reads back as that string', (value) => {
		expect((readYaml(serializeYaml(yamlMap(['v', value]))) as { v: unknown }).v).toBe(value);
	});
});

describe('serializeYaml', () => {
	test('maps, lists of maps, scalars, comments and empty collections', () => {
		const text = serializeYaml(
			yamlMap(
				yamlComment('top\nline'),
				['list', yamlList(yamlMap(yamlComment('lead'), ['name', 'a'], ['value', quoted('1')]), 'plain', 3, true, yamlList('nested'))],
				['empty', yamlMap(yamlComment('only a comment'))],
				['none', yamlList()],
			),
		);
		expect(text).toBe(
			[
				'# top line',
				'list:',
				'  # lead',
				'  - name: a',
				'    value: "1"',
				'  - plain',
				'  - 3',
				'  - true',
				'  -',
				'    - nested',
				'empty: {}',
				'none: []',
				'',
			].join('\n'),
		);
		expect(readYaml(text)).toEqual({ list: [{ name: 'a', value: '1' }, 'plain', 3, true, ['nested']], empty: {}, none: [] });
	});
});

describe('dotenvValue', () => {
	test.each([
		['EnvironmentTemp', 'EnvironmentTemp'],
		['https://www.example.com/', 'https://www.example.com/'],
		['\\\\files\\media', '\\\\files\\media'],
		['00:00:05', '00:00:05'],
		['', ''],
		['a b', '"a b"'],
		['$HOME', '"\\$HOME"'],
		['say "hi"', '"say \\"hi\\""'],
		['#1', '"#1"'],
		["it's", '"it\'s"'],
		['a\\b c', '"a\\\\b c"'],
		['l1\nl2\r\tx', '"l1\\nl2\\r\\tx"'],
		['bell\u0007 del\u007F', '"bell\\0007 del\\0177"'],
		['nul\u0000', '"nul\uFFFD"'],
	])('dotenvValue(%j) → %s', (input, out) => {
		expect(dotenvValue(input)).toBe(out);
	});

	test.each(hostile)('%j reads back the same through Compose, and bare values through docker run --env-file', (value) => {
		const text = serializeDotenv([envComment(value), envVariable('A', value), envVariable('B_2.x', 'after')]);
		const read = readDotenv(text);
		expect(read.get('A')).toBe(asEnvironment(value));
		expect(read.get('B_2.x')).toBe('after');
		const literal = readEnvFileLiterally(text).get('A')!;
		if (!literal.startsWith('"')) expect(literal).toBe(value);
	});

	test('names come from the generators: anything else is refused', () => {
		expect(() => serializeDotenv([envVariable('A B', 'x')])).toThrow(RangeError);
		expect(() => serializeDotenv([envVariable('A=B', 'x')])).toThrow(RangeError);
		expect(serializeDotenv([envComment(''), envVariable('A', 'x')])).toBe('\nA=x\n');
	});
});

describe('hashCommentText', () => {
	test.each([
		['a\nb\rc\u2028d\u2029e\u0085f', 'a b c d e f'],
		['nul\u0000del\u007F', 'nul del '],
		['lone \uD800 bom \uFEFF', 'lone \uFFFD bom \uFFFD'],
		['# $x "y"', '# $x "y"'],
	])('hashCommentText(%j) → %j', (input, out) => {
		expect(hashCommentText(input)).toBe(out);
	});

	test.each(hostile)('a comment with %j stays one comment in YAML and .env', (value) => {
		expect(readYaml(serializeYaml(yamlMap(yamlComment(value), ['k', 'v'])))).toEqual({ k: 'v' });
		expect([...readDotenv(serializeDotenv([envComment(value), envVariable('K', 'v')]))]).toEqual([['K', 'v']]);
	});
});

describe('literal $ for Compose and Kubernetes', () => {
	test.each(hostile)('%j arrives unchanged after interpolation or expansion', (value) => {
		expect(composeInterpolate(composeLiteral(value))).toBe(value);
		expect(kubernetesExpand(kubernetesLiteral(value), new Map([['POD_NAME', 'SHOULD-NOT-APPEAR']]))).toBe(value);
	});

	test('the readers catch an unescaped $', () => {
		expect(() => composeInterpolate('$HOME')).toThrow(/interpolate/);
		expect(kubernetesExpand('$(POD_NAME)', new Map([['POD_NAME', 'p-0']]))).toBe('p-0');
	});
});

describe('per-instance values', () => {
	test('forInstance fills every {instance}', () => {
		expect(forInstance('web-{instance}-{instance}', 3)).toBe('web-3-3');
		expect(forInstance('no token', 3)).toBe('no token');
	});

	test('splitPerInstance: one instance means 1, several keep the token apart', () => {
		const entries = [
			{ key: 'Umbraco:CMS:Hosting:MachineIdentifier', value: 'a-{instance}' },
			{ key: 'B', value: true },
			{ key: 'C', value: 'c' },
			// Only the machine identifier and the discriminator number their instances.
			{ key: 'Umbraco:CMS:WebRouting:UmbracoApplicationUrl', value: 'https://x/{instance}/' },
		];
		expect(splitPerInstance(entries, 1)).toEqual({ shared: [{ key: 'Umbraco:CMS:Hosting:MachineIdentifier', value: 'a-1' }, entries[1], entries[2], entries[3]], perInstance: [] });
		expect(splitPerInstance(entries, 2)).toEqual({ shared: [entries[1], entries[2], entries[3]], perInstance: [entries[0]] });
		expect(instanceNumbers(3)).toEqual([1, 2, 3]);
	});
});

describe('server names as written', () => {
	test('a name with spaces at its edges is not trimmed into another server\'s name', () => {
		const plan = makePlan({ servers: patchServer('web-2', { name: ' Web 1 ' }) });
		const files = filesByPath(plan);
		const apply = (id: string) => [...files.values()].filter((f) => f.serverIds.includes(id)).map((f) => f.apply).join('\n');
		expect(apply('web-1')).toContain('`Web 1`');
		expect(apply('web-2')).toContain('`  Web 1  `');
		expect(apply('web-2')).not.toMatch(/(^|[^ ])`Web 1`/);
	});
});
