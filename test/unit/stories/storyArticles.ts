// Small generated corpora for the story-grouping tests: several stories, each told by a few
// versions that share some of the story's names and numbers (from most to few: close and loose
// paraphrases), a few subjects' words shared by several stories, and a common newsroom vocabulary.
import type { SourceDocument } from '../../../src/core/types';
import { random } from '../random';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'zu', 'bel', 'dor', 'fin', 'gra', 'hol', 'jun', 'mar', 'nel', 'pra', 'sol', 'tir', 'ul', 'wen'];

export function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)];
}

/** A made-up word, capitalised like a name when asked. */
export function madeUpWord(next: () => number, name = false): string {
  const word = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES, next)).join('');
  return name ? word[0].toUpperCase() + word.slice(1) : word;
}

const FUNCTION_WORDS = ['the', 'of', 'and', 'said', 'in', 'to', 'for', 'on', 'with', 'at'];

/** Content words glued with function words, so the extractor reads prose rather than page furniture. */
function sentence(words: readonly string[]): string {
  const text = words.map((w, k) => (k ? `${FUNCTION_WORDS[(k * 7 + w.length) % FUNCTION_WORDS.length]} ${w}` : w)).join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

export interface StoryPlan {
  words: string[];
  /** Words of the story's subject, which a few other stories use too. */
  subject: string[];
  day: number;
}

/** A version of a story: some of its words, of its subject's, common ones, and a few of its own. */
export function version(story: StoryPlan, common: readonly string[], next: () => number, dayOffset = 0): string {
  const faithful = 0.2 + 0.5 * next();
  const word = () => {
    const choice = next();
    if (choice < faithful) return pick(story.words, next);
    if (choice < faithful + 0.2) return pick(story.subject, next);
    return choice < faithful + 0.45 ? pick(common, next) : madeUpWord(next);
  };
  const paragraph = () => Array.from({ length: 2 }, () => sentence(Array.from({ length: 8 + Math.floor(next() * 6) }, word))).join(' ');
  const date = new Date(Date.UTC(2024, 0, 1 + story.day + dayOffset)).toISOString().slice(0, 10);
  const headline = sentence(Array.from({ length: 4 }, () => pick(story.words, next))).slice(0, -1);
  return `---\ndate: ${date}\n---\n# ${headline}\n\n${paragraph()}\n\n${paragraph()}\n\n${paragraph()}\n`;
}

function storyPlans(count: number, next: () => number): StoryPlan[] {
  const subjects = Array.from({ length: Math.ceil(count / 3) }, () => Array.from({ length: 8 }, () => madeUpWord(next)));
  return Array.from({ length: count }, (_, i) => ({
    words: Array.from({ length: 12 }, (_, k) => (k < 8 ? madeUpWord(next, true) : String(10 + Math.floor(next() * 900)))),
    subject: pick(subjects, next),
    day: i * 3,
  }));
}

/** `stories` stories of one to four versions; one version in ten is published weeks after the others. */
export function generatedArticles(stories: number, seed: number): SourceDocument[] {
  const next = random(seed);
  const common = Array.from({ length: 60 }, () => madeUpWord(next));
  const documents: SourceDocument[] = [];
  storyPlans(stories, next).forEach((story, s) => {
    const versions = 1 + Math.floor(next() * 4);
    for (let v = 0; v < versions; v++) {
      const late = next() < 0.1 ? 30 : 0;
      documents.push({ path: `story${String(s).padStart(2, '0')}-v${v}.md`, text: version(story, common, next, late) });
    }
  });
  return documents;
}
