// File names and article text are untrusted: control and bidi characters could move the
// terminal's cursor, recolour it or forge lines, so they are shown escaped.
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Escapes each line of a multi-line output, keeping the line breaks that separate them. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
