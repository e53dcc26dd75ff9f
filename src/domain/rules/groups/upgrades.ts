import type { Rule } from '../types';

export const upgradesRules: readonly Rule[] = [];
