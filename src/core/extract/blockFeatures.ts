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

export function featuresOf(blocks: readonly Block[]): BlockFeatures[] {
  const keys = blocks.map((b) => normalised(b.text));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return blocks.map((b, i) => {
    const { words, density } = stopWordShare(b.text);
    const sentenceEnd = SENTENCE_END.test(b.text);
    return {
      words,
      density,
      sentenceEnd,
      bullet: BULLET.test(b.text),
      url: URL.test(b.text),
      repeated: (counts.get(keys[i]) ?? 0) > 1,
      prose: words >= 10 && density >= 0.18 && (sentenceEnd || words >= 25),
    };
  });
}

const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** Lower case with white space collapsed; most lines have single spaces only and skip the replacement. */
function normalised(text: string): string {
  const lower = text.toLowerCase();
  return UNUSUAL_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}
