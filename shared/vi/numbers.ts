/** How a count reads in Vietnamese, on screen and in the CLI alike: 3694 → "3.694". */
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
}

const decimals = [0, 1, 2, 3].map(
  (digits) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }),
);

/** A number with up to `digits` decimals, comma first: 69.85 → "69,85", 1200.5 → "1.200,5". */
export function formatDecimal(n: number, digits = 2): string {
  return (decimals[digits] ?? new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits })).format(n);
}

/**
 * A count inside an administrative sentence: below 10 with a leading zero, as Decree-30 documents
 * write numbers of units and sessions ("01 Tổ", "04 buổi"); from 10 on grouped ("1.064").
 */
export function formatCountInText(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : formatDecimal(n);
}

const thousands = /^-?\d{1,3}(?:\.\d{3})+$/u;
const plain = /^-?\d+(?:[.,]\d+)?$/u;

/**
 * A number as an officer types it, in a sheet cell or on the command line: "12", "-3", "1.200"
 * (a dot before groups of three digits separates thousands, as Vietnamese writes them), "2,5" or
 * "2.5" (a decimal). Spaces are ignored ("1 200"). Null when it is not a number at all; whether
 * the value is allowed (negative, fractional) is the caller's schema's question.
 */
export function parseTypedNumber(text: string): number | null {
  const value = text.replace(/\s+/gu, '');
  if (thousands.test(value)) return Number(value.replace(/\./gu, ''));
  if (plain.test(value)) return Number(value.replace(',', '.'));
  return null;
}
