/** How a count reads in Vietnamese, on screen and in the CLI alike: 3694 → "3.694". */
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
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
