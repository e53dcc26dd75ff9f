/**
 * Orders strings by their UTF-16 code units: the same order on every machine and in every
 * locale, and without `localeCompare`, whose first call sets up a collator (a long task on a
 * slow phone).
 */
export function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
