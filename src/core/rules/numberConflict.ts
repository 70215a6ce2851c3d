// number-conflict: versions of one story that give different figures for the same thing. Only
// statements that say the same are compared: sentences the aligner pairs across two versions,
// quantities of the same kind, unit and counted noun. Figures that can both be true ("about
// 60,000" and "60,000", "1.6 billion" and "1,600 million", "nearly 50" and "48") are no conflict,
// and a figure with more than one candidate counterpart is left alone rather than guessed at.
// When more versions agree on a figure than give others, only the odd ones out are reported (see
// oddOnesOut.ts).
import { alignSentences } from '../align/alignSentences';
import { versionName, type AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView, Rule } from '../engine/rule';
import { sameItems, storyVersions } from '../engine/storyVersions';
import { interval, sameMeasure, valuesAgree } from '../numbers/agreement';
import { quantitiesIn, type PlacedQuantity } from '../numbers/documentQuantities';
import { findQuantities, mayHoldQuantity } from '../numbers/findQuantities';
import { formatQuantity } from '../numbers/normalizeQuantity';
import { ATTRIBUTION, ordinaryWords, shareOrdinaryWord } from '../numbers/ordinaryWords';
import type { Quantity, QuantityMention } from '../numbers/quantity';
import type { Finding } from '../types';
import { finding, relatedAt } from './finding';
import { oddOnesOut, type Judged } from './oddOnesOut';
import { talliesAtDifferentMoments } from '../numbers/runningTotal';
import { placeAfter, saidOfOtherPlaces } from '../numbers/statedPlace';

/** Aligned sentences this similar say the same thing; below it, two figures may be about different things. */
const SAME_STATEMENT = 0.25;
interface Placed extends PlacedQuantity {
  doc: AnalyzedDocument;
}

interface Conflict {
  at: Placed;
  others: Placed[];
}

/** Where a figure is, by version, and the versions whose aligned figure gives the same value. */
type Agreements = Map<string, Set<AnalyzedDocument>>;

export const numberConflict: Rule = {
  id: 'number-conflict',
  defaultSeverity: 'warning',
  description: 'Versions of one story give different figures for the same thing (a count, a sum of money, a percentage) in sentences that say the same.',
  check(corpus: CorpusView): Finding[] {
    const out: Finding[] = [];
    for (const story of corpus.stories) {
      if (story.documents.length < 2) continue;
      const versions = storyVersions(corpus, story);
      if (versions.length > 1) out.push(...cachedStoryConflicts(versions));
    }
    return out;
  },
};

const lastChecked = new WeakMap<AnalyzedDocument, { versions: readonly AnalyzedDocument[]; findings: Finding[] }>();

/**
 * A story's findings follow from its versions alone: a story none of whose versions changed keeps
 * them. One that changed aligns its few pairs of versions again (nothing is kept per pair).
 */
function cachedStoryConflicts(versions: readonly AnalyzedDocument[]): Finding[] {
  const last = lastChecked.get(versions[0]);
  if (last && sameItems(last.versions, versions)) return last.findings;
  const findings = storyConflicts(versions);
  lastChecked.set(versions[0], { versions, findings });
  return findings;
}

function storyConflicts(versions: readonly AnalyzedDocument[]): Finding[] {
  const conflicts = new Map<string, Conflict>();
  // a sentence's figures are read once for the story, and only once a pair that says the same holds it
  const read = new Map(versions.map((doc) => [doc, [] as (readonly PlacedQuantity[] | undefined)[]]));
  // a sixth of a story's sentences are copied word for word from another version: read each text once
  const byText = new Map<string, readonly QuantityMention[]>();
  const quantitiesOf: QuantitiesOf = (doc, sentence) => {
    const known = read.get(doc)!;
    const cached = known[sentence];
    if (cached) return cached;
    const { text } = doc.sentences[sentence];
    let mentions = byText.get(text);
    if (!mentions) byText.set(text, mentions = findQuantities(text));
    return (known[sentence] = quantitiesIn(doc, sentence, mentions));
  };
  // without figures on both sides no aligned pair of sentences can disagree: such pairs are not aligned
  const holdFigures = versions.map(mayHoldQuantities);
  const agreements: Agreements = new Map();
  for (let x = 0; x < versions.length; x++) {
    for (let y = x + 1; y < versions.length; y++) {
      if (!holdFigures[x] || !holdFigures[y]) continue;
      for (const [a, b] of disagreements(versions[x], versions[y], quantitiesOf, agreements)) {
        record(conflicts, a, b);
        record(conflicts, b, a);
      }
    }
  }
  return oddOnesOut([...conflicts.values()].map((conflict) => judgedFigure(conflict, agreements))).map(conflictFinding);
}

interface JudgedFigure extends Judged, Conflict {}

function judgedFigure(conflict: Conflict, agreements: Agreements): JudgedFigure {
  const { at, others } = conflict;
  const agreeing = agreements.get(placeKey(at.doc, at))?.size ?? 0;
  return {
    ...conflict, doc: at.doc, place: at.span.start, says: formatQuantity(at.quantity), agreeing: 1 + agreeing,
    against: others.map((o) => ({ doc: o.doc, place: o.span.start, says: formatQuantity(o.quantity) })),
  };
}

