/** The output of the configuration generators: one record per file of the bundle. */

export type FileLanguage = 'json' | 'xml' | 'csharp' | 'nginx' | 'yaml' | 'dotenv' | 'text';
export interface GeneratedFile {
	/** Bundle-relative path with forward slashes: `servers/<server id>/<file>` or `shared/<file>`. */
	readonly path: string;
	readonly language: FileLanguage;
	readonly contents: string;
	/** Servers the file is for; empty = shared by all. */
	readonly serverIds: readonly string[];
	/** One line for people, e.g. 'appsettings fragment for Web 1'. */
	readonly title: string;
	/** How to apply it, one or two sentences of Markdown with names as code spans (the bundle README lists these per server). */
	readonly apply: string;
}
