// Random edits of a corpus, as an editor and a file system make them: a word changed, borrowed
// from another story or respelt, a paragraph cut or grafted from another article, a new date,
// headline or lead day, a change of spacing only, an article deleted, restored or added.
import { madeUpWord, pick } from './storyArticles';

export type Documents = Map<string, string>;

const WORD = /[A-Za-z0-9]+/g;

function replaceWordAt(text: string, next: () => number, replacement: string): string {
  const body = text.indexOf('\n\n');
  const words = [...text.slice(body).matchAll(WORD)];
  if (!words.length) return text;
  const word = pick(words, next);
  const at = body + word.index;
  return text.slice(0, at) + replacement + text.slice(at + word[0].length);
}

function paragraphsOf(text: string): string[] {
  return text.split('\n\n');
}

const EDITS: Record<string, (text: string, next: () => number, other: string) => string> = {
  word: (text, next) => replaceWordAt(text, next, madeUpWord(next, true)),
  borrow: (text, next, other) => {
    const words = [...other.slice(other.indexOf('\n\n')).matchAll(WORD)];
    return words.length ? replaceWordAt(text, next, pick(words, next)[0]) : text;
  },
  cut: (text, next) => {
    const paragraphs = paragraphsOf(text);
    if (paragraphs.length > 2) paragraphs.splice(1 + Math.floor(next() * (paragraphs.length - 1)), 1);
    return paragraphs.join('\n\n');
  },
  graft: (text, next, other) => `${text.trimEnd()}\n\n${pick(paragraphsOf(other).slice(-3), next).trim()}\n`,
  redate: (text, next) => text.replace(/date: (\d{4})-(\d\d)-(\d\d)/, (_, y) => `date: ${y}-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 10)}`),
  retitle: (text, next) => text.replace(/^# (\S+)/m, () => `# ${madeUpWord(next, true)}`),
  // the day the lead gives (read by the StoryIndex tests' inputs): a week or more apart cuts weak links
  relead: (text, next) => {
    const line = `lead: ${Math.floor(next() * 365)}`;
    return /^lead: \d+$/m.test(text) ? text.replace(/^lead: \d+$/m, line) : text.replace(/^(date: .*)$/m, `$1\n${line}`);
  },
  space: (text) => text.replace(' ', '  '),
};

/** Applies one random change to `documents` (`removed` keeps deleted articles for restoring); returns what it did. */
export function randomEdit(documents: Documents, removed: Documents, next: () => number): string {
  const paths = [...documents.keys()];
  const path = pick(paths, next);
  const other = documents.get(pick(paths, next))!;
  const action = next();
  if (action < 0.04 && documents.size > 3) {
    removed.set(path, documents.get(path)!);
    documents.delete(path);
    return `delete ${path}`;
  }
  if (action < 0.08 && removed.size) {
    const [back, text] = [...removed][Math.floor(next() * removed.size)];
    removed.delete(back);
    documents.set(back, text);
    return `restore ${back}`;
  }
  if (action < 0.1) {
    const added = `added-${documents.size}-${Math.floor(next() * 1e6)}.md`;
    documents.set(added, EDITS.word(other, next, other));
    return `add ${added}`;
  }
  const name = pick(Object.keys(EDITS), next);
  documents.set(path, EDITS[name](documents.get(path)!, next, other));
  return `${name} ${path}`;
}