type QuantitiesOf = (doc: AnalyzedDocument, sentence: number) => readonly PlacedQuantity[];

/** Most pairs of versions agree: they share one empty list. */
const NO_DISAGREEMENTS: readonly [Placed, Placed][] = [];

/** Pairs of figures, one from each version, that state different values for the same thing. */
function disagreements(docA: AnalyzedDocument, docB: AnalyzedDocument, quantitiesOf: QuantitiesOf, agreements: Agreements): readonly [Placed, Placed][] {
  const out: [Placed, Placed][] = [];
  for (const pair of alignSentences(docA, docB).pairs) {
    if (pair.score < SAME_STATEMENT) continue;
    const a = quantitiesOfSide(docA, pair.a, quantitiesOf);
    if (!a.length) continue;
    const b = quantitiesOfSide(docB, pair.b, quantitiesOf);
    if (!b.length) continue;
    if (pair.moved && !sayTheSame(textsOf(docA, pair.a), textsOf(docB, pair.b))) continue;
    // the document is added only to the few figures that disagree, not kept with every figure; a
    // pair in order that agrees counts even without a shared word (the same figure is the same fact)
    const agreeing = (qa: PlacedQuantity, qb: PlacedQuantity) => {
      agreesWith(agreements, docA, qa, docB);
      agreesWith(agreements, docB, qb, docA);
    };
    const conflicting = unmatchedCounterparts(a, b, agreeing).filter(([qa, qb]) => !saidOfOtherPlaces(placeOf(docA, qa), placeOf(docB, qb)));
    if (!conflicting.length) continue;
    const textsA = textsOf(docA, pair.a), textsB = textsOf(docB, pair.b);
    // a tally at another moment is an update ("12 dead as of 8 a.m.", "15 dead as of 4pm")
    if (talliesAtDifferentMoments(textsA, textsB)) continue;
    const ignored = wordsNotShared(conflicting);
    if (pair.moved ? !sayMostlyTheSame(textsA, textsB, ignored) : !sayTheSame(textsA, textsB, ignored)) continue;
    for (const [qa, qb] of conflicting) out.push([placedIn(docA, qa), placedIn(docB, qb)]);
  }
  return out.length ? out : NO_DISAGREEMENTS;
}

/** The place a figure is said of ("12 people in central Vietnam"), if its sentence names one right after it. */
function placeOf(doc: AnalyzedDocument, q: PlacedQuantity): string[] | undefined {
  return placeAfter(doc.source.text, q.span.end);
}

/** The texts of one side of an aligned pair (one sentence or two). */
function textsOf(doc: AnalyzedDocument, sentences: readonly number[]): string[] {
  return sentences.map((i) => doc.sentences[i].text);
}

/** The figures of one side of an aligned pair (one sentence or two), without flatMap's copy per pair. */
function quantitiesOfSide(doc: AnalyzedDocument, sentences: readonly number[], quantitiesOf: QuantitiesOf): readonly PlacedQuantity[] {
  const first = quantitiesOf(doc, sentences[0]);
  if (sentences.length === 1) return first;
  const second = quantitiesOf(doc, sentences[1]);
  return second.length ? [...first, ...second] : first;
}

function mayHoldQuantities(doc: AnalyzedDocument): boolean {
  return doc.sentences.some((sentence) => mayHoldQuantity(sentence.text));
}

function placedIn(doc: AnalyzedDocument, { quantity, span, sentence }: PlacedQuantity): Placed {
  return { quantity, span, sentence, doc };
}

/**
 * Two sentences about one body are aligned on its name though they state different things ("the
 * Institute put damage at 360.2 million USD", "the Institute has cautioned that delays could add
 * $791.7 million"), in order or out of it: figures conflict only when the two sentences also share
 * an ordinary word, not names and figures alone, and not words of attribution or what the figures
 * count ("Three people died in Hai Duong, the committee said" and "the storm has killed four
 * people, the committee said" share only those). A pair in order that gives the same figure still
 * agrees: a third version is then the odd one out.
 */
function sayTheSame(textsA: readonly string[], textsB: readonly string[], ignored?: ReadonlySet<string>): boolean {
  return shareOrdinaryWord(ordinaryWords(textsA.join(' ')), ordinaryWords(textsB.join(' ')), ignored);
}

/** Attribution and the nouns the conflicting figures count: words two sentences may share and still not say the same. */
function wordsNotShared(conflicting: readonly [PlacedQuantity, PlacedQuantity][]): ReadonlySet<string> {
  const nouns = conflicting.flatMap(([qa, qb]) => [...qa.quantity.noun, ...qb.quantity.noun]);
  return nouns.length ? new Set([...ATTRIBUTION, ...nouns]) : ATTRIBUTION;
}

/**
 * Figures that agree pair off first (each such pair is passed to `agreeing`); of the rest, a figure
 * of one side conflicts with one of the other when each is the only figure of the same measure
 * left on the other side.
 */
