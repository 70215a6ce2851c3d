// The matches of a case-insensitive pattern whose word is capitalised, found by trying the pattern
// only where a case-sensitive scan finds such a word starting ("December", "Tuesday"). Scanning
// every place of every sentence with an `iu` alternation cost most of the date search, and the
// lower-case matches it also found ("may 5", "last monday") were all dropped.

/** Where a match may start before its capitalised word: there, or earlier ("last" of "last Monday"). */
export type EarlierStart = (text: string, word: number) => number;

/**
 * The matches of `pattern` (sticky) whose word starts where `starts` (global) finds one, as a scan
 * of the whole text finds them. That holds when a match contains no other such word, so that the
 * matches left out never cover one of these: true of month names beside days, and of weekdays.
 */
export function capitalisedMatches(text: string, starts: RegExp, pattern: RegExp, earlier?: EarlierStart): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  starts.lastIndex = 0;
  for (let word = starts.exec(text); word; word = starts.exec(text)) {
    const before = earlier ? earlier(text, word.index) : word.index;
    const m = (before < word.index && before >= end ? matchAt(pattern, text, before) : null) ?? matchAt(pattern, text, word.index);
    if (m) {
      out.push(m);
      end = m.index + m[0].length;
    }
    starts.lastIndex = m ? end : word.index + 1;
  }
  return out;
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
