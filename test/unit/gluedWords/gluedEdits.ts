// Edit sequences for the glued-words rule: small articles built of words that glue ("inMoscow",
// "militarymedicine", "DeputyMinister"), edited, deleted and moved between stories, plus a filler
// document that grows the corpus past the size steps and makes "a" or "in" common enough to
// change how words read ("areafund" reads "are a fund" once the corpus writes "a" thousands of
// times). Each step gives the corpus view a Corpus would hand the rule.
import fc from 'fast-check';
import { defaultHouseStyle } from '../../../src/core/config/houseStyle';
import { analyzeDocument, type AnalyzedDocument } from '../../../src/core/engine/analyzedDocument';
import type { CorpusView } from '../../../src/core/engine/rule';
import type { Story } from '../../../src/core/stories/story';

// words, and the phrases and glues that make a document broken or its story telling
const WORDS = [
  ...`in the of their a and to its as well for with at military medicine countries two defence cooperation
  support request view that years since activities joint signed governments sharing experience
  effectively contribute international law disputes ready Moscow Russian Deputy Minister Alexander
  Vasilyevich International Security Communist Party Vietnam Hanoi BlackRock Tropical Russia Sergei
  Shoigu Prime areafund inthe oftheir itssupport twocountries militarymedicine DeputyMinister`.split(/\s+/).filter(Boolean),
  'two countries', 'military medicine', 'Deputy Minister',
];

const PATHS = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
const FILLER = 'filler.txt';
const STORIES = 3;

/** Words, each followed by a space or (one time in five) by nothing: a lost space. */
const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 4 })), { minLength: 4, maxLength: 12 })
  .map((words) => words.map(([word, gap], i) => word + (i === words.length - 1 ? '.' : gap === 0 ? '' : ' ')).join(''));

const article = fc.tuple(sentence, fc.array(sentence, { minLength: 2, maxLength: 8 }))
  .map(([headline, body]) => `${headline.replace(/\.$/, '')}\n\n${body.join(' ')}\n`);

/**
 * 35 words a line, 20 of them the filler word: 70 lines make "a" common enough to be read exactly,
 * 400 make it cheaper than "area" in "areafund", 630 pass e^10 words, where the size steps start.
 */
const fillerLines = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 400, max: 630 }), fc.integer({ min: 631, max: 1200 }));

export type GlueEdit =
  | { kind: 'set'; path: string; text: string }
  | { kind: 'glue'; path: string; at: number }
  | { kind: 'split'; path: string; at: number }
  | { kind: 'stop'; path: string; at: number }
  | { kind: 'delete'; path: string }
  | { kind: 'move'; path: string; story: number }
  | { kind: 'filler'; word: string; lines: number };

export const glueEdit: fc.Arbitrary<GlueEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...PATHS), text: article }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('glue' as const), path: fc.constantFrom(...PATHS), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('split' as const), path: fc.constantFrom(...PATHS), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('stop' as const), path: fc.constantFrom(...PATHS), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...PATHS, FILLER) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), path: fc.constantFrom(...PATHS), story: fc.nat({ max: STORIES - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('filler' as const), word: fc.constantFrom('a', 'in', 'the', 'Moscow'), lines: fillerLines }) },
);

/** The corpus as edits leave it: one analysis per version of a text, as Corpus keeps them. */
export class EditedCorpus {
  private readonly documents = new Map<string, AnalyzedDocument>();
  private readonly storyOfPath = new Map<string, number>();

  apply(edit: GlueEdit): void {
    if (edit.kind === 'set') this.write(edit.path, edit.text);
    else if (edit.kind === 'delete') this.documents.delete(edit.path);
    else if (edit.kind === 'move') this.storyOfPath.set(edit.path, edit.story);
    else if (edit.kind === 'filler') this.write(FILLER, fillerText(edit.word, edit.lines));
    else this.write(edit.path, edited(this.documents.get(edit.path)?.source.text, edit));
  }

  /** The view a Corpus builds: documents by path, stories by their story number, in corpus order. */
  view(): CorpusView {
    const documents = [...this.documents.values()].sort((x, y) => x.source.path.localeCompare(y.source.path));
    const stories: Story[] = [];
    for (let s = 0; s < STORIES; s++) {
      const paths = documents.map((d) => d.source.path).filter((path) => (this.storyOfPath.get(path) ?? 0) === s);
      if (paths.length) stories.push({ id: `s${s}`, headline: `story ${s}`, documents: paths, links: [] });
    }
    const storyOf = new Map(stories.flatMap((story) => story.documents.map((path) => [path, story] as const)));
    return { documents, byPath: new Map(documents.map((d) => [d.source.path, d])), stories, storyOf, style: defaultHouseStyle() };
  }

  private write(path: string, text: string | undefined): void {
    if (text !== undefined && this.documents.get(path)?.source.text !== text) this.documents.set(path, analyzeDocument({ path, text }));
  }
}

/** Removes the space at or after `at`, puts one inside the word there, or ends or joins sentences there. */
function edited(text: string | undefined, edit: { kind: 'glue' | 'split' | 'stop'; at: number }): string | undefined {
  if (text === undefined) return undefined;
  const from = edit.at % text.length;
  if (edit.kind === 'glue') return replacedAfter(text, from, / /, '');
  // the same words, no longer next to each other (or now next to each other): "Deputy. Minister"
  if (edit.kind === 'stop') return replacedAfter(text, from, /\. | /, (found) => (found === ' ' ? '. ' : ' '));
  const word = /\p{L}{6,}/u.exec(text.slice(from));
  if (!word) return text;
  const middle = from + word.index + 3;
  return `${text.slice(0, middle)} ${text.slice(middle)}`;
}

function replacedAfter(text: string, from: number, pattern: RegExp, by: string | ((found: string) => string)): string {
  const found = pattern.exec(text.slice(from));
  if (!found) return text;
  const at = from + found.index;
  return text.slice(0, at) + (typeof by === 'string' ? by : by(found[0])) + text.slice(at + found[0].length);
}

function fillerText(word: string, lines: number): string {
  const line = `${word} two countries ${word} ${word} military ${word} `.repeat(5).trim();
  return `Filler\n\n${Array.from({ length: lines }, () => line).join('\n\n')}\n`;
}
