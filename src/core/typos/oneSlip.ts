// The words one typing slip away from a word: a letter doubled or added ("counterrpart"), a letter
// left out ("goverment"), two letters swapped ("recieve"), one letter struck for another
// ("definately"). Only inside the word: a slip at its first or last letter is too often another
// word or an inflection ("cyberattacks" is no slip of "cyberattack").

export type SlipKind = 'added' | 'dropped' | 'swapped' | 'replaced';

export interface Slip {
  /** The word as it should read. */
  intended: string;
  kind: SlipKind;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The words `isWord` accepts that one slip inside `written` would have given; each once, with its first slip. */
export function slipsOf(written: string, isWord: (word: string) => boolean): Slip[] {
  const found = new Map<string, SlipKind>();
  const offer = (intended: string, kind: SlipKind) => {
    if (intended !== written && !found.has(intended) && isWord(intended)) found.set(intended, kind);
  };
  const last = written.length - 1;
  for (let i = 1; i < last; i++) offer(written.slice(0, i) + written.slice(i + 1), 'added');
  for (let i = 1; i <= last; i++) for (const c of LETTERS) offer(written.slice(0, i) + c + written.slice(i), 'dropped');
  for (let i = 1; i + 1 < last; i++) offer(written.slice(0, i) + written[i + 1] + written[i] + written.slice(i + 2), 'swapped');
  for (let i = 1; i < last; i++) for (const c of LETTERS) offer(written.slice(0, i) + c + written.slice(i + 1), 'replaced');
  return [...found].map(([intended, kind]) => ({ intended, kind }));
}
