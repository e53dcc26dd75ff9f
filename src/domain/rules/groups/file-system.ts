import type { Rule } from '../types';

export const fileSystemRules: readonly Rule[] = [];
