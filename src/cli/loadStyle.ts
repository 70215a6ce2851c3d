// Finds and reads the house-style file; a broken one is reported with its position and the
// defaults are used, so a typo in the config never stops a check.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultHouseStyle, HOUSE_STYLE_FILE, parseHouseStyle, type HouseStyle } from '../core/config/houseStyle';

export function loadStyle(explicit: string | undefined, inputs: string[], warn: (line: string) => void): HouseStyle {
  const file = explicit ?? implicitStyleFile(inputs);
  if (!file) return defaultHouseStyle();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    warn(`${file}: cannot be read (${(err as Error).message}); using the defaults`);
    return defaultHouseStyle();
  }
  const { style, problems } = parseHouseStyle(text);
  for (const p of problems) warn(`${file}:${p.line}:${p.column}: ${p.message}`);
  if (problems.length) warn(`${file}: using the defaults for what could not be read`);
  return style;
}

function implicitStyleFile(inputs: string[]): string | undefined {
  const first = inputs[0];
  if (!first) return undefined;
  const folder = existsSync(first) && statSync(first).isDirectory() ? first : path.dirname(first);
  const candidate = path.join(folder, HOUSE_STYLE_FILE);
  return existsSync(candidate) ? candidate : undefined;
}
