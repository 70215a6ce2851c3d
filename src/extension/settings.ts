// Reads Wirecheck's settings for a resource, falling back to defaults when a value is malformed.
import * as vscode from 'vscode';
import type { HouseStyle, Locale } from '../core/config/houseStyle';
import { DEFAULT_EXCLUDES, DEFAULT_EXTENSIONS } from '../core/corpusFiles';
import { RULE_IDS, type RuleId, type Severity } from '../core/types';

/** Personal defaults for what the house-style file leaves open. */
export function styleSettings(): { locale?: Locale; rules?: HouseStyle['rules'] } {
  const config = vscode.workspace.getConfiguration('wirecheck');
  const locale = config.get('locale');
  const rules = config.get('rules');
  const validRules: HouseStyle['rules'] = {};
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, level] of Object.entries(rules)) {
      if (RULE_IDS.includes(id as RuleId) && ['error', 'warning', 'info', 'hint', 'off'].includes(level as string)) validRules[id as RuleId] = level as Severity | 'off';
    }
  }
  return { ...(locale === 'uk' || locale === 'us' || locale === 'none' ? { locale } : {}), rules: validRules };
}

export interface CorpusSettings {
  extensions: string[];
  folders: string[];
  exclude: string[];
  maxFileSize: number;
  run: 'onType' | 'onSave';
}

export function corpusSettings(scope?: vscode.ConfigurationScope): CorpusSettings {
  const config = vscode.workspace.getConfiguration('wirecheck', scope);
  return {
    extensions: stringList(config.get('extensions'), [...DEFAULT_EXTENSIONS]).map((e) => (e.startsWith('.') ? e : `.${e}`)),
    folders: stringList(config.get('folders'), []),
    exclude: stringList(config.get('exclude'), [...DEFAULT_EXCLUDES]),
    maxFileSize: positive(config.get('maxFileSize'), 5 * 1024 * 1024),
    run: config.get('run') === 'onSave' ? 'onSave' : 'onType',
  };
}

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fallback;
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
}
