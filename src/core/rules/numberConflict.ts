// number-conflict: versions of one story that give different figures for the same thing. Only
// statements that say the same are compared: sentences the aligner pairs across two versions,
// quantities of the same kind, unit and counted noun. Figures that can both be true ("about
// 60,000" and "60,000", "1.6 billion" and "1,600 million", "nearly 50" and "48") are no conflict,
// and a figure with more than one candidate counterpart is left alone rather than guessed at.
import { alignSentences, type SentenceAlignment } from '../align/alignSentences';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView, Rule } from '../engine/rule';
import { sameMeasure, valuesAgree } from '../numbers/agreement';
import { sentenceQuantities, type PlacedQuantity } from '../numbers/documentQuantities';
import { formatQuantity } from '../numbers/normalizeQuantity';
import type { Finding } from '../types';
import { finding, relatedAt } from './finding';

/** Aligned sentences this similar say the same thing; below it, two figures may be about different things. */
const SAME_STATEMENT = 0.25;

interface Placed extends PlacedQuantity {
  doc: AnalyzedDocument;
}

interface Conflict {
  at: Placed;
  others: Placed[];
}

export const numberConflict: Rule = {
  id: 'number-conflict',
  defaultSeverity: 'warning',
  description: 'Versions of one story give different figures for the same thing (a count, a sum of money, a percentage) in sentences that say the same.',
  check(corpus: CorpusView): Finding[] {
    const conflicts = new Map<string, Conflict>();
    for (const story of corpus.stories) {
      const versions = story.documents.map((path) => corpus.byPath.get(path)).filter((d): d is AnalyzedDocument => !!d);
      for (let x = 0; x < versions.length; x++) {
        for (let y = x + 1; y < versions.length; y++) {
          for (const [a, b] of disagreements(versions[x], versions[y])) {
            record(conflicts, a, b);
            record(conflicts, b, a);
          }
        }
      }
    }
    return [...conflicts.values()].map(conflictFinding);
  },
};

/** Pairs of figures, one from each version, that state different values for the same thing. */
function disagreements(docA: AnalyzedDocument, docB: AnalyzedDocument): [Placed, Placed][] {
  const quantitiesA = sentenceQuantities(docA);
  const quantitiesB = sentenceQuantities(docB);
  const out: [Placed, Placed][] = [];
  for (const pair of cachedAlignment(docA, docB).pairs) {
    if (pair.score < SAME_STATEMENT) continue;
    const a = pair.a.flatMap((i) => quantitiesA[i].map((q) => ({ ...q, doc: docA })));
    const b = pair.b.flatMap((j) => quantitiesB[j].map((q) => ({ ...q, doc: docB })));
    if (a.length && b.length) out.push(...unmatchedCounterparts(a, b));
  }
  return out;
}

/**
 * Figures that agree pair off first; of the rest, a figure of one side conflicts with one of the
 * other when each is the only figure of the same measure left on the other side.
 */
function unmatchedCounterparts(a: Placed[], b: Placed[]): [Placed, Placed][] {
  const leftA = [...a];
  const leftB = [...b];
  for (let i = leftA.length - 1; i >= 0; i--) {
    const j = leftB.findIndex((q) => sameMeasure(leftA[i].quantity, q.quantity) && valuesAgree(leftA[i].quantity, q.quantity));
    if (j >= 0) { leftA.splice(i, 1); leftB.splice(j, 1); }
  }
  const out: [Placed, Placed][] = [];
  for (const qa of leftA) {
    const counterparts = leftB.filter((qb) => sameMeasure(qa.quantity, qb.quantity));
    if (counterparts.length !== 1) continue;
    const back = leftA.filter((q) => sameMeasure(q.quantity, counterparts[0].quantity));
    if (back.length === 1) out.push([qa, counterparts[0]]);
  }
  return out;
}

function record(conflicts: Map<string, Conflict>, at: Placed, other: Placed): void {
  const key = `${at.doc.source.path}\u0000${at.span.start}`;
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

/** "VNA's version", or "the version in 001.txt" when the outlet is unknown. */
function versionName(doc: AnalyzedDocument): string {
  const outlet = doc.article.outlet?.name;
  return outlet ? `${outlet}'s version` : `the version in ${doc.source.path.split('/').pop()}`;
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const alignments = new WeakMap<AnalyzedDocument, WeakMap<AnalyzedDocument, SentenceAlignment>>();

/** Alignment is the costly step; an unchanged pair of analyses keeps its alignment between checks. */
function cachedAlignment(a: AnalyzedDocument, b: AnalyzedDocument): SentenceAlignment {
  let row = alignments.get(a);
  if (!row) alignments.set(a, row = new WeakMap());
  let alignment = row.get(b);
  if (!alignment) row.set(b, alignment = alignSentences(a, b));
  return alignment;
}
