import type { Rule } from '../types';

export const backofficeRules: readonly Rule[] = [];
