import { wordsWithOffsets } from './tokens';

// English function words: their density separates running prose from menus, tags and teaser
// headlines (the jusText observation), and they are never names.
export const STOP_WORDS: ReadonlySet<string> = new Set((
  'a about above after again against all also am an and any are as at be because been before being ' +
  'below between both but by can could did do does doing down during each few for from further had has ' +
  'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
  'most my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
  'should so some such than that the their theirs them themselves then there these they this those ' +
  'through to too under until up very was we were what when where which while who whom why will with ' +
  'would you your yours yourself yourselves said says while amid among within without upon across ' +
  'toward towards since per via its it\'s'
).split(' '));

export function wordsOf(text: string): string[] {
  return wordsWithOffsets(text).map(([from, to]) => text.slice(from, to));
}

/** Share of the words in `text` that are function words (0 when there are none). */
export function stopWordDensity(words: readonly string[]): number {
  if (!words.length) return 0;
  let count = 0;
  for (const w of words) if (STOP_WORDS.has(w.toLowerCase())) count++;
  return count / words.length;
}
