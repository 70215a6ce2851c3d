// Which documents a corpus gained and lost between two checks. The corpus hands over every
// document each time, in the same order: after an edit, the two lists differ at one place, and
// comparing them place by place never looks inside a document (ten thousand look-ups in tables
// keyed by document cost more than the rest of a re-check).
import type { AnalyzedDocument } from '../engine/analyzedDocument';

export interface DocumentChanges {
  removed: AnalyzedDocument[];
  added: AnalyzedDocument[];
}

/** Beyond this many places apart, the lists are compared as sets (documents came or went, and the rest moved up). */
const MAX_PLACES_APART = 16;

export function documentChanges(before: readonly AnalyzedDocument[], after: readonly AnalyzedDocument[]): DocumentChanges {
  if (before.length === after.length) {
    const changes: DocumentChanges = { removed: [], added: [] };
    for (let i = 0; i < after.length && changes.added.length <= MAX_PLACES_APART; i++) {
      if (before[i] === after[i]) continue;
      changes.removed.push(before[i]);
      changes.added.push(after[i]);
    }
    if (changes.added.length <= MAX_PLACES_APART) return changes;
  }
  const kept = new Set(before);
  const now = new Set(after);
  return { removed: before.filter((doc) => !now.has(doc)), added: after.filter((doc) => !kept.has(doc)) };
}
