// What each block looks like, measured once: the layout signals that tell an article's prose from
// the page around it.
import type { Block } from '../types';
import { stopWordShare } from '../text/stopWords';

export interface BlockFeatures {
  words: number;
  density: number;
  /** Ends like a sentence. */
  sentenceEnd: boolean;
  bullet: boolean;
  url: boolean;
  /** Another block of the document has the same text (teaser headline pairs, repeated menus). */
  repeated: boolean;
  /** Running prose: long enough and dense in function words. */
  prose: boolean;
}

const BULLET = /^[•·▪►●◦‣∙■□–—*-]\s/u;
const URL = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/i;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/**
 * Features measured when the classifier first asks for them: it stops reading at the end of the
 * article, and the teasers and footer after it (nearly half the text of a scraped page) are never
 * counted word by word.
 */
export class BlockFeatureTable {
  private readonly measured: (BlockFeatures | undefined)[];
  private repeatCounts: Map<string, number> | undefined;
  private keys: string[] | undefined;

  constructor(private readonly blocks: readonly Block[]) {
    this.measured = new Array(blocks.length);
  }

  at(i: number): BlockFeatures {
    return this.measured[i] ??= this.measure(i);
  }

  private measure(i: number): BlockFeatures {
    const text = this.blocks[i].text;
    const { words, density } = stopWordShare(text);
    const sentenceEnd = SENTENCE_END.test(text);
    return {
      words,
      density,
      sentenceEnd,
      bullet: BULLET.test(text),
      url: URL.test(text),
      repeated: this.timesSeen(i) > 1,
      prose: words >= 10 && density >= 0.18 && (sentenceEnd || words >= 25),
    };
  }

  /** How many blocks of the page have block i's text, case and spacing aside. */
  private timesSeen(i: number): number {
    if (!this.repeatCounts || !this.keys) {
      const keys = this.keys = this.blocks.map((b) => normalised(b.text));
      const counts = this.repeatCounts = new Map<string, number>();
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return this.repeatCounts.get(this.keys[i]) ?? 0;
  }
}

const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** Lower case with white space collapsed; most lines have single spaces only and skip the replacement. */
function normalised(text: string): string {
  const lower = text.toLowerCase();
  return UNUSUAL_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}
