// Planted inconsistencies: what an editor wants flagged. About one document in ten gets one, so a
// few per fifty documents: a name spelled another way, a UK/US spelling mix, a glued word, a
// weekday that does not match its date, a figure or a date one version gives differently, an
// acronym expanded two ways; and a few documents whose extraction glued many words ("inMoscow").
import { ORG_BODIES } from './vocabulary.mjs';

export const PLANT_RATE = 0.1;
export const BAD_EXTRACTION_RATE = 0.01;
const GLUE_SITES = /\b(in|of|and|to|on|at|the|for|with) (the|a|[A-Z]\w+)\b/;

/** A spelling slip in a name that has only one spelling: a doubled or a swapped letter. */
function misspell(rng, name) {
  const i = rng.int(1, name.length - 2);
  return rng.chance(0.5) ? name.slice(0, i) + name[i] + name.slice(i) : name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

function nameVariant(rng, cast, outlet) {
  const key = rng.pick(['A', 'B']);
  const person = cast[key].person;
  const usual = person.forms[outlet.naming];
  if (person.kind !== 'plain') {
    const other = 1 - outlet.naming;
    if (person.forms[other] !== usual) return { person: key, form: person.forms[other], short: person.short[other] };
  }
  const short = person.short[outlet.naming];
  const slipped = misspell(rng, short);
  return { person: key, form: usual.replace(short, slipped), short: slipped };
}

function sentencesWith(texts, pattern) {
  return texts.map((t, i) => (pattern.test(t) ? i : -1)).filter((i) => i >= 0);
}

function acronymBody(rng, cast) {
  const body = cast.ORG.words[2];
  const alternatives = ORG_BODIES.filter((b) => b !== body && b[0] === body[0]);
  return alternatives.length ? [...cast.ORG.words.slice(0, 2), rng.pick(alternatives)].join(' ') : undefined;
}

/**
 * Which plant this document gets, if any. `templates` are the version's sentence templates;
 * `spellingSentences()` gives the indices whose text differs between UK and US spelling.
 * Returns {kind, sentence?, overrides, detail} — sentence undefined means every sentence.
 */
export function choosePlant(rng, { cast, outlet, templates, versions, spellingSentences }) {
  if (!rng.chance(PLANT_RATE)) return undefined;
  const multi = versions > 1;
  const options = [];
  const named = sentencesWith(templates, /\{[AB](?:\.s)?\}/);
  if (named.length) options.push(() => ({ kind: 'name', sentence: multi ? undefined : named.at(-1), overrides: nameVariant(rng, cast, outlet) }));
  const counted = sentencesWith(templates, /\{N\.count\}/);
  if (multi && counted.length) options.push(() => ({ kind: 'number', overrides: { count: Math.round(cast.N.count * rng.pick([1.1, 1.2, 1.5, 0.8])) } }));
  if (multi && sentencesWith(templates, /\{W?DATE\}/).length) options.push(() => ({ kind: 'date', overrides: { dayShift: rng.pick([-1, 1, 2]) } }));
  const weekdays = sentencesWith(templates, /\{(?:WDATE|DAY)\}/);
  if (weekdays.length) options.push(() => ({ kind: 'weekday', sentence: rng.pick(weekdays), overrides: { weekdayShift: rng.int(1, 6) } }));
  const spelling = spellingSentences();
  if (spelling.length) options.push(() => ({ kind: 'spelling', sentence: rng.pick(spelling), overrides: {}, flipLocale: true }));
  options.push(() => ({ kind: 'glue', sentence: rng.int(0, templates.length - 1), overrides: {}, glue: true }));
  const orgName = acronymBody(rng, cast);
  if (orgName && sentencesWith(templates, /\{ORG\.first\}/).length) options.push(() => ({ kind: 'acronym', overrides: { orgName } }));
  return rng.pick(options)();
}

/** Glues two words of a sentence together: "in the" becomes "inthe". */
export function glueOnce(text) {
  const match = GLUE_SITES.exec(text);
  if (!match) return text;
  return text.slice(0, match.index) + match[1] + match[2] + text.slice(match.index + match[0].length);
}

/** What a scraper that joins wrapped lines without a space leaves: a glued pair every ~70 characters. */
export function badExtraction(rng, text) {
  let out = '';
  let last = 0;
  for (let at = rng.int(50, 90); at < text.length; at += rng.int(55, 95)) {
    const space = text.indexOf(' ', at);
    if (space < 0) break;
    out += text.slice(last, space);
    last = space + 1;
    at = space;
  }
  return out + text.slice(last);
}
