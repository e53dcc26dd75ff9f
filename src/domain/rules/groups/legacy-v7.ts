import type { Rule } from '../types';

export const legacyV7Rules: readonly Rule[] = [];