function unmatchedCounterparts(
  a: readonly PlacedQuantity[], b: readonly PlacedQuantity[], agreeing: (qa: PlacedQuantity, qb: PlacedQuantity) => void,
): [PlacedQuantity, PlacedQuantity][] {
  const leftA = [...a];
  const leftB = [...b];
  // the same figure first: "about 50" may agree with both 48 and 55, and a sentence copied word for
  // word must pair each figure with its copy
  for (const agree of [sameFigure, valuesAgree]) {
    for (let i = leftA.length - 1; i >= 0; i--) {
      const j = leftB.findIndex((q) => sameMeasure(leftA[i].quantity, q.quantity) && agree(leftA[i].quantity, q.quantity));
      if (j < 0) continue;
      agreeing(leftA[i], leftB[j]);
      leftA.splice(i, 1);
      leftB.splice(j, 1);
    }
  }
  // the same uncommon figure under another noun is the same fact named otherwise ("212 new cases",
  // "212 new infections"): it is no one's counterpart
  for (let i = leftA.length - 1; i >= 0; i--) {
    const j = leftB.findIndex((q) => sameNamedOtherwise(leftA[i].quantity, q.quantity));
    if (j < 0) continue;
    leftA.splice(i, 1);
    leftB.splice(j, 1);
  }
  const out: [PlacedQuantity, PlacedQuantity][] = [];
  for (const qa of leftA) {
    const counterparts = leftB.filter((qb) => sameMeasure(qa.quantity, qb.quantity));
    if (counterparts.length !== 1) continue;
    const back = leftA.filter((q) => sameMeasure(q.quantity, counterparts[0].quantity));
    if (back.length === 1) out.push([qa, counterparts[0]]);
  }
  return out;
}

/**
 * Sentences matched out of order must share most of what they say, not a word: two statements of
 * one pattern about other things ("It was the midfielder's third goal of the tournament", "It was
 * the naturalised striker's fifth goal …"; "In Quang Ngai, four people died when flash floods swept
 * …", "Twelve people have died … after floods … hit the central provinces") share a word or three
 * of their ordinary words; a paragraph moved by an editor ("Council inspectors will board 120
 * trawlers in the spring to check the catch") shares nearly all.
 */
function sayMostlyTheSame(textsA: readonly string[], textsB: readonly string[], ignored: ReadonlySet<string>): boolean {
  const [a, b] = [textsA, textsB].map((texts) => [...ordinaryWords(texts.join(' '))].filter((w) => !ignored.has(w)));
  const inB = new Set(b);
  const shared = a.filter((w) => inB.has(w)).length;
  return shared > 0 && shared >= MOVED_SHARE * Math.min(a.length, b.length);
}

/** Share of the shorter sentence's ordinary words that sentences matched out of order have in common. */
const MOVED_SHARE = 0.6;

/** Below this a figure is too common to be the same fact by its value alone ("two ministers", "two companies"). */
const UNCOMMON_FIGURE = 10;

function sameNamedOtherwise(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.unit === b.unit && a.value >= UNCOMMON_FIGURE && sameFigure(a, b);
}

/** The same stated value: the same range of values it can mean. */
function sameFigure(a: Quantity, b: Quantity): boolean {
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  return aLow === bLow && aHigh === bHigh;
}

function placeKey(doc: AnalyzedDocument, { span }: PlacedQuantity): string {
  return `${doc.source.path}\u0000${span.start}`;
}

function agreesWith(agreements: Agreements, doc: AnalyzedDocument, figure: PlacedQuantity, other: AnalyzedDocument): void {
  const key = placeKey(doc, figure);
  let docs = agreements.get(key);
  if (!docs) agreements.set(key, (docs = new Set()));
  docs.add(other);
}

function record(conflicts: Map<string, Conflict>, at: Placed, other: Placed): void {
  const key = placeKey(at.doc, at);
  const conflict = conflicts.get(key) ?? { at, others: [] };
  conflict.others.push(other);
  conflicts.set(key, conflict);
}

function conflictFinding({ at, others }: Conflict): Finding {
  const quoted = (q: Placed) => `"${textOf(q)}"`;
  const elsewhere = others.map((o) => `${quoted(o)} in ${versionName(o.doc)}`);
  return finding({
    rule: 'number-conflict',
    severity: numberConflict.defaultSeverity,
    message: `${quoted(at)} here; ${joinAnd(elsewhere)} of this story.`,
    doc: at.doc,
    span: at.span,
    related: others.map((o) => relatedAt(o.doc, o.span, `${quoted(o)} in ${versionName(o.doc)}`)),
    data: {
      value: at.quantity.value,
      ...(at.quantity.high !== undefined ? { high: at.quantity.high } : {}),
      unit: at.quantity.unit || at.quantity.noun.join(' '),
      normalized: formatQuantity(at.quantity),
      otherValues: others.map((o) => o.quantity.value),
    },
  });
}

function textOf(q: Placed): string {
  return q.doc.source.text.slice(q.span.start, q.span.end);
}


function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

