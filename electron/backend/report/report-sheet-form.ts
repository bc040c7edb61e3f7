/**
 * The frame of every sheet of the report's workbook: the header rows of a Vietnamese reporting
 * form above the table (the issuing unit top-left, the title centred and bold, the table's
 * caption, the period), the table's bold bordered header, number formats, formulas that carry
 * their result, row heights for wrapped text, and the print setup.
 */
import type ExcelJS from 'exceljs';
import type { ReportPeriod } from '../../../shared/contract/report-types';
import { upperVi } from '../../../shared/vi/text';
import { excelCellText } from '../spreadsheets/cell-text';
import { periodLine } from './report-period-line';
import {
  bannerRow,
  headerRow,
  printSetup,
  setColumns,
  sheetName,
  type ColumnSpec,
} from '../spreadsheets/sheet-style';

/** What the report's header says, printed on every sheet. */
export interface ReportWorkbookHeader {
  /**
   * The body the issuing unit belongs to, above it and not bold, as on the report's first page:
   * "UBND TỈNH QUẢNG NGÃI" above a department; none for a commune's People's Committee.
   */
  supervisingBody?: string | null;
  /** The issuing unit as the report's top-left prints it, a line each: ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN"]. */
  unitLines: readonly string[];
  /** The report's title after "BÁO CÁO": "Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 3 năm 2026". */
  title: string;
  /**
   * Which report the sheets go with, once it has a number:
   * "(Kèm theo Báo cáo số 15/BC-UBND ngày 16/3/2026 của Ủy ban nhân dân xã Đông Sơn)".
   */
  attachedTo?: string | null;
}

/**
 * Counts with their thousands grouped. The language tag [$-42A] (Vietnamese) makes LibreOffice
 * write 1.064 and 23,17 %; Excel takes the separators from Windows' regional settings either way.
 */
export const COUNT_FORMAT = '[$-42A]#,##0';
const DECIMAL_FORMAT = '[$-42A]#,##0.0#';
export const PERCENT_FORMAT = '[$-42A]0.00%';

/** The format of one number: grouped, with decimals only when it has some (hours: 7; 7,5). */
export function numberFormat(value: number): string {
  return Number.isInteger(value) ? COUNT_FORMAT : DECIMAL_FORMAT;
}

/** SUM over a column's rows, with the result the figures give (a viewer that does not recalculate shows it). */
export function sumFormula(
  column: string,
  from: number,
  to: number,
  result: number,
): ExcelJS.CellFormulaValue {
  return { formula: `SUM(${column}${from}:${column}${to})`, result };
}

/**
 * The share of the year's target reached, rounded as the figures round it (two decimals of a
 * percent, so the sheet shows what the .docx prints), with the figures' percent as its result:
 * empty without a target, as the figures leave it.
 */
