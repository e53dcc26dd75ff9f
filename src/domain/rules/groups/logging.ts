import type { Rule } from '../types';

export const loggingRules: readonly Rule[] = [];
