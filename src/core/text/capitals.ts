// Whether a word starts with a capital letter, asked of nearly every word by several checks.

const CAPITAL = /^\p{Lu}/u;

/** /^\p{Lu}/u, without a regular expression for the ASCII letters that most words start with. */
export function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text);
}
