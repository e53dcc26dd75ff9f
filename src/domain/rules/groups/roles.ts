import type { Rule } from '../types';

export const rolesRules: readonly Rule[] = [];
