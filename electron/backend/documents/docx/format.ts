/**
 * The small texts of Decree 30 whose spelling is a rule: the number line, the place-and-date line,
 * and the punctuation that ends list items, legal bases and the last article.
 */
import { padNumber } from '../../../../shared/documents/numbers';
import { pad2 } from '../../../../shared/vi/text';

/** The space left for the clerk to write the number by hand on the copy printed for signing. */
export const BLANK_NUMBER = ' '.repeat(8);
/** The space left for the day and the month on the copy printed for signing. */
export const BLANK_DAY_MONTH = ' '.repeat(6);

/** "Số: 07/QĐ-UBND"; "Số:        /QĐ-UBND" when the number is not given yet. */
export function numberLine(number: number | null, symbol: string): string {
  const digits = number === null ? BLANK_NUMBER : padNumber(number);
  return `Số: ${digits}/${symbol.trim()}`;
}

/** The month as Decree 30 writes it in a date: 01 and 02 padded, the others not ("tháng 6"). */
export function monthText(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

export interface DayMonthYear {
  day: number;
  month: number;
  year: number;
}

export function parseIsoDate(iso: string): DayMonthYear {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (match === null) throw new Error(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "ngày 05 tháng 02 năm 2026", "ngày 29 tháng 6 năm 2026"; blank day and month without a date. */
export function dateWords(iso: string | null, year: number): string {
  if (iso === null) return `ngày${BLANK_DAY_MONTH}tháng${BLANK_DAY_MONTH}năm ${year}`;
  const date = parseIsoDate(iso);
  return `ngày ${pad2(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;
}

/** "Đông Sơn, ngày 05 tháng 02 năm 2026". */
export function dateLine(place: string, iso: string | null, year: number): string {
  return `${place.trim()}, ${dateWords(iso, year)}`;
}

/** The text without the punctuation an officer may have typed at its end. */
export function withoutEnding(text: string): string {
  return text
    .trim()
    .replace(/(?:\s*(?:\.\/\.|[.;,:]))+$/u, '')
    .trimEnd();
}

/** A list whose items end with ";" and whose last item ends with "." (legal bases, recipients). */
export function endList(items: readonly string[]): string[] {
  return items.map((item, i) => `${withoutEnding(item)}${i === items.length - 1 ? '.' : ';'}`);
}

/** A recipient line: "- Như Điều 4;" (the dash added once, whatever was typed). */
export function dashItems(items: readonly string[]): string[] {
  return endList(items.map((item) => item.trim().replace(/^[-–—•]\s*/u, ''))).map((item) => `- ${item}`);
}

/** One sentence that ends with "." ("Theo đề nghị của …."). */
export function endSentence(text: string): string {
  return `${withoutEnding(text)}.`;
}

/** The last paragraph of the body: ends with "./.". */
export function endDocument(text: string): string {
  return `${withoutEnding(text)}./.`;
}
