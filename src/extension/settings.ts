// Reads Wirecheck's settings for a resource, falling back to defaults when a value is malformed.
import * as vscode from 'vscode';
import { DEFAULT_EXCLUDES, DEFAULT_EXTENSIONS } from '../core/corpusFiles';

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
