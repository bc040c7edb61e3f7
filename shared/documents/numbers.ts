/**
 * The one home of document numbers as the register gives and prints them (Decree 30): a series
 * per year starting at 1, the next one after the largest ever given, written with at least two
 * digits before the symbol.
 */
import { pad2 } from '../vi/text';

/** "07": numbers below 10 take a leading zero. */
export function padNumber(n: number): string {
  return pad2(n);
}

/** "07/QĐ-UBND", or "      /QĐ-UBND" (blank number) on the copy for signing. */
export function numberText(number: number | null, symbol: string): string {
  return number === null ? `      /${symbol}` : `${padNumber(number)}/${symbol}`;
}

/** The number the register gives next: one more than the largest ever given that year (cancelled too). */
export function nextNumberAfter(largest: number | null | undefined): number {
  return (largest ?? 0) + 1;
}

/** The next number of a year's register entries. */
export function nextNumber(register: readonly { number: number | null }[]): number {
  return nextNumberAfter(register.reduce((max, d) => Math.max(max, d.number ?? 0), 0));
}
