/**
 * Dates a people list gives for its memberships: a "Ngày bắt đầu" cell on a row, or the decision
 * date in the title ("… kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022 của UBND xã …").
 */
import { isIsoDate, viToIso } from '../../../shared/vi/dates';
import { cleanText, foldVi } from '../../../shared/vi/text';
import type { CellRaw, SheetGrid } from './sheet-grid';

export interface CellDate {
  date: string | null;
  /** Set when the cell has something that is not a date. */
  problem?: string;
}

function isoFromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Excel counts a 29 February 1900 that never was: from day 61 (1900-03-01) on, day 0 is 1899-12-30. */
const excelEpoch = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

/** An Excel serial day (46086 = 2026-03-05) → ISO, for whole days from 1900-03-01 to 9999-12-31. */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2_958_465) return null;
  return isoFromUtc(new Date(excelEpoch + serial * dayMs));
}

/**
 * "05/9/2022", "5-9-2022", "05.09.2022", "2022-09-05" or an Excel date cell → ISO. A bare number
 * is a date only where the column can hold nothing else (`serials`: a "Ngày" column whose cell
 * lost its date format); elsewhere it is not guessed.
 */
export function parseDateCell(raw: CellRaw, options: { serials?: boolean } = {}): CellDate {
  if (raw === null) return { date: null };
  if (typeof raw === 'number' && options.serials === true) {
    const date = excelSerialDate(raw);
    if (date !== null) return { date };
  }
  // exceljs gives date cells as Date at midnight UTC of the day shown.
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime())
      ? { date: null, problem: 'ô ngày bị hỏng' }
      : { date: isoFromUtc(raw) };
  }
  const text = cleanText(String(raw));
  if (text === '') return { date: null };
  if (isIsoDate(text)) return { date: text };
  const vi = viToIso(text.replace(/[.-]/gu, '/'));
  if (vi !== null) return { date: vi };
  return { date: null, problem: `không hiểu ngày «${text}» (cần dạng ngày/tháng/năm, ví dụ 05/09/2022)` };
}

export interface TitleDate {
  date: string;
  /** The words the date was read from, as the sheet writes them. */
  text: string;
}

const dayMonthYear = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
const wordsDate = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const decisionWords = /quyết định(\s+số\s+[\p{L}\p{N}/.-]+)?/iu;

function dateIn(text: string): { iso: string; end: number } | null {
  for (const pattern of [dayMonthYear, wordsDate]) {
    const m = pattern.exec(text);
    if (m === null) continue;
    const iso = viToIso(`${m[1]}/${m[2]}/${m[3]}`);
    if (iso !== null) return { iso, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The date of the decision a list is attached to, from the rows above its header. Only a date
 * that follows the words "Quyết định": the date line of the office ("Đông Sơn, ngày 10 tháng 10
 * năm 2022") is when the list was written, not when the members started.
 */
export function titleDecisionDate(grid: SheetGrid, headerRow: number): TitleDate | null {
  for (let row = 1; row < headerRow; row += 1) {
    for (let col = 1; col <= grid.colCount; col += 1) {
      const text = cleanText(grid.own(row, col).text);
      if (!foldVi(text).includes('quyet dinh')) continue;
      const decision = decisionWords.exec(text);
      if (decision === null) continue;
      const after = text.slice(decision.index);
      const found = dateIn(after);
      if (found === null) continue;
      return { date: found.iso, text: after.slice(0, found.end).trim() };
    }
  }
  return null;
}
