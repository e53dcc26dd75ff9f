import type { Rule } from '../types';

export const engageRules: readonly Rule[] = [];
