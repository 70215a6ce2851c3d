// How an outlet writes numeric dates, day/month (DMY) or month/day (MDY), inferred from the whole
// corpus: a number that cannot be a month ("29/9/2021"), a weekday that fits one reading only
// ("Tuesday, 9/12/2025"), the page metadata's date, and what another version of the same story
// writes for the same statement ("on 9/12" where it says "on December 9"). The house style's
// `dateOrder` overrides all of it. Documents without an outlet only count their own evidence.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView } from '../engine/rule';
import { outletLabel } from '../rules/finding';
import { formatDate, nearestYear, parseIso, weekdayOf, WEEKDAY_NAMES, type DayMonth } from './calendar';
import { dateLineOf, datesOf, type DocumentDate } from './documentDates';
import { datesBySentence, soleDate } from './sentenceDates';
import { pairStatements } from './statementPairs';
import { dayMonthOf, isAmbiguous, orderReading, type DateOrder, type WrittenDate } from './writtenDate';

export interface DateOrderVerdict {
  order: DateOrder | undefined;
  /** Readable reasons, strongest first ("VnExpress writes day/month: …"). */
  evidence: string[];
}

interface OrderEvidence {
  order: DateOrder;
  /** Impossible values, weekdays and metadata are certain; a matching sentence elsewhere is likely. */
  strong: boolean;
  says: string;
}

const verdicts = new WeakMap<CorpusView, Map<string, DateOrderVerdict>>();

export function dateOrderOf(corpus: CorpusView, doc: AnalyzedDocument): DateOrderVerdict {
  let byKey = verdicts.get(corpus);
  if (!byKey) verdicts.set(corpus, byKey = new Map());
  const outlet = doc.article.outlet?.name;
  const key = outlet ? `outlet:${outlet.toLowerCase()}` : `path:${doc.source.path}`;
  let verdict = byKey.get(key);
  if (!verdict) byKey.set(key, verdict = computeVerdict(corpus, doc, outlet));
  return verdict;
}

function computeVerdict(corpus: CorpusView, doc: AnalyzedDocument, outlet: string | undefined): DateOrderVerdict {
  const styled = outlet && houseOrder(corpus, outlet);
  if (styled) return { order: styled, evidence: [`The house style says ${outlet} writes ${orderWords(styled)}.`] };
  const members = outlet ? corpus.documents.filter((d) => d.article.outlet?.name.toLowerCase() === outlet.toLowerCase()) : [doc];
  return decide(members.flatMap((d) => evidenceOf(corpus, d)));
}

function houseOrder(corpus: CorpusView, outlet: string): DateOrder | undefined {
  const entry = Object.entries(corpus.style.dateOrder).find(([name]) => name.toLowerCase() === outlet.toLowerCase());
  return entry?.[1];
}

/** Certain evidence weighs three times a likely one; the loser must weigh at most a third. */
function decide(evidence: readonly OrderEvidence[]): DateOrderVerdict {
  const weight = (order: DateOrder) => evidence.filter((e) => e.order === order).reduce((sum, e) => sum + (e.strong ? 3 : 1), 0);
  const [dmy, mdy] = [weight('DMY'), weight('MDY')];
  const order: DateOrder | undefined = dmy > 0 && mdy * 3 <= dmy ? 'DMY' : mdy > 0 && dmy * 3 <= mdy ? 'MDY' : undefined;
  const ranked = [...evidence].sort((a, b) => Number(b.order === order) - Number(a.order === order) || Number(b.strong) - Number(a.strong));
  return { order, evidence: [...new Set(ranked.map((e) => e.says))] };
}

function evidenceOf(corpus: CorpusView, doc: AnalyzedDocument): OrderEvidence[] {
  const line = dateLineOf(doc.article);
  const own = line ? [line, ...datesOf(doc)] : datesOf(doc);
  const label = outletLabel(doc);
  const out: OrderEvidence[] = [];
  for (const found of own) {
    const date = found.expression.date;
    if (date?.form !== 'numeric') continue;
    const evidence = impossibleValue(date) ?? weekdayFit(found, doc) ?? (found === line ? metadataFit(date, doc) : undefined);
    if (evidence) out.push({ ...evidence, says: `${label} writes ${orderWords(evidence.order)}: ${evidence.says}` });
  }
  for (const evidence of otherVersions(corpus, doc)) out.push({ ...evidence, says: `${label} writes ${orderWords(evidence.order)}: ${evidence.says}` });
  return out;
}

function impossibleValue(date: WrittenDate): OrderEvidence | undefined {
  const { DMY, MDY } = date.readings ?? {};
  if (DMY && !MDY && DMY.day > 12) return { order: 'DMY', strong: true, says: `"${date.text}" has no month ${DMY.day}` };
  if (MDY && !DMY && MDY.day > 12) return { order: 'MDY', strong: true, says: `"${date.text}" has no month ${MDY.day}` };
  return undefined;
}

function weekdayFit(found: DocumentDate, doc: AnalyzedDocument): OrderEvidence | undefined {
  const { date, weekday } = found.expression;
  if (!date || !weekday || !isAmbiguous(date)) return undefined;
  const published = doc.article.published && parseIso(doc.article.published.iso);
  const yearOf = (r: DayMonth) => date.year ?? (published && nearestYear(r, published));
  const fits = (['DMY', 'MDY'] as const).filter((o) => {
    const r = date.readings?.[o];
    const year = r && yearOf(r);
    return r && year !== undefined && weekdayOf({ ...r, year }) === weekday.weekday;
  });
  if (fits.length !== 1) return undefined;
  const reading = date.readings![fits[0]]!;
  const named = formatDate({ ...reading, year: yearOf(reading) });
  return { order: fits[0], strong: true, says: `"${found.expression.text}" is a ${WEEKDAY_NAMES[weekday.weekday]} only as ${named}` };
}

/** The date line against the publication date the front matter or page metadata gives. */
function metadataFit(date: WrittenDate, doc: AnalyzedDocument): OrderEvidence | undefined {
  const published = doc.article.published;
  if (!published || published.evidence.some((e) => e.span)) return undefined;
  const calendar = parseIso(published.iso);
  const order = calendar && orderReading(date, calendar);
  return order && { order, strong: true, says: `the date line's "${date.text}" is the published date ${published.iso} only read ${orderWords(order)}` };
}

/** "9/12" here where another version of the story says "December 9" in the same statement. */
function otherVersions(corpus: CorpusView, doc: AnalyzedDocument): OrderEvidence[] {
  const story = corpus.storyOf.get(doc.source.path);
  if (!story || story.documents.length < 2) return [];
  const out: OrderEvidence[] = [];
  const mine = datesBySentence(doc);
  for (const path of story.documents) {
    const other = corpus.byPath.get(path);
    if (!other || other === doc) continue;
    const theirs = datesBySentence(other);
    for (const pair of pairStatements(doc, other)) {
      const here = soleDate(mine.get(pair.a))?.expression.date;
      const there = soleDate(theirs.get(pair.b))?.expression.date;
      const target = there && dayMonthOf(there);
      const order = here && target && orderReading(here, target);
      if (order) out.push({ order, strong: false, says: `"${here!.text}" here is "${there!.text}" in ${outletLabel(other)}'s version of the same story` });
    }
  }
  return out;
}

export function orderWords(order: DateOrder): string {
  return order === 'DMY' ? 'day/month' : 'month/day';
}
