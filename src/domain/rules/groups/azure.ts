import type { Rule } from '../types';

export const azureRules: readonly Rule[] = [];
