import { describe, expect, test } from 'vitest';
import { block, indented, note, serializeCSharp } from '../../../../src/domain/generators/formats/csharp';
import { csCommentText, csString, escapeXml, nginxArg, nginxCommentText, regexLiteral, xmlCommentText } from '../../../../src/domain/generators/formats/escape';
import { nestEntries, serializeJson } from '../../../../src/domain/generators/formats/json';
import { directive, nginxBlock, nginxComment, serializeNginx } from '../../../../src/domain/generators/formats/nginx';
import { comment, el, serializeXml, text } from '../../../../src/domain/generators/formats/xml';
import { csharpScan, nginxProblems, xmlProblems } from './well-formed';

/** User-supplied names that try to break out of every format. */
const nasty = [
	'Web <1> & "Co"',
	"O'Brien's server",
	'*/ class Evil { /*',
	'line\nbreak\r\nand\ttab',
	'back\\slash\\',
	'Ünïcödé 🚀 サーバー',
	'--comment-- -',
	'\u2028line-separator\u2029',
	'lone \uD800 surrogate',
	'nul \u0000 and bell \u0007',
	'"; DROP TABLE umbracoNode; --',
	'}{)(][',
	'${interpolation} {0} $host',
] as const;

describe('escapeXml', () => {
	test.each([
		['a<b', 'a&lt;b'],
		['a>b', 'a&gt;b'],
		['a&b', 'a&amp;b'],
		['"q"', '&quot;q&quot;'],
		["'q'", '&apos;q&apos;'],
		['&amp;', '&amp;amp;'],
		['a\nb\tc\rd', 'a&#10;b&#9;c&#13;d'],
		['Ünïcödé 🚀', 'Ünïcödé 🚀'],
		['x\u0000y\u0008z', 'x\uFFFDy\uFFFDz'],
		['lone \uD800', 'lone \uFFFD'],
	])('escapeXml(%j) → %j', (input, out) => {
		expect(escapeXml(input)).toBe(out);
	});

	test.each(nasty)('attribute, text and comment stay well-formed for %j', (value) => {
		const xml = serializeXml([comment(value), el('root', { name: value }, [el('a', {}, [text(value)]), comment(value)])]);
		expect(xmlProblems(xml)).toEqual([]);
	});
});

describe('xmlCommentText', () => {
	test.each([
		['a--b', 'a- -b'],
		['a---b', 'a- - -b'],
		['ends-', 'ends- '],
		['two\nlines', 'two lines'],
	])('xmlCommentText(%j) → %j', (input, out) => {
		expect(xmlCommentText(input)).toBe(out);
	});
});

describe('csString', () => {
	test.each([
		['plain', '"plain"'],
		['say "hi"', '"say \\"hi\\""'],
		['C:\\temp\\', '"C:\\\\temp\\\\"'],
		['a\nb\r\tc', '"a\\nb\\r\\tc"'],
		['nul\u0000', '"nul\\0"'],
		['bell\u0007', '"bell\\u0007"'],
		['ls\u2028ps\u2029nel\u0085', '"ls\\u2028ps\\u2029nel\\u0085"'],
		['lone \uD800', '"lone \\uD800"'],
		['Ünïcödé 🚀', '"Ünïcödé 🚀"'],
		['{0} $x', '"{0} $x"'],
	])('csString(%j) → %s', (input, out) => {
		expect(csString(input)).toBe(out);
	});

	test.each(nasty)('a literal of %j keeps C# balanced and ASCII-only code outside it', (value) => {
		const code = serializeCSharp({
			header: [value],
			usings: ['System'],
			namespace: 'N',
			fileScoped: false,
			members: [block('class C', [note(value), `string s = ${csString(value)};`])],
		});
		const { problems, bare } = csharpScan(code);
		expect(problems).toEqual([]);
		expect(bare).toMatch(/^[\x20-\x7E\n]*$/);
	});
});

describe('csCommentText', () => {
	test.each([
		['a */ b', 'a * / b'],
		['a\nb\rc\u2028d\u2029e\u0085f', 'a b c d e f'],
		['/* open', '/* open'],
		['nul\u0000bell\u0007esc\u001Bdel\u007Fc1\u009B', 'nul bell esc del c1 '],
		['tab\tkept as a space', 'tab kept as a space'],
	])('csCommentText(%j) → %j', (input, out) => {
		expect(csCommentText(input)).toBe(out);
	});
});

describe('nginxCommentText', () => {
	test.each([
		['a\nb\rc\u2028d\u2029e\u0085f', 'a b c d e f'],
		['nul\u0000bell\u0007del\u007F', 'nul bell del '],
	])('nginxCommentText(%j) → %j', (input, out) => {
		expect(nginxCommentText(input)).toBe(out);
	});
});

describe('xmlCommentText', () => {
	test.each(['-', '--', '---', '----', 'a---b', '-a-', '--->', '<!-- x -->'])('%j leaves no "--" and no trailing "-"', (value) => {
		const body = xmlCommentText(value);
		expect(body).not.toContain('--');
		expect(body.endsWith('-')).toBe(false);
		expect(xmlProblems(`<!-- ${body} --><a/>`)).toEqual([]);
	});
});

