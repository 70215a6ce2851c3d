// Every rule Wirecheck runs, in the order their findings are listed.
import type { Rule } from '../engine/rule';

export const ALL_RULES: readonly Rule[] = [];
