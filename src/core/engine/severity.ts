// A rule proposes a severity; the house style has the last word.
import type { HouseStyle } from '../config/houseStyle';
import type { Finding } from '../types';
import type { Rule } from './rule';

export function applySeverity(findings: Finding[], rule: Rule, style: HouseStyle): Finding[] {
  const level = style.rules[rule.id];
  if (!level || level === 'off') return findings;
  return findings.map((f) => ({ ...f, severity: level }));
}
