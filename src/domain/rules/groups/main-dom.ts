import type { Rule } from '../types';

export const mainDomRules: readonly Rule[] = [];
