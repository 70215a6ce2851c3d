// What each block looks like, measured once: the layout signals that tell an article's prose from
// the page around it.
import type { Block } from '../types';
import { stopWordShare } from '../text/stopWords';
import { TRAILING_SIGNOFF } from './cues';
import { RepeatedBlocks } from './repeatedBlocks';

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
  private readonly repeated: RepeatedBlocks;

  constructor(private readonly blocks: readonly Block[]) {
    this.measured = new Array(blocks.length);
    this.repeated = new RepeatedBlocks(blocks);
  }

  at(i: number): BlockFeatures {
    return this.measured[i] ??= this.measure(i);
  }

  private measure(i: number): BlockFeatures {
    const text = this.blocks[i].text;
    const { words, density } = stopWordShare(text);
    // "… in the final. –VNA" ends as a sentence does, once the wire's sign-off is set aside
    const sentenceEnd = SENTENCE_END.test(text) || SENTENCE_END.test(text.replace(TRAILING_SIGNOFF, ''));
    return {
      words,
      density,
      sentenceEnd,
      bullet: BULLET.test(text),
      url: URL.test(text),
      repeated: this.repeated.has(i),
      prose: words >= 10 && density >= 0.18 && (sentenceEnd || words >= 25),
    };
  }
}
