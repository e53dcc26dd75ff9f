import type { Rule } from '../types';

export const keysAndSessionsRules: readonly Rule[] = [];
