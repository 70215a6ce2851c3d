// The evidence of how an outlet orders numeric dates, document by document: a number that cannot
// be a month ("29/9/2021"), a weekday that fits one reading only ("Tuesday, 9/12/2025"), the page
// metadata's date, and what another version of the same story writes for the same statement ("on
// 9/12" where it says "on December 9"). Cached per document and per pair of versions, so that the
// corpus-wide verdict (dateOrder.ts) costs little to assemble again after an edit.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView } from '../engine/rule';
import { outletLabel } from '../engine/analyzedDocument';
import { SharedStrings } from '../lexicon/sharedStrings';
import { formatDate, nearestYear, parseIso, weekdayOf, WEEKDAY_NAMES, type DayMonth } from './calendar';
import { dateAt, dateLineOf, dateTableOf, type DocumentDate } from './documentDates';
import { datesBySentence, soleDate } from './sentenceDates';
import { pairDatedStatements } from './statementPairs';
import { dayMonthOf, isAmbiguous, orderReading, type DateOrder, type WrittenDate } from './writtenDate';

export interface OrderEvidence {
  order: DateOrder;
  /** Impossible values, weekdays and metadata are certain; a matching sentence elsewhere is likely. */
  strong: boolean;
  says: string;
}

const EMPTY: readonly OrderEvidence[] = [];

/** What a document tells of its outlet's order: its own dates, and its statements against each other version. */
export interface DocumentEvidence {
  /** Outlets share a verdict whatever the case of their name; a document without one has its own. */
  key: string;
  own: readonly OrderEvidence[];
  /** Only a numeric date in the text can be read one way or the other: most documents need no pairing. */
  numeric: boolean;
  /** What each other version says, for documents with a numeric date only (most have none: no map). */
  versions?: WeakMap<AnalyzedDocument, readonly OrderEvidence[]>;
}

const cache = new WeakMap<AnalyzedDocument, DocumentEvidence>();

export function documentEvidence(doc: AnalyzedDocument): DocumentEvidence {
  let evidence = cache.get(doc);
  if (!evidence) {
    const outlet = doc.article.outlet?.name;
    const numeric = dateTableOf(doc).hasNumericDate();
    evidence = { key: outlet ? outletKeys.of(`outlet:${outlet.toLowerCase()}`) : `path:${doc.source.path}`, own: evidenceOf(doc), numeric };
    cache.set(doc, evidence);
  }
  return evidence;
}

/** One key string per outlet, shared by all its documents (not one per document). */
const outletKeys = new SharedStrings(10_000);

/**
 * Appends a document's evidence to `parts`: its own, then what each other version of its story
 * says, in lists cached per document and per pair of versions (empty lists are left out).
 */
export function addEvidence(corpus: CorpusView, doc: AnalyzedDocument, parts: (readonly OrderEvidence[])[]): void {
  const evidence = documentEvidence(doc);
  if (evidence.own.length) parts.push(evidence.own);
  const story = evidence.numeric ? corpus.storyOf.get(doc.source.path) : undefined;
  if (!story || story.documents.length < 2) return;
  const versions = (evidence.versions ??= new WeakMap());
  for (const path of story.documents) {
    const other = corpus.byPath.get(path);
    if (!other || other === doc) continue;
    let found = versions.get(other);
    if (!found) versions.set(other, found = otherVersion(doc, other));
    if (found.length) parts.push(found);
  }
}

function evidenceOf(doc: AnalyzedDocument): readonly OrderEvidence[] {
  const line = dateLineOf(doc.article);
  const out: OrderEvidence[] = [];
  for (const found of numericDates(doc, line)) {
    const date = found.expression.date!;
    const evidence = impossibleValue(date) ?? weekdayFit(found, doc) ?? (found === line ? metadataFit(date, doc) : undefined);
    if (evidence) out.push(labelled(doc, evidence));
  }
  return out.length ? out : EMPTY;
}

/** The date line and the expressions with a numeric date, in order: only they tell an order. */
function numericDates(doc: AnalyzedDocument, line: DocumentDate | undefined): DocumentDate[] {
  const out = line?.expression.date?.form === 'numeric' ? [line] : [];
  const table = dateTableOf(doc);
  for (let index = 0; index < table.count; index++) if (table.isNumeric(index)) out.push(dateAt(doc, table, index));
  return out;
}

/** Joined rather than concatenated: a concatenation is a tree of its pieces, kept as long as the evidence. */
function labelled(doc: AnalyzedDocument, evidence: OrderEvidence): OrderEvidence {
  return { ...evidence, says: [outletLabel(doc), ' writes ', orderWords(evidence.order), ': ', evidence.says].join('') };
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
function otherVersion(doc: AnalyzedDocument, other: AnalyzedDocument): readonly OrderEvidence[] {
  const pairs = pairDatedStatements(doc, other);
  if (!pairs.length) return EMPTY;
  const mine = datesBySentence(doc);
  const theirs = datesBySentence(other);
  const out: OrderEvidence[] = [];
  for (const pair of pairs) {
    const here = soleDate(mine.get(pair.a))?.expression.date;
    const there = soleDate(theirs.get(pair.b))?.expression.date;
    const target = there && dayMonthOf(there);
    const order = here && target && orderReading(here, target);
    if (order) out.push(labelled(doc, { order, strong: false, says: `"${here!.text}" here is "${there!.text}" in ${outletLabel(other)}'s version of the same story` }));
  }
  return out.length ? out : EMPTY;
}

export function orderWords(order: DateOrder): string {
  return order === 'DMY' ? 'day/month' : 'month/day';
}
