// Turns a planned sentence into an outlet's text: its synonym choices and sentence splits, the
// cast's names in the outlet's transliteration, dates in its day/month convention, figures in its
// style, and its UK or US spelling. `plant` overrides carry a version's planted inconsistencies.
import { hashSeed } from './random.mjs';
import { FIGURE_SETS } from './story.mjs';
import { US_SPELLING } from './templates.mjs';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const UK_WORD = new RegExp(`\\b(?:${Object.keys(US_SPELLING).join('|')})\\b`, 'g');
const DAY_MS = 86_400_000;

export const withCommas = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function money(millions, style) {
  const amount = millions >= 1000 ? `${+(millions / 1000).toFixed(2)} billion` : `${millions} million`;
  if (style === 'suffix') return `${amount} USD`;
  return style === 'usPrefix' ? `US$${amount}` : `$${amount}`;
}

function percent(value, style) {
  return style === '%' ? `${value}%` : `${value} ${style}`;
}

/** "December 9" (US), "9 December" (UK) or, for outlets that do, "9/12" / "12/9". */
export function dayText(date, outlet, numeric) {
  const d = date.getUTCDate(), m = date.getUTCMonth();
  if (numeric) return outlet.dateOrder === 'DMY' ? `${d}/${m + 1}` : `${m + 1}/${d}`;
  return outlet.locale === 'us' ? `${MONTHS[m]} ${d}` : `${d} ${MONTHS[m]}`;
}

function eventDate(ctx) {
  const shift = ctx.plant.dayShift ?? 0;
  return new Date(ctx.cast.event.getTime() + shift * DAY_MS);
}

function weekdayOf(date, ctx) {
  return WEEKDAYS[(date.getUTCDay() + (ctx.plant.weekdayShift ?? 0)) % 7];
}

function numericDate(ctx) {
  const style = ctx.outlet.bodyDates;
  return style === 'numeric' ? ctx.rng.chance(0.5) : style === 'mixed' && ctx.rng.chance(0.25);
}

function personSlot(ctx, key, attr) {
  const { person, role } = ctx.cast[key];
  const override = ctx.plant.person === key ? ctx.plant : undefined;
  if (attr === 'role') return resolveSlots(role, ctx);
  if (attr === 's') return override ? override.short : person.short[ctx.outlet.naming];
  return override ? override.form : person.forms[ctx.outlet.naming];
}

function orgSlot(ctx, attr) {
  const org = ctx.cast.ORG;
  if (attr === 'a') return org.acronym;
  const name = ctx.plant.orgName ?? org.name;
  return attr === 'first' ? `${name} (${org.acronym})` : name;
}

function figureSlot(ctx, attr) {
  const n = ctx.cast.N, outlet = ctx.outlet;
  const own = (values) => values[ctx.figureSet];
  switch (attr) {
    case 'count': return withCommas(ctx.plant.count ?? n.count);
    case 'count2': return withCommas(own(n.count2));
    case 'money': return money(n.money, outlet.money);
    case 'money2': return money(own(n.money2), outlet.money);
    case 'pct': return percent(own(n.pct), outlet.percent);
    case 'small': return outlet.smallDigits ? String(own(n.small)) : SMALL[own(n.small)];
    case 'km': return String(own(n.km));
    default: return String(n[attr]);
  }
}

function slotValue(ctx, key, attr) {
  if (key === 'A' || key === 'B' || key === 'C') return personSlot(ctx, key, attr);
  if (key === 'ORG') return orgSlot(ctx, attr);
  if (key === 'N') return figureSlot(ctx, attr);
  const date = eventDate(ctx);
  switch (key) {
    case 'DATE': return `on ${dayText(date, ctx.outlet, numericDate(ctx))}`;
    case 'WDATE': return `on ${weekdayOf(date, ctx)}, ${dayText(date, ctx.outlet, numericDate(ctx))}`;
    case 'DAY': return `on ${weekdayOf(date, ctx)}`;
    case 'NEXTDATE': return `by ${dayText(ctx.cast.next, ctx.outlet, false)}`;
    case 'NEXTON': return `on ${dayText(ctx.cast.next, ctx.outlet, false)}`;
    case 'YEAR': return String(date.getUTCFullYear());
    case 'CYBER': return ctx.outlet.cyber;
    default: return ctx.cast[key];
  }
}

function resolveSlots(text, ctx) {
  return text.replace(/\{([A-Z]+\d?)(?:\.(\w+))?\}/g, (_, key, attr) => slotValue(ctx, key, attr));
}

function resolveSynonyms(template, synonyms) {
  let k = 0;
  return template.replace(/\[([^\[\]]*)\]/g, (_, options) => options.split('|')[synonyms[k++]] ?? options.split('|')[0]);
}

function resolveJoins(text, splits) {
  let k = 0;
  return text.replace(/ ~(\w+)~ (\S)/g, (_, word, next) => (splits[k++] ? `. ${next.toUpperCase()}` : `, ${word} ${next}`));
}

/** The outlet's spelling, apostrophe and country name; `flipLocale` writes the other locale (a plant). */
function house(text, outlet, flipLocale) {
  const us = (outlet.locale === 'us') !== !!flipLocale;
  const marked = text.replace(/%(\w+)%/g, '$1');
  let out = us ? marked.replace(UK_WORD, (w) => US_SPELLING[w]) : marked;
  out = out.replace(/\u2019/g, outlet.apostrophe);
  return outlet.country === 'Vietnam' ? out : out.replace(/\bVietnam\b/g, outlet.country);
}

/** A planned sentence as `ctx.outlet` writes it. ctx: {outlet, plant, rng, flipLocale} */
export function resolveSentence(sentence, ctx) {
  const text = resolveJoins(resolveSynonyms(sentence.template, sentence.synonyms), sentence.splits);
  const figureSet = hashSeed(sentence.template) % FIGURE_SETS;
  const resolved = house(resolveSlots(text, { ...ctx, cast: sentence.cast, figureSet }), ctx.outlet, ctx.flipLocale);
  const articled = resolved.replace(/\b([Aa]) (?=[aeiou][a-z]|[AEIO][a-z])/g, '$1n ');
  return articled[0].toUpperCase() + articled.slice(1);
}
