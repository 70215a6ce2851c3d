// RFC 4180 CSV: comma-separated fields, records ended by CRLF or LF, fields in double quotes may
// hold commas, line breaks and doubled quotes (""). A final line break does not start a record.

interface Cursor {
  text: string;
  at: number;
}

/** Reads a quoted field starting at the opening quote; leaves the cursor after the closing quote. */
function quotedField(cursor: Cursor): string {
  let value = '';
  cursor.at++;
  while (cursor.at < cursor.text.length) {
    const closing = cursor.text.indexOf('"', cursor.at);
    if (closing < 0) break;
    value += cursor.text.slice(cursor.at, closing);
    cursor.at = closing + 1;
    if (cursor.text[cursor.at] !== '"') return value;
    value += '"';
    cursor.at++;
  }
  // An unterminated quote runs to the end of the text.
  value += cursor.text.slice(cursor.at);
  cursor.at = cursor.text.length;
  return value;
}

/** Reads a field up to the next comma or line break (text after a closing quote included). */
function plainField(cursor: Cursor): string {
  const start = cursor.at;
  while (cursor.at < cursor.text.length && !',\r\n'.includes(cursor.text[cursor.at])) cursor.at++;
  return cursor.text.slice(start, cursor.at);
}

function field(cursor: Cursor): string {
  const value = cursor.text[cursor.at] === '"' ? quotedField(cursor) : '';
  return value + plainField(cursor);
}

/** Consumes the separator after a field; true when it ended the record. */
function endsRecord(cursor: Cursor): boolean {
  const separator = cursor.text[cursor.at];
  if (separator === ',') {
    cursor.at++;
    return false;
  }
  cursor.at += cursor.text.startsWith('\r\n', cursor.at) ? 2 : 1;
  return true;
}

/** The records of a CSV text, each a list of field values. A leading byte-order mark is ignored. */
export function parseCsv(text: string): string[][] {
  const cursor: Cursor = { text: text.startsWith('\uFEFF') ? text.slice(1) : text, at: 0 };
  const records: string[][] = [];
  let record: string[] = [];
  while (cursor.at < cursor.text.length) {
    record.push(field(cursor));
    const ended = endsRecord(cursor);
    const atEnd = cursor.at >= cursor.text.length;
    if (!ended && atEnd) record.push(''); // "a,b," ends with an empty field
    if (ended || atEnd) {
      records.push(record);
      record = [];
    }
  }
  return records;
}
