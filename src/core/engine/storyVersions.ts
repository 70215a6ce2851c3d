// A story's versions as the analysed documents the rules compare, and whether they are the ones a
// kept result was made from.
import type { Story } from '../stories/story';
import type { AnalyzedDocument } from './analyzedDocument';
import type { CorpusView } from './rule';

/** The story's documents, in its order (a path the corpus no longer holds is left out). */
export function storyVersions(corpus: CorpusView, story: Story): AnalyzedDocument[] {
  const versions: AnalyzedDocument[] = [];
  for (const path of story.documents) {
    const doc = corpus.byPath.get(path);
    if (doc) versions.push(doc);
  }
  return versions;
}

/** Whether two lists hold the same items in the same order: an edit replaces a document's analysis, so unchanged versions are the same objects. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
