// The spelling groups of one key, and what they were made from. An edit seldom changes how a
// document spells a word: when every document that changed uses the key exactly as before (the same
// words, written the same way, in the same outlet), the groups are the same but for where those
// uses now are, and are patched instead of gathered again.
import type { HouseStyle } from '../config/houseStyle';
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { outletLabel } from '../engine/analyzedDocument';
import { preferredForm, type Preference } from './preferredForm';
import { variantGroups, type VariantGroup } from './variantGroups';
import type { VariantOccurrence } from './variantOccurrences';
import { variantReport, type VariantReport } from './variantReport';

export interface KeyGroups {
  /** The documents that use the key, in corpus order. */
  docs: AnalyzedDocument[];
  /**
   * Every use of the key in those documents, in that order. Kept here, for the next check to reuse
   * those of the documents that did not change, rather than with each document (a map of lists
   * for every document was most of what the rule kept of them).
   */
  uses: VariantOccurrence[];
  groups: { group: VariantGroup; preference: Preference; report: VariantReport }[];
}

/** Writes out a document's occurrences of a key. */
export type OccurrenceReader = (doc: AnalyzedDocument, key: string) => VariantOccurrence[];

/**
 * The key's groups in these documents (in corpus order), patched from `previous` where that is
 * enough; `read` writes out the uses of the documents that are new to the key.
 */
export function keyGroups(key: string, docs: AnalyzedDocument[], style: HouseStyle, read: OccurrenceReader, lexicon?: Lexicon, previous?: KeyGroups): KeyGroups {
  const known = new Map<AnalyzedDocument, VariantOccurrence[]>();
  const usesOf = (doc: AnalyzedDocument): VariantOccurrence[] => {
    let uses = known.get(doc);
    if (!uses) known.set(doc, (uses = previous?.docs.includes(doc) ? runOf(previous.uses, doc) : read(doc, key)));
    return uses;
  };
  const moved = previous && movedOccurrences(previous.docs, docs, usesOf);
  if (previous && moved) return patched(previous, docs, moved);
  const uses = usesIn(docs, previous, usesOf);
  return {
    docs,
    uses,
    groups: variantGroups(uses, style.ignore).map((group) => {
      const preference = preferredForm(group, style, lexicon);
      return { group, preference, report: variantReport(group, preference, style) };
    }),
  };
}

/** A document's uses, from uses in document order (a document's uses come together). */
function runOf(uses: readonly VariantOccurrence[], doc: AnalyzedDocument): VariantOccurrence[] {
  const from = uses.findIndex((o) => o.doc === doc);
  let to = from;
  while (to < uses.length && uses[to].doc === doc) to++;
  return uses.slice(from, to);
}

/**
 * The uses in docs (in corpus order): those of the documents that used the key before taken from
 * the uses kept then (in the same order), in one walk, the others from `usesOf`.
 */
function usesIn(docs: readonly AnalyzedDocument[], previous: KeyGroups | undefined, usesOf: (doc: AnalyzedDocument) => VariantOccurrence[]): VariantOccurrence[] {
  const before = new Set(previous?.docs);
  const kept = previous?.uses ?? [];
  const uses: VariantOccurrence[] = [];
  let at = 0;
  for (const doc of docs) {
    if (!before.has(doc)) {
      for (const o of usesOf(doc)) uses.push(o);
      continue;
    }
    while (kept[at].doc !== doc) at++;
    while (at < kept.length && kept[at].doc === doc) uses.push(kept[at++]);
  }
  return uses;
}

/**
 * When the documents differ from before only by new versions of some, each using the key as the
 * old one did: each old occurrence with the new one that replaces it. Undefined otherwise.
 */
function movedOccurrences(
  before: readonly AnalyzedDocument[], after: readonly AnalyzedDocument[], usesOf: (doc: AnalyzedDocument) => readonly VariantOccurrence[],
): Map<VariantOccurrence, VariantOccurrence> | undefined {
  if (before.length !== after.length) return undefined;
  const moved = new Map<VariantOccurrence, VariantOccurrence>();
  for (let i = 0; i < after.length; i++) {
    const [old, now] = [before[i], after[i]];
    if (old === now) continue;
    if (old.source.path !== now.source.path || outletLabel(old) !== outletLabel(now)) return undefined;
    const [was, is] = [usesOf(old), usesOf(now)];
    if (was.length !== is.length || !was.every((o, j) => sameUse(o, is[j]))) return undefined;
    was.forEach((o, j) => moved.set(o, is[j]));
  }
  return moved;
}

/** Two uses that count alike: the same words written the same way, making the same choices. */
function sameUse(a: VariantOccurrence, b: VariantOccurrence): boolean {
  return a.text === b.text && a.signature === b.signature && a.normal === b.normal && a.spaced === b.spaced && a.namePair === b.namePair;
}

function patched(previous: KeyGroups, docs: AnalyzedDocument[], moved: ReadonlyMap<VariantOccurrence, VariantOccurrence>): KeyGroups {
  const move = (list: readonly VariantOccurrence[]) => list.map((o) => moved.get(o) ?? o);
  return {
    docs,
    uses: move(previous.uses),
    groups: previous.groups.map(({ group, preference, report }) => {
      for (const form of group.forms) form.occurrences = move(form.occurrences);
      return { group, preference, report: { ...report, related: move(report.related) } };
    }),
  };
}
