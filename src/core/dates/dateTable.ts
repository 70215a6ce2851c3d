// A document's date expressions packed as numbers, FIELDS to an expression in one array (of 16-bit
// numbers unless a block is longer than 32,767 characters), and made into objects again when read.
// Ten thousand articles hold seventy thousand expressions; as objects (an expression, its date,
// weekday, readings and spans) they cost 50 MB kept, as numbers 4.
// Texts are not kept: each is the stretch of its block's text between its offsets.
import type { DayMonth } from './calendar';
import { DATE_ORDERS, type DateExpression, type WrittenDate, type WrittenWeekday } from './writtenDate';

/** An expression of a document and the sentence it stands in; offsets inside the block's text. */
export interface PlacedExpression {
  sentence: number;
  expression: DateExpression;
}

const FORMS: readonly WrittenDate['form'][] = ['spelled', 'numeric', 'year-first'];
const NUMERIC = FORMS.indexOf('numeric');
const QUALIFIERS: readonly NonNullable<WrittenWeekday['qualifier']>[] = ['last', 'next', 'this'];

/** Every stored number is at least 0 (offsets, days, months, years, codes): -1 stands for none. */
const NONE = -1;

// Where each number stands among an expression's FIELDS. A day and month are one number.
const SENTENCE = 0;
const START = 1;
const END = 2;
const DATE_START = 3;
const DATE_END = 4;
const FORM = 5;
const YEAR = 6;
const FIXED = 7;
const DMY = 8;
const MDY = 9;
const RANGE_END = 10;
const SPELLED_ORDER = 11;
const WEEKDAY_START = 12;
const WEEKDAY_END = 13;
const WEEKDAY = 14;
const QUALIFIER = 15;
const FIELDS = 16;

const INT16_MAX = 0x7fff;

/** Days are below 32: a day and month in one number are day + 32 × month. */
const MONTH_UNIT = 32;

export class DateTable {
  private constructor(private readonly numbers: Int16Array | Int32Array) {}

  static readonly EMPTY = new DateTable(new Int16Array(0));

  /** Expressions in document order: by sentence, then by start. */
  static of(placed: readonly PlacedExpression[]): DateTable {
    if (!placed.length) return DateTable.EMPTY;
    const values = new Int32Array(placed.length * FIELDS).fill(NONE);
    placed.forEach((p, index) => write(values, index * FIELDS, p));
    return new DateTable(values.every((value) => value <= INT16_MAX) ? Int16Array.from(values) : values);
  }

  /**
   * A table made by another thread, from its `values`: what a table is made of, and all a message
   * needs to carry (see analysisMessage.ts).
   */
  static ofValues(values: Int16Array | Int32Array): DateTable {
    return values.length ? new DateTable(values) : DateTable.EMPTY;
  }

  /** The numbers the table is made of (read them, do not change them). */
  get values(): Int16Array | Int32Array {
    return this.numbers;
  }

  get count(): number {
    return this.numbers.length / FIELDS;
  }

  /** Index into `AnalyzedDocument.sentences` of expression `index`. */
  sentence(index: number): number {
    return this.numbers[index * FIELDS + SENTENCE];
  }

  /** Where expression `index` starts in its block's text. */
  start(index: number): number {
    return this.numbers[index * FIELDS + START];
  }

  end(index: number): number {
    return this.numbers[index * FIELDS + END];
  }

  isNumeric(index: number): boolean {
    return this.numbers[index * FIELDS + FORM] === NUMERIC;
  }

  /** Whether some expression has a numeric date ("9/12"): most documents have none. */
  hasNumericDate(): boolean {
    for (let index = 0; index < this.count; index++) if (this.isNumeric(index)) return true;
    return false;
  }

  /** A date written with its weekday ("Tuesday, December 9"). */
  hasDateAndWeekday(index: number): boolean {
    return this.numbers[index * FIELDS + DATE_START] !== NONE && this.numbers[index * FIELDS + WEEKDAY_START] !== NONE;
  }

  /** The sentences that hold an expression, ascending, each once. */
  sentences(): number[] {
    const out: number[] = [];
    for (let index = 0; index < this.count; index++) {
      const sentence = this.sentence(index);
      if (out[out.length - 1] !== sentence) out.push(sentence);
    }
    return out;
  }

