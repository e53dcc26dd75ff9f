import type { Rule } from '../types';

export const keepAliveRules: readonly Rule[] = [];