export function percentFormula(
  cumulative: string,
  target: string,
  line: { percent: number | null },
): ExcelJS.CellFormulaValue {
  const result = line.percent === null ? '' : Math.round(line.percent * 100) / 10_000;
  return { formula: `IF(${target}>0,ROUND(${cumulative}/${target},4),"")`, result };
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const LINE_PT = 15.6;

/**
 * How many lines a text takes in a column of `width` characters, Times New Roman: about 1.3
 * characters per unit of width at 12 pt as LibreOffice prints it (counted 1.15: wrapping at
 * spaces loses some of each line), fewer when larger, bold or in capitals. An estimate on the safe side: Excel and LibreOffice do not
 * grow a row for wrapped text in merged cells, and Excel not always for the others.
 */
export function linesFor(text: string, width: number, font: { size?: number; bold?: boolean } = {}): number {
  const size = font.size ?? 12;
  const capitals = text === upperVi(text) && /\p{L}/u.test(text);
  const perLine = Math.max(
    1,
    Math.floor(width * 1.15 * (12 / size) * (font.bold === true ? 0.9 : 1) * (capitals ? 0.72 : 1)),
  );
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** The height of a row whose tallest cell takes `lines` lines at `size` pt. */
export function rowHeight(lines: number, size = 12): number {
  return Math.ceil(lines * LINE_PT * (size / 12) + 4);
}

/** A row as tall as the longest of its texts in their columns. */
export function fitRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  columns: readonly ColumnSpec[],
  bold = false,
): void {
  const lines = columns.reduce((most, spec, i) => {
    const value: unknown = sheet.getCell(row, i + 1).value;
    return typeof value === 'string' ? Math.max(most, linesFor(value, spec.width, { bold })) : most;
  }, 1);
  sheet.getRow(row).height = rowHeight(lines);
}

export interface FormSheetSpec {
  /** The sheet's tab name, made acceptable to Excel here. */
  name: string;
  /** The table's caption under the title: "Tổng hợp số liệu". */
  caption: string;
  orientation: 'portrait' | 'landscape';
  columns: readonly ColumnSpec[];
}

/**
 * The first columns whose width is nearest a third of the table's and wide enough for
 * "ỦY BAN NHÂN DÂN" on one line: where the unit's name is centred, as on the report's first page.
 */
const UNIT_BLOCK_MIN = 26;

function unitBlockWidth(columns: readonly ColumnSpec[]): number {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  let best = columns.length;
  let bestGap = Number.POSITIVE_INFINITY;
  let width = 0;
  columns.forEach((spec, i) => {
    width += spec.width;
    const gap = Math.abs(width - total / 3);
    if (width >= UNIT_BLOCK_MIN && gap < bestGap) [best, bestGap] = [i + 1, gap];
  });
  return best;
}

function bannerLine(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  columns: readonly ColumnSpec[],
  span: number,
  font: { size?: number; bold?: boolean; italic?: boolean },
): void {
  const value = excelCellText(text.normalize('NFC'));
  bannerRow(sheet, row, value, span, font);
  const width = columns.slice(0, span).reduce((sum, c) => sum + c.width, 0);
  sheet.getRow(row).height = rowHeight(linesFor(value, width, font), font.size ?? 12);
}

/**
 * A sheet with the form's header rows: the unit's lines top-left (under its supervising body), a blank row, the title in
 * capitals, the caption, the period (with "số liệu chưa chốt" while it is open), the report it
 * goes with, a blank row. Returns the sheet and the row where the table's header starts.
 */
export function startFormSheet(
  workbook: ExcelJS.Workbook,
  spec: FormSheetSpec,
  header: ReportWorkbookHeader,
  period: ReportPeriod,
): { sheet: ExcelJS.Worksheet; tableRow: number } {
  const sheet = workbook.addWorksheet(
    sheetName(
      spec.name,
      workbook.worksheets.map((s) => s.name),
    ),
  );
  const { columns } = spec;
  const width = columns.length;
  setColumns(sheet, columns);
  const unitSpan = unitBlockWidth(columns);
  let row = 1;
  const supervising = header.supervisingBody?.trim() ?? '';
  if (supervising !== '') {
    bannerLine(sheet, row, upperVi(supervising), columns, unitSpan, {});
    row += 1;
  }
  for (const line of header.unitLines) {
    bannerLine(sheet, row, line, columns, unitSpan, { bold: true });
    row += 1;
  }
  row += 1;
  bannerLine(sheet, row, upperVi(header.title), columns, width, { bold: true, size: 14 });
  bannerLine(sheet, row + 1, spec.caption, columns, width, { bold: true });
  bannerLine(sheet, row + 2, periodLine(period), columns, width, { italic: true });
  row += 3;
  const attachedTo = header.attachedTo?.trim() ?? '';
  if (attachedTo !== '') {
    bannerLine(sheet, row, attachedTo, columns, width, { italic: true });
    row += 1;
  }
  return { sheet, tableRow: row + 1 };
}

/** The table's header row: bold, wrapped, bordered, as tall as its longest heading. */
export function tableHeader(sheet: ExcelJS.Worksheet, row: number, columns: readonly ColumnSpec[]): void {
  headerRow(sheet, row, columns);
  fitRow(sheet, row, columns, true);
}

/** A note under the table, in italics across its width. */
export function noteRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  columns: readonly ColumnSpec[],
): void {
  bannerLine(sheet, row, text, columns, columns.length, { italic: true });
  sheet.getCell(row, 1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
}

/** Print on A4 in the sheet's orientation, the header rows repeated on each page and frozen on screen. */
export function finishFormSheet(
  sheet: ExcelJS.Worksheet,
  spec: FormSheetSpec,
  firstHeaderRow: number,
  lastHeaderRow: number,
): void {
  printSetup(sheet, lastHeaderRow, { orientation: spec.orientation, firstHeaderRow });
}
