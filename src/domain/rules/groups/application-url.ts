import type { Rule } from '../types';

export const applicationUrlRules: readonly Rule[] = [];
