/**
 * The look every sheet the application writes shares: Times New Roman as in administrative
 * documents, a bordered table with a bold header, A4 print setup, phone numbers kept as text.
 */
import ExcelJS from 'exceljs';
import { splitUnitName } from '../../../shared/domain/profile';
import { upperVi } from '../../../shared/vi/text';
import { excelCellText } from './cell-text';

const fontName = 'Times New Roman';
const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export interface ColumnSpec {
  header: string;
  width: number;
  /** Text columns keep what is typed ("0912…" keeps its zero); '@' is Excel's text format. */
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
}

/** "Xã Đông Sơn" → "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"; a name that already is the body's is kept. */
export function issuerLine(communeOrIssuer: string | null | undefined): string {
  const name = (communeOrIssuer ?? '').normalize('NFC').trim();
  if (name === '') return 'ỦY BAN NHÂN DÂN XÃ ……………';
  if (/^(ủy|uỷ) ban|^ubnd/iu.test(name)) return upperVi(name);
  const { generic, proper } = splitUnitName(name);
  return upperVi(`Ủy ban nhân dân ${generic} ${proper}`);
}

export function setColumns(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec[]): void {
  columns.forEach((spec, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = spec.width;
    column.font = { name: fontName, size: 12 };
    if (spec.numFmt !== undefined) column.numFmt = spec.numFmt;
  });
}

/** A line of text across the table's width: titles, captions, totals. */
export function bannerRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  width: number,
  font: Partial<ExcelJS.Font> = {},
  fromCol = 1,
): void {
  const cell = sheet.getCell(row, fromCol);
  cell.value = text;
  cell.font = { name: fontName, size: 12, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (width > 1) sheet.mergeCells(row, fromCol, row, fromCol + width - 1);
}

export function headerRow(sheet: ExcelJS.Worksheet, row: number, columns: readonly ColumnSpec[]): void {
  const excelRow = sheet.getRow(row);
  excelRow.height = 36;
  columns.forEach((spec, i) => {
    const cell = excelRow.getCell(i + 1);
    cell.value = spec.header;
    cell.font = { name: fontName, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = allBorders;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
}

/** A formula keeps its result beside it, so viewers that do not recalculate show the number. */
export type CellInput = string | number | null | ExcelJS.CellFormulaValue;

/** One bordered table row; null cells stay empty (not ""), so a reader sees them as empty. */
export function dataRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  columns: readonly ColumnSpec[],
  values: readonly CellInput[],
  font: Partial<ExcelJS.Font> = {},
): void {
  const excelRow = sheet.getRow(row);
  columns.forEach((spec, i) => {
    const cell = excelRow.getCell(i + 1);
    const value = values[i] ?? null;
    if (value !== null && value !== '') cell.value = typeof value === 'string' ? excelCellText(value) : value;
    cell.font = { name: fontName, size: 12, ...font };
    cell.border = allBorders;
    cell.alignment = { horizontal: spec.align ?? 'left', vertical: 'middle', wrapText: true };
    if (spec.numFmt !== undefined) cell.numFmt = spec.numFmt;
  });
}

export interface PrintOptions {
  orientation?: 'portrait' | 'landscape';
  /** The table's first header row when its header takes several rows (all are repeated). */
  firstHeaderRow?: number;
}

/**
 * A4 (landscape unless asked otherwise), the table fitted to the page width, the header rows
 * repeated on every printed page and frozen on screen under the title block.
 */
export function printSetup(
  sheet: ExcelJS.Worksheet,
  headerRowNumber: number,
  options: PrintOptions = {},
): void {
  const first = options.firstHeaderRow ?? headerRowNumber;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: options.orientation ?? 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${first}:${headerRowNumber}`,
  };
  sheet.headerFooter = { oddFooter: '&CTrang &P/&N' };
  sheet.views = [
    { state: 'frozen', xSplit: 0, ySplit: headerRowNumber, topLeftCell: `A${headerRowNumber + 1}` },
  ];
}

/** Characters Excel refuses in a sheet's name, and its length limit. */
const forbiddenInSheetName = /[\\/?*:[\]]/gu;
const SHEET_NAME_MAX = 31;

/**
 * A name Excel accepts for a sheet: its forbidden characters (\ / ? * : [ ]) become spaces, no
 * apostrophe at either end, at most 31 characters, different from the names in `taken` (compared
 * as Excel does, ignoring case): "Kinh tế số (2)".
 */
export function sheetName(wanted: string, taken: readonly string[] = []): string {
  const base =
    wanted
      .normalize('NFC')
      .replace(forbiddenInSheetName, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^'+|'+$/gu, '')
      .trim() || 'Trang';
  const used = new Set(taken.map((t) => t.toLocaleLowerCase('vi')));
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLocaleLowerCase('vi'))) return name;
  }
}

/** "2026-03-05" → "05/03/2026"; anything else as it is. */
export function viDate(iso: string | null): string | null {
  if (iso === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  return m === null ? iso : `${m[3]}/${m[2]}/${m[1]}`;
}

/** A workbook signed by the application. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tổ CNSCĐ';
  workbook.created = new Date();
  return workbook;
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
