// White space as /\s/ and String.prototype.trim read it, decided from a character code: scans over
// every line of the corpus make no one-character strings and run no expression for ASCII.
const SPACE = /\s/;

export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}