describe('nginxArg', () => {
	test.each([
		['web1.internal:443', 'web1.internal:443'],
		['$host', '$host'],
		['a b', '"a b"'],
		['x;y', '"x;y"'],
		['say "hi"', '"say \\"hi\\""'],
		['back\\slash', '"back\\\\slash"'],
		['{}', '"{}"'],
		['new\nline', '"new line"'],
		['', '""'],
	])('nginxArg(%j) → %s', (input, out) => {
		expect(nginxArg(input)).toBe(out);
	});

	test.each(nasty)('directives with %j stay balanced', (value) => {
		const conf = serializeNginx([nginxComment(value), nginxBlock('upstream', [value], [directive('server', value)]), directive('server_name', value)]);
		expect(nginxProblems(conf)).toEqual([]);
	});
});

describe('regexLiteral', () => {
	test.each([
		['www.example.com', 'www\\.example\\.com'],
		['a+b(c)[d]{e}|f^$*?/\\', 'a\\+b\\(c\\)\\[d\\]\\{e\\}\\|f\\^\\$\\*\\?\\/\\\\'],
	])('regexLiteral(%j) → %j', (input, out) => {
		expect(regexLiteral(input)).toBe(out);
		expect(new RegExp(`^${out}$`).test(input)).toBe(true);
	});
});

describe('JSON', () => {
	test('nests colon paths in first-seen order', () => {
		const value = nestEntries([
			{ key: 'Umbraco:CMS:Global:MainDomLock', value: 'SqlMainDomLock' },
			{ key: 'Engage:Analytics:DataProcessing:IsProcessingServer', value: true },
			{ key: 'Umbraco:CMS:Hosting:LocalTempStorageLocation', value: 'EnvironmentTemp' },
		]);
		expect(serializeJson(value)).toBe(
			'{\n  "Umbraco": {\n    "CMS": {\n      "Global": {\n        "MainDomLock": "SqlMainDomLock"\n      },\n      "Hosting": {\n        "LocalTempStorageLocation": "EnvironmentTemp"\n      }\n    }\n  },\n  "Engage": {\n    "Analytics": {\n      "DataProcessing": {\n        "IsProcessingServer": true\n      }\n    }\n  }\n}\n'
		);
	});

	test('a later object path replaces a scalar, and keys cannot reach the prototype', () => {
		const value = nestEntries([
			{ key: 'A', value: 1 },
			{ key: 'A:B', value: 2 },
			{ key: '__proto__:x', value: 3 },
		]);
		expect(JSON.parse(serializeJson(value))).toEqual({ A: { B: 2 }, ['__proto__']: { x: 3 } });
		expect(({} as Record<string, unknown>)['x']).toBeUndefined();
	});

	test.each(nasty)('values of %j round-trip through JSON.parse', (v) => {
		const out = serializeJson(nestEntries([{ key: 'A:B', value: v }]));
		expect(JSON.parse(out)).toEqual({ A: { B: v } });
		expect(out.endsWith('}\n')).toBe(true);
	});

	test('non-finite numbers become null', () => {
		expect(serializeJson({ a: Number.POSITIVE_INFINITY })).toBe('{\n  "a": null\n}\n');
	});
});

describe('serializeCSharp', () => {
	test('block namespaces for .NET Framework, file-scoped from .NET 6; System usings first', () => {
		const members = [block('public class A', ['public int X => 1;']), '', block('call(x =>', ['return;'], ');'), indented('.Next();')];
		const file = { header: ['Header'], usings: ['Umbraco.Core', 'System.Linq', 'System', 'Umbraco.Core'], namespace: 'N', members };
		expect(serializeCSharp({ ...file, fileScoped: false })).toBe(
			'// Header\n\nusing System;\nusing System.Linq;\nusing Umbraco.Core;\n\nnamespace N\n{\n    public class A\n    {\n        public int X => 1;\n    }\n\n    call(x =>\n    {\n        return;\n    });\n        .Next();\n}\n'
		);
		expect(serializeCSharp({ ...file, fileScoped: true })).toContain('namespace N;\n\npublic class A\n{\n    public int X => 1;\n}\n');
	});
});

describe('serializeXml', () => {
	test('self-closes empty elements, inlines a lone text child, indents two spaces', () => {
		expect(serializeXml([comment('c'), el('a', { x: '1', y: undefined }, [el('b'), el('c', {}, [text('t')])])])).toBe(
			'<!-- c -->\n<a x="1">\n  <b />\n  <c>t</c>\n</a>\n'
		);
	});
});

describe('serializeNginx', () => {
	test('separates blocks by blank lines and keeps comments with what follows', () => {
		const conf = serializeNginx([nginxComment('top'), nginxBlock('upstream', ['u'], [directive('ip_hash'), nginxComment('one'), directive('server', 'a:80')]), nginxBlock('server', [], [directive('listen', '80')])]);
		expect(conf).toBe('# top\nupstream u {\n    ip_hash;\n\n    # one\n    server a:80;\n}\n\nserver {\n    listen 80;\n}\n');
	});
});
