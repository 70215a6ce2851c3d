// Capitalised multiword names around a word. An official name keeps its own spelling ("Vietnam-
// Russia Tropical Centre", "US Department of Defense"), so a British or American spelling inside
// one is compared only with the same name elsewhere, never with the plain word.
import type { AnalyzedDocument } from '../engine/analyzedDocument';
import type { Token } from '../text/tokens';
import { isStopWord } from '../text/stopWords';
import { isWhiteSpace } from '../text/whiteSpace';
import { startsWithCapital } from '../text/capitals';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/calendar';

// Lower-case words that may stand inside a name ("Ministry of Defence"); "and", "for" join two names
// ("Vietnam and Russia", "Russia for Viet Nam").
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'on', 'de', 'du', 'la', 'del', 'des']);
const TITLE_CASE_SHARE = 0.8;
/** A name does not run on over "on" into a date: "Ha Noi on November 18" names Ha Noi. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES]);
const SPACE = 32;

/** The names of one document; whether a headline is In Title Case is worked out once per block. */
export class NameRuns {
  private readonly titleCase: (boolean | undefined)[] = [];
  private readonly lastRun = { from: -1, to: -2 };

  /** The document's words, asked for once: a document makes them anew when asked. */
  constructor(private readonly doc: AnalyzedDocument, private readonly tokens: readonly Token[]) {}

  /**
   * The tokens (first and last index) of the capitalised name that holds tokens first..last, when
   * that name is longer than them; undefined when the word stands alone (or in a headline where
   * every word is capitalised).
   */
  enclosingName(first: number, last: number): { from: number; to: number } | undefined {
    const tokens = this.tokens;
    if (!startsWithCapital(tokens[first].text) || this.isTitleCaseBlock(tokens[first].block)) return undefined;
    const run = this.runAround(first, last);
    let from = run.from;
    while (from < first && isStopWord(tokens[from].text, 0, tokens[from].text.length)) from++;
    return from < first || run.to > last ? { from, to: run.to } : undefined;
  }

  /**
   * The whole run of capitalised words (and connectors) through tokens first..last, first being
   * capitalised. Each word of a name asks in turn: a capitalised word inside the last run found
   * is in that run (the steps between its words go both ways), so the run is walked once.
   */
  private runAround(first: number, last: number): { from: number; to: number } {
    const run = this.lastRun;
    if (first >= run.from && last <= run.to) return run;
    let from = first;
    let to = last;
    for (let step = this.stepAlong(from, -1); step; step = this.stepAlong(from, -1)) from -= step;
    for (let step = this.stepAlong(to, 1); step; step = this.stepAlong(to, 1)) to += step;
    run.from = from;
    run.to = to;
    return run;
  }

  /** How many tokens the name extends by from token i in direction dir: 1, 2 (over a connector) or 0. */
  private stepAlong(i: number, dir: 1 | -1): number {
    const next = this.tokens[i + dir];
    if (!next || !this.touching(i, i + dir)) return 0;
    if (startsWithCapital(next.text)) return 1;
    const after = this.tokens[i + 2 * dir];
    if (CONNECTORS.has(next.text) && after && this.touching(i + dir, i + 2 * dir) && startsWithCapital(after.text) && !CALENDAR_WORDS.has(after.text)) return 2;
    return 0;
  }

  /** Whether two neighbouring tokens are in one block with only white space between them. */
  private touching(i: number, j: number): boolean {
    const a = this.tokens[Math.min(i, j)];
    const b = this.tokens[Math.max(i, j)];
    if (a.block !== b.block) return false;
    const from = a.blockStart + a.text.length;
    if (from >= b.blockStart) return false;
    const text = this.doc.article.blocks[a.block].text;
    if (b.blockStart === from + 1 && text.charCodeAt(from) === SPACE) return true;
    let at = from;
    while (at < b.blockStart && isWhiteSpace(text.charCodeAt(at))) at++;
    return at === b.blockStart;
  }

  /** A headline In Title Case says nothing about which words are names. */
  private isTitleCaseBlock(blockIndex: number): boolean {
    return (this.titleCase[blockIndex] ??= isTitleCase(this.doc.article.blocks[blockIndex]));
  }
}

function isTitleCase(block: { kind: string; text: string }): boolean {
  if (block.kind !== 'headline') return false;
  const words = block.text.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter(startsWithCapital).length;
  return words.length >= 3 && capitalised / words.length >= TITLE_CASE_SHARE;
}
