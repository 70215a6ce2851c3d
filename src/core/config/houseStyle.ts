// The house-style file `.wirecheck.json` at the corpus root: preferred forms, locale, outlet date
// conventions, ignored words and per-rule severity. A broken file yields errors with positions
// and the defaults, never a crash.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { RULE_IDS, type RuleId, type Severity } from '../types';

export type Locale = 'uk' | 'us' | 'none';
export type DateOrder = 'DMY' | 'MDY';

export interface HouseStyle {
  /** Forms the house prefers ("Sergey Shoigu", "Viet Nam"): they win over the corpus majority. */
  preferred: string[];
  locale: Locale;
  /** Outlet name → how its numeric dates read. */
  dateOrder: Record<string, DateOrder>;
  /** Words never reported (compared case-insensitively). */
  ignore: string[];
  /** Words ignored in one document only: document path → words (the "ignore here" quick fix). */
  ignoreIn: Record<string, string[]>;
  rules: Partial<Record<RuleId, Severity | 'off'>>;
}

export interface ConfigProblem {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export const HOUSE_STYLE_FILE = '.wirecheck.json';

export function defaultHouseStyle(): HouseStyle {
  return { preferred: [], locale: 'none', dateOrder: {}, ignore: [], ignoreIn: {}, rules: {} };
}

export interface ParsedHouseStyle {
  style: HouseStyle;
  problems: ConfigProblem[];
  /** The fields the file sets (validly): the others may come from the user's settings. */
  given: (keyof HouseStyle)[];
}

export function parseHouseStyle(text: string): ParsedHouseStyle {
  const errors: ParseError[] = [];
  const raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map((e) => problemAt(text, e.offset, `${describe(printParseErrorCode(e.error))}`));
  if (problems.length || raw === undefined) return { style: defaultHouseStyle(), problems, given: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { style: defaultHouseStyle(), problems: [problemAt(text, 0, 'the house-style file must hold one JSON object')], given: [] };
  }
  return readFields(text, raw as Record<string, unknown>);
}

/** The house style with the user's settings filling what the file leaves open (the file wins). */
export function withDefaults(parsed: ParsedHouseStyle, settings: { locale?: Locale; rules?: HouseStyle['rules'] }): HouseStyle {
  const style = { ...parsed.style };
  if (!parsed.given.includes('locale') && settings.locale) style.locale = settings.locale;
  style.rules = { ...settings.rules, ...parsed.style.rules };
  return style;
}

function readFields(text: string, raw: Record<string, unknown>): ParsedHouseStyle {
  const style = defaultHouseStyle();
  const problems: ConfigProblem[] = [];
  const complain = (key: string, what: string) => problems.push(problemAt(text, Math.max(0, text.indexOf(`"${key}"`)), `"${key}" ${what}; the default is used`));
  if ('preferred' in raw) stringList(raw.preferred) ? style.preferred = raw.preferred as string[] : complain('preferred', 'must be a list of strings');
  if ('ignore' in raw) stringList(raw.ignore) ? style.ignore = raw.ignore as string[] : complain('ignore', 'must be a list of strings');
  if ('ignoreIn' in raw) readIgnoreIn(raw.ignoreIn) ? style.ignoreIn = raw.ignoreIn as Record<string, string[]> : complain('ignoreIn', 'must map document paths to lists of strings');
  if ('locale' in raw) ['uk', 'us', 'none'].includes(raw.locale as string) ? style.locale = raw.locale as Locale : complain('locale', 'must be "uk", "us" or "none"');
  if ('dateOrder' in raw) readDateOrder(raw.dateOrder) ? style.dateOrder = raw.dateOrder as Record<string, DateOrder> : complain('dateOrder', 'must map outlet names to "DMY" or "MDY"');
  if ('rules' in raw) readRules(raw.rules, style, (what) => complain('rules', what));
  const given = (['preferred', 'ignore', 'ignoreIn', 'locale', 'dateOrder', 'rules'] as const)
    .filter((key) => key in raw && !problems.some((p) => p.message.startsWith(`"${key}"`)));
  return { style, problems, given };
}

function stringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function readIgnoreIn(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(stringList);
}

function readDateOrder(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.values(value).every((v) => v === 'DMY' || v === 'MDY');
}

function readRules(value: unknown, style: HouseStyle, complain: (what: string) => void): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return complain('must be an object of rule ids');
  for (const [id, level] of Object.entries(value)) {
    if (!RULE_IDS.includes(id as RuleId)) complain(`names an unknown rule "${id}"`);
    else if (!['error', 'warning', 'info', 'hint', 'off'].includes(level as string)) complain(`gives "${id}" an unknown level "${String(level)}"`);
    else style.rules[id as RuleId] = level as Severity | 'off';
  }
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function problemAt(text: string, offset: number, message: string): ConfigProblem {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  return { message, offset, line, column };
}
