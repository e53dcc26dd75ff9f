import type { Rule } from '../types';

export const generalRules: readonly Rule[] = [];
