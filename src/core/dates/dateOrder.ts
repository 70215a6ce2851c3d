// How an outlet writes numeric dates, day/month (DMY) or month/day (MDY), inferred from the whole
// corpus (the evidence is gathered in orderEvidence.ts). The house style's `dateOrder` overrides
// all of it. Documents without an outlet only count their own evidence.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView } from '../engine/rule';
import { addEvidence, documentEvidence, orderWords, type OrderEvidence } from './orderEvidence';
import type { DateOrder } from './writtenDate';

export interface DateOrderVerdict {
  order: DateOrder | undefined;
  /** Readable reasons, strongest first ("VnExpress writes day/month: …"). */
  evidence: string[];
}

/** A verdict with what it was decided on: the house style's reason, or the evidence of the members. */
interface Decided {
  styled: string | undefined;
  parts: readonly (readonly OrderEvidence[])[];
  verdict: DateOrderVerdict;
}

type Parts = (readonly OrderEvidence[])[];

const NO_EVIDENCE: DateOrderVerdict = { order: undefined, evidence: [] };
const verdicts = new WeakMap<CorpusView, Map<string, DateOrderVerdict>>();
/**
 * The last verdict of each outlet that had evidence. Evidence is cached per document and per pair
 * of versions, so an outlet none of whose documents changed assembles the very same lists and
 * keeps its verdict object; whatever the rules derived from that verdict then stays cached too.
 */
const decided = new Map<string, Decided>();

export function dateOrderOf(corpus: CorpusView, doc: AnalyzedDocument): DateOrderVerdict {
  let byKey = verdicts.get(corpus);
  if (!byKey) verdicts.set(corpus, byKey = verdictsOf(corpus));
  const { key } = documentEvidence(doc);
  let verdict = byKey.get(key);
  // no evidence in the corpus (or a document outside it): the house style, or its own evidence
  if (!verdict) {
    const parts: Parts = [];
    if (!doc.article.outlet) addEvidence(corpus, doc, parts);
    byKey.set(key, verdict = settle(corpus, key, doc.article.outlet?.name, parts));
  }
  return verdict;
}

/** The verdicts of the outlets that have evidence, in one pass over the corpus (in its order, as evidence is listed). */
function verdictsOf(corpus: CorpusView): Map<string, DateOrderVerdict> {
  // a house style verdict names the outlet as its first document writes it: every outlet is listed then
  const everyOutlet = Object.keys(corpus.style.dateOrder).length > 0;
  const evidence = new Map<string, { outlet: string | undefined; parts: Parts }>();
  for (const doc of corpus.documents) {
    const { key, own, numeric } = documentEvidence(doc);
    if (!own.length && !numeric && !everyOutlet) continue;
    let entry = evidence.get(key);
    if (!entry) evidence.set(key, entry = { outlet: doc.article.outlet?.name, parts: [] });
    addEvidence(corpus, doc, entry.parts);
  }
  const out = new Map<string, DateOrderVerdict>();
  for (const [key, { outlet, parts }] of evidence) out.set(key, settle(corpus, key, outlet, parts));
  return out;
}

/** The verdict on `parts`, the very object of the last check when nothing it rests on changed. */
function settle(corpus: CorpusView, key: string, outlet: string | undefined, parts: Parts): DateOrderVerdict {
  const order = outlet === undefined ? undefined : houseOrder(corpus, outlet);
  const styled = order && `The house style says ${outlet} writes ${orderWords(order)}.`;
  if (!styled && !parts.length) return NO_EVIDENCE;
  const considered = styled ? [] : parts;
  const last = decided.get(key);
  if (last && last.styled === styled && sameItems(last.parts, considered)) return last.verdict;
  const fresh = order && styled ? { order, evidence: [styled] } : decide(considered.flat());
  const verdict = last && sameVerdict(last.verdict, fresh) ? last.verdict : fresh;
  decided.set(key, { styled, parts: considered, verdict });
  return verdict;
}

function sameVerdict(a: DateOrderVerdict, b: DateOrderVerdict): boolean {
  return a.order === b.order && sameItems(a.evidence, b.evidence);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, k) => item === b[k]);
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