  /** The first expression in sentence `sentence` or after it (`count` when none is). */
  firstFrom(sentence: number): number {
    let [low, high] = [0, this.count];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sentence(middle) < sentence) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Expression `index` as the finder gave it, its texts read from `blockText`. */
  expression(index: number, blockText: string): DateExpression {
    const [values, at] = [this.numbers, index * FIELDS];
    const out: DateExpression = { start: values[at + START], end: values[at + END], text: blockText.slice(values[at + START], values[at + END]) };
    if (values[at + DATE_START] !== NONE) out.date = readDate(values, at, blockText);
    if (values[at + WEEKDAY_START] !== NONE) out.weekday = readWeekday(values, at, blockText);
    return out;
  }
}

function write(values: Int32Array, at: number, { sentence, expression }: PlacedExpression): void {
  values[at + SENTENCE] = sentence;
  values[at + START] = expression.start;
  values[at + END] = expression.end;
  const { date, weekday } = expression;
  if (date) {
    values[at + DATE_START] = date.start;
    values[at + DATE_END] = date.end;
    values[at + FORM] = FORMS.indexOf(date.form);
    values[at + YEAR] = date.year ?? NONE;
    values[at + FIXED] = packedDay(date.fixed);
    values[at + DMY] = packedDay(date.readings?.DMY);
    values[at + MDY] = packedDay(date.readings?.MDY);
    values[at + RANGE_END] = date.rangeEnd ?? NONE;
    values[at + SPELLED_ORDER] = date.spelledOrder ? DATE_ORDERS.indexOf(date.spelledOrder) : NONE;
  }
  if (weekday) {
    values[at + WEEKDAY_START] = weekday.start;
    values[at + WEEKDAY_END] = weekday.end;
    values[at + WEEKDAY] = weekday.weekday;
    values[at + QUALIFIER] = weekday.qualifier ? QUALIFIERS.indexOf(weekday.qualifier) : NONE;
  }
}

/**
 * Built property by property in one order, with a fresh object for each day and month. A numeric
 * date without a year has no `year` (its finder writes one that is undefined).
 */
function readDate(values: Int16Array | Int32Array, at: number, blockText: string): WrittenDate {
  const [start, end] = [values[at + DATE_START], values[at + DATE_END]];
  const out: WrittenDate = { start, end, text: blockText.slice(start, end), form: FORMS[values[at + FORM]] };
  if (values[at + FIXED] !== NONE) out.fixed = unpackedDay(values[at + FIXED]);
  if (values[at + SPELLED_ORDER] !== NONE) out.spelledOrder = DATE_ORDERS[values[at + SPELLED_ORDER]];
  if (values[at + YEAR] !== NONE) out.year = values[at + YEAR];
  if (values[at + RANGE_END] !== NONE) out.rangeEnd = values[at + RANGE_END];
  if (out.form === 'numeric') out.readings = readings(values[at + DMY], values[at + MDY]);
  return out;
}

function readings(dmy: number, mdy: number): WrittenDate['readings'] {
  const out: WrittenDate['readings'] = {};
  if (dmy !== NONE) out.DMY = unpackedDay(dmy);
  if (mdy !== NONE) out.MDY = unpackedDay(mdy);
  return out;
}

function readWeekday(values: Int16Array | Int32Array, at: number, blockText: string): WrittenWeekday {
  const [start, end] = [values[at + WEEKDAY_START], values[at + WEEKDAY_END]];
  const out: WrittenWeekday = { start, end, text: blockText.slice(start, end), weekday: values[at + WEEKDAY] };
  if (values[at + QUALIFIER] !== NONE) out.qualifier = QUALIFIERS[values[at + QUALIFIER]];
  return out;
}

function packedDay(date: DayMonth | undefined): number {
  return date ? date.day + MONTH_UNIT * date.month : NONE;
}

function unpackedDay(packed: number): DayMonth {
  return { day: packed % MONTH_UNIT, month: Math.floor(packed / MONTH_UNIT) };
}
