// Findings made story by story and kept from one check to the next: a story whose versions and
// whatever else its findings read (`key`) are unchanged keeps them.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { CorpusView } from '../engine/rule';
import { sameItems, storyVersions } from '../engine/storyVersions';
import type { Finding } from '../types';

/** What a story's findings read besides its versions (as a string), and how to make them. */
export interface StoryWork {
  key: string;
  make(): readonly Finding[];
}

interface Kept {
  versions: readonly AnalyzedDocument[];
  key: string;
  findings: readonly Finding[];
}

export class KeptStoryFindings {
  private kept = new Map<string, Kept>();

  /** Every story's findings in corpus order, made again only for stories whose versions or key changed. */
  findings(corpus: CorpusView, work: (versions: readonly AnalyzedDocument[]) => StoryWork): Finding[] {
    const next = new Map<string, Kept>();
    const findings: Finding[] = [];
    for (const story of corpus.stories) {
      const versions = storyVersions(corpus, story);
      const { key, make } = work(versions);
      let kept = this.kept.get(story.id);
      if (!kept || kept.key !== key || !sameItems(kept.versions, versions)) kept = { versions, key, findings: make() };
      next.set(story.id, kept);
      for (const f of kept.findings) findings.push(f);
    }
    this.kept = next;
    return findings;
  }
}
