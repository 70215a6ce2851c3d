// Figures written in digits: "75", "1,200,000", "1.6", and the European "1,5" and "1.200.000".

export interface Numeral {
  value: number;
  /** Digits after the decimal separator. */
  decimals: number;
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const EUROPEAN_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const DECIMAL_POINT = /^\d+\.\d+$/;
/** "1,5 million": one or two digits after a comma cannot be a thousands group. */
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/** The value of a numeral, or undefined for digit strings that are no single number ("1.2.3", "1,2345"). */
export function parseNumeral(text: string): Numeral | undefined {
  if (/^\d+$/.test(text)) return { value: Number(text), decimals: 0 };
  if (GROUPED.test(text)) return withDecimals(text.replace(/,/g, ''));
  if (DECIMAL_POINT.test(text)) return withDecimals(text);
  if (EUROPEAN_GROUPED.test(text)) return withDecimals(text.replace(/\./g, '').replace(',', '.'));
  if (DECIMAL_COMMA.test(text)) return withDecimals(text.replace(',', '.'));
  return undefined;
}

function withDecimals(plain: string): Numeral {
  const point = plain.indexOf('.');
  return { value: Number(plain), decimals: point < 0 ? 0 : plain.length - point - 1 };
}
