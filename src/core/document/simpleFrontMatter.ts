// Most front matter is a few `key: value` lines whose YAML reading is plain: a quoted string, a
// word or two, an ISO date, a list of quoted strings. Those are read here without the YAML parser
// (a tenth of analysing a Markdown file); anything else, even a trailing space, is left to it.

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Words, never a YAML true/false/null or number: a letter first, no `:` or `#`, no edge spaces. */
const PLAIN_WORDS = /^[A-Za-z](?:[A-Za-z0-9 .,'&()/-]*[A-Za-z0-9.)])?$/;
const YAML_WORDS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** The core schema has no timestamps: a date stays a string. */
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
/** Printable characters other than a quote and a backslash: a double-quoted string of them needs no unescaping. */
const UNESCAPED = '[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e\\u00a0-\\ud7ff\\ue000-\\ufefe\\uff00-\\ufffd]*';
const QUOTED = new RegExp(`^"(${UNESCAPED})"$`);
const QUOTED_LIST = new RegExp(`^\\[(?:"${UNESCAPED}"(?:, "${UNESCAPED}")*)?\\]$`);

/** The fields YAML would read from `body`, or undefined when it is not simple enough to be sure. */
export function simpleFrontMatter(body: string): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  for (const line of body.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || YAML_WORDS.test(key) || Object.prototype.hasOwnProperty.call(fields, key)) return undefined;
    const value = valueOf(line.slice(colon + 2));
    if (value === undefined) return undefined;
    fields[key] = value;
  }
  return fields;
}

function valueOf(text: string): string | string[] | undefined {
  const quoted = QUOTED.exec(text);
  if (quoted) return quoted[1];
  if (ISO_DATE.test(text) || (PLAIN_WORDS.test(text) && !YAML_WORDS.test(text))) return text;
  if (!QUOTED_LIST.test(text)) return undefined;
  return text === '[]' ? [] : text.slice(2, -2).split('", "');
}
