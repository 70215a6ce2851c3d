// Every rule Wirecheck runs, in the order their findings are listed.
import type { Rule } from '../engine/rule';
import { nameVariant } from './nameVariant';

export const ALL_RULES: readonly Rule[] = [nameVariant];
