/**
 * Per-instance values: a server setting may contain `{instance}` (plan format v1, e.g. a
 * machine identifier `web-{instance}`), which numbers the instances of a scaled-out server
 * 1, 2, … A file every instance shares (appsettings.json, App Service app settings) cannot
 * carry such a value; the environment-variable forms give each instance its own.
 */
import type { ConfigEntry } from './formats/json';
import { markdownCode } from './formats/markdown';

/** The placeholder for the instance number, as the plan writes it [R73]. */
export const instanceToken = '{instance}';

/**
 * The settings whose `{instance}` is the placeholder: the machine identifier and the MainDom
 * key discriminator (plan format v1). Anywhere else, such as a URL or a media path, the text
 * is the user's own and stays as written.
 */
const perInstanceKey = /:(MachineIdentifier|MainDomKeyDiscriminator)$/;

/** Tells whether an entry's value differs per instance. */
function isPerInstance(entry: ConfigEntry): entry is ConfigEntry & { value: string } {
	return perInstanceKey.test(entry.key) && typeof entry.value === 'string' && entry.value.includes(instanceToken);
}

/**
 * The value for instance `n` (1-based).
 *
 * @example forInstance('web-{instance}', 2) // 'web-2'
 */
export function forInstance(value: string, n: number): string {
	return value.split(instanceToken).join(String(n));
}

/** Entries split into the ones every instance shares and the per-instance ones (values still holding the token). */
export interface InstanceSplit {
	readonly shared: readonly ConfigEntry[];
	readonly perInstance: readonly ConfigEntry[];
}

/**
 * Splits entries for a server with `instances` instances. With one instance nothing is
 * per instance: the token becomes 1, as the plan format says.
 */
export function splitPerInstance(entries: readonly ConfigEntry[], instances: number): InstanceSplit {
	if (instances <= 1) return { shared: entries.map((e) => (isPerInstance(e) ? { key: e.key, value: forInstance(e.value, 1) } : e)), perInstance: [] };
	return { shared: entries.filter((e) => !isPerInstance(e)), perInstance: entries.filter(isPerInstance) };
}

/** The instance numbers of a server: 1 … n. */
export function instanceNumbers(instances: number): number[] {
	return Array.from({ length: Math.max(1, instances) }, (_, i) => i + 1);
}

/**
 * One sentence for a file's instructions naming the per-instance variables it had to leave
 * out because `where` gives every instance the same values; '' when there are none.
 */
export function perInstanceNote(perInstance: readonly { readonly name: string; readonly value: string }[], instances: number, where: string): string {
	if (perInstance.length === 0) return '';
	const list = perInstance.map((v) => `${markdownCode(v.name)} = ${markdownCode(v.value)}`).join(', ');
	const one = perInstance.length === 1;
	return ` ${where} gives every instance the same values, so the per-instance ${list} ${one ? 'is' : 'are'} left out: set ${one ? 'it as an environment variable' : 'them as environment variables'} on each instance, with its number (1–${instances}) for ${markdownCode(instanceToken)}.`;
}
