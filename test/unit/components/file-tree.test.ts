import { describe, expect, test } from 'vitest';
import { buildFileTree, filesInOrder, folderLabel, serverIdOf, type TreeNode } from '../../../src/components/planner/files/file-tree';

const entries = [
	'README.md',
	'servers/web-10/appsettings.Production.json',
	'shared/load-balancer/nginx.conf',
	'CHECKLIST.md',
	'servers/web-2/appsettings.Production.json',
	'servers/admin/web.config.fragment.xml',
	'servers/admin/SchedulingPublisherServerRoleAccessor.cs',
	'shared/DataProtectionComposer.cs',
	'plan.json',
	'diagram.svg',
].map((path) => ({ path, contents: '' }));

/** The tree as indented lines, for readable expectations. */
const outline = (nodes: readonly TreeNode[], depth = 0): string[] =>
	nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.path}`, ...(n.kind === 'folder' ? outline(n.children, depth + 1) : [])]);

describe('buildFileTree', () => {
	test('folders first, then files, each sorted by name with numbers in order; every node has its full path', () => {
		expect(outline(buildFileTree(entries))).toEqual([
			'servers/',
			'  servers/admin/',
			'    servers/admin/SchedulingPublisherServerRoleAccessor.cs',
			'    servers/admin/web.config.fragment.xml',
			'  servers/web-2/',
			'    servers/web-2/appsettings.Production.json',
			'  servers/web-10/',
			'    servers/web-10/appsettings.Production.json',
			'shared/',
			'  shared/load-balancer/',
			'    shared/load-balancer/nginx.conf',
			'  shared/DataProtectionComposer.cs',
			'CHECKLIST.md',
			'diagram.svg',
			'plan.json',
			'README.md',
		]);
	});

	test('nodes carry their kind and last segment as name', () => {
		const [servers] = buildFileTree([{ path: 'servers/cm/a.json' }]);
		expect(servers).toEqual({
			kind: 'folder',
			name: 'servers',
			path: 'servers/',
			children: [{ kind: 'folder', name: 'cm', path: 'servers/cm/', children: [{ kind: 'file', name: 'a.json', path: 'servers/cm/a.json' }] }],
		});
	});

	test('an empty list gives an empty tree', () => {
		expect(buildFileTree([])).toEqual([]);
	});

	test('duplicate paths, empty segments and folder-only paths are ignored', () => {
		expect(outline(buildFileTree([{ path: 'a//b.txt' }, { path: '/a/b.txt' }, { path: '' }, { path: 'a/' }]))).toEqual(['a/', '  a/b.txt']);
	});
});

describe('filesInOrder', () => {
	test('lists the files as the tree shows them', () => {
		const files = filesInOrder(buildFileTree(entries)).map((f) => f.path);
		expect(files).toHaveLength(entries.length);
		expect(files[0]).toBe('servers/admin/SchedulingPublisherServerRoleAccessor.cs');
		expect(files.at(-1)).toBe('README.md');
	});
});

describe('serverIdOf', () => {
	test.each([
		['servers/web-1/', 'web-1'],
		['servers/', undefined],
		['servers/web-1/sub/', undefined],
		['shared/', undefined],
		['servers/web-1', undefined],
	])('%s → %s', (path, id) => {
		expect(serverIdOf(path)).toBe(id);
	});
});

describe('folderLabel', () => {
	const folder = { name: 'cd-1', path: 'servers/cd-1/' };

	test('a server folder shows the server display name', () => {
		expect(folderLabel(folder, { 'cd-1': 'CD 1' })).toBe('CD 1');
	});

	test('without a name (or a blank one) the folder name stays', () => {
		expect(folderLabel(folder)).toBe('cd-1');
		expect(folderLabel(folder, { other: 'Other' })).toBe('cd-1');
		expect(folderLabel(folder, { 'cd-1': '  ' })).toBe('cd-1');
	});

	test('other folders keep their name even if an id matches', () => {
		expect(folderLabel({ name: 'shared', path: 'shared/' }, { shared: 'Nope' })).toBe('shared');
	});

	test('inherited object keys are not names', () => {
		expect(folderLabel({ name: 'constructor', path: 'servers/constructor/' }, {})).toBe('constructor');
	});
});
