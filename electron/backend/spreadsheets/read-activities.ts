/**
 * Reads a month of team activities from a spreadsheet, one activity a row: the header found the
 * way people lists find theirs (title rows, merged cells, a second header row, messy wording),
 * every cell returned as the sheet holds it. What a cell means (which team, which indicator) is
 * the import service's question: it knows the register.
 */
import type ExcelJS from 'exceljs';
import { cleanText } from '../../../shared/vi/text';
import { findHeaderWith, type HeaderLayout, type HeaderRules } from './header';
import { foldWords } from './names';
import { openWorkbookBytes, type OpenOptions } from './open-workbook';
import { isSignatureText, isTotalText } from './row-kinds';
import { gridFromWorksheet, type CellRaw, type SheetGrid } from './sheet-grid';

export type ActivityColumn =
  | 'stt'
  | 'date'
  | 'team'
  | 'kind'
  | 'platforms'
  | 'place'
  | 'people'
  | 'households'
  | 'note'
  /** Any other named column: an indicator's result, when its header names one. */
  | 'value';

/** The header words of the template, in its order (also what a refusal lists). */
export const activityHeaders = {
  date: 'Ngày',
  team: 'Tổ (tên Tổ hoặc thôn)',
  kind: 'Hình thức',
  platforms: 'Nền tảng',
  place: 'Địa điểm',
  people: 'Số người',
  households: 'Số hộ',
  note: 'Ghi chú',
} as const;

/** Ordered: the first rule that matches wins. Folded words, as header.ts compares them. */
const rules: readonly [Exclude<ActivityColumn, 'value'>, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu)$/u],
  ['date', /^(ngay|ngay hoat dong|ngay thuc hien|ngay to chuc|ngay thang|ngay thang nam|thoi gian)( .*)?$/u],
  ['kind', /^(hinh thuc|hinh thuc hoat dong|loai|loai hoat dong)( .*)?$/u],
  ['platforms', /^(nen tang|nen tang so|ung dung)( .*)?$/u],
  ['place', /^(dia diem|noi to chuc)( .*)?$/u],
  ['people', /^(so nguoi|so nguoi duoc tiep can|so nguoi tham du|so nguoi tham gia|so luot nguoi)$/u],
  ['households', /^(so ho|so ho duoc tiep can|so ho tham gia)$/u],
  ['note', /^ghi chu( .*)?$/u],
  [
    'team',
    /^(to|ten to|to cnscd|to cong nghe so( cong dong)?|thon|to dan pho|thon to dan pho|dia ban)( .*)?$/u,
  ],
];

function activityRules(indicatorNames: readonly string[]): HeaderRules<ActivityColumn> {
  const known = new Set(indicatorNames.map(foldWords));
  return {
    classify(text) {
      const words = foldWords(text);
      if (words === '' || !/[a-z]/u.test(words)) return null;
      // An indicator's own name is its column, whatever words it begins with.
      if (known.has(words)) return 'value';
      for (const [kind, pattern] of rules) if (pattern.test(words)) return kind;
      // A long text is a title or a note above the table, not a column.
      return words.split(' ').length <= 24 ? 'value' : null;
    },
    accept(kinds) {
      const values = new Set(kinds.values());
      return values.has('date') && values.has('team');
    },
  };
}

export interface ValueColumn {
  col: number;
  /** The header as written (the second header row's text under a merged group). */
  header: string;
  /** The column's letter, for messages ("cột H"). */
  letter: string;
}

export interface ParsedActivityRow {
  /** 1-based row number in the sheet, for messages. */
  row: number;
  date: CellRaw;
  dateText: string;
  team: string;
  kind: string;
  platforms: string;
  place: string;
  people: CellRaw;
  households: CellRaw;
  note: string;
  /** The cell of each value column, by column number; empty cells left out. */
  values: Map<number, CellRaw>;
}

export interface ParsedActivitySheet {
  sheetName: string;
  headerRow: number | null;
  valueColumns: ValueColumn[];
  rows: ParsedActivityRow[];
  /** Rows that hold nothing but a number (a template's numbered lines): skipped. */
  emptyRows: number[];
  /** A problem of the whole file (no header, no sheet), or null. */
  problem: string | null;
}

export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function headerText(grid: SheetGrid, layout: HeaderLayout<ActivityColumn>, col: number): string {
  if (layout.lastRow > layout.firstRow && !grid.isCoveredByMerge(layout.lastRow, col)) {
    const sub = cleanText(grid.own(layout.lastRow, col).text);
    if (sub !== '') return sub;
  }
  return cleanText(grid.shown(layout.firstRow, col).text);
}

function readRows(grid: SheetGrid, layout: HeaderLayout<ActivityColumn>, valueCols: number[]) {
  const rows: ParsedActivityRow[] = [];
  const emptyRows: number[] = [];
  const first = (kind: ActivityColumn): number | undefined => layout.columns.get(kind)?.[0];
  const raw = (row: number, kind: ActivityColumn): CellRaw => {
    const col = first(kind);
    return col === undefined ? null : grid.own(row, col).raw;
  };
  const text = (row: number, kind: ActivityColumn): string =>
    cleanText((layout.columns.get(kind) ?? []).map((col) => grid.own(row, col).text).join(' '));
  const sttCols = layout.columns.get('stt') ?? [];
  for (let row = layout.dataRow; row <= grid.rowCount; row += 1) {
    const filled: { col: number; text: string }[] = [];
    for (let col = 1; col <= grid.colCount; col += 1) {
      if (grid.isCoveredByMerge(row, col)) continue;
      const cell = cleanText(grid.own(row, col).text);
      if (cell !== '') filled.push({ col, text: cell });
    }
    if (filled.length === 0) continue;
    if (filled.every((c) => sttCols.includes(c.col))) {
      emptyRows.push(row);
      continue;
    }
    // A totals line or the signature block ends the table.
    const hasActivity = text(row, 'date') !== '' || text(row, 'team') !== '';
    if (!hasActivity && filled.some((c) => isTotalText(c.text) || isSignatureText(c.text))) break;
    const values = new Map<number, CellRaw>();
    for (const col of valueCols) {
      const value = grid.own(row, col).raw;
      if (value !== null && cleanText(grid.own(row, col).text) !== '') values.set(col, value);
    }
    rows.push({
      row,
      date: raw(row, 'date'),
      dateText: text(row, 'date'),
      team: text(row, 'team'),
      kind: text(row, 'kind'),
      platforms: text(row, 'platforms'),
      place: text(row, 'place'),
      people: raw(row, 'people'),
      households: raw(row, 'households'),
      note: text(row, 'note'),
      values,
    });
  }
  return { rows, emptyRows };
}

const noHeader =
  'Không tìm thấy dòng tiêu đề có cột «Ngày» và cột «Tổ» trong tệp. Hãy thêm một dòng tiêu đề ngay trên bảng, ' +
  `với các cột: ${Object.values(activityHeaders).join(', ')} và một cột cho mỗi chỉ tiêu (tên chỉ tiêu), ` +
  'hoặc tải tệp mẫu và chép dữ liệu sang; rồi nhập lại.';

/** Reads the first worksheet (visible ones first) with a recognisable header. */
export function readActivitiesWorkbook(
  workbook: ExcelJS.Workbook,
  indicatorNames: readonly string[],
): ParsedActivitySheet {
  const hidden = (s: ExcelJS.Worksheet) => s.state === 'hidden' || s.state === 'veryHidden';
  const sheets = [...workbook.worksheets.filter((s) => !hidden(s)), ...workbook.worksheets.filter(hidden)];
  const headerRules = activityRules(indicatorNames);
  for (const sheet of sheets) {
    const grid = gridFromWorksheet(sheet);
    const layout = findHeaderWith(grid, headerRules);
    if (layout === null) continue;
    const valueColumns = (layout.columns.get('value') ?? []).map((col) => ({
      col,
      header: headerText(grid, layout, col),
      letter: columnLetter(col),
    }));
    const { rows, emptyRows } = readRows(
      grid,
      layout,
      valueColumns.map((c) => c.col),
    );
    return { sheetName: grid.name, headerRow: layout.firstRow, valueColumns, rows, emptyRows, problem: null };
  }
  return {
    sheetName: sheets[0]?.name ?? '',
    headerRow: null,
    valueColumns: [],
    rows: [],
    emptyRows: [],
    problem: noHeader,
  };
}

/** Reads uploaded bytes in memory (.xlsx; .xls and .ods through LibreOffice when installed). */
export async function readActivitiesBytes(
  bytes: Buffer,
  fileName: string,
  indicatorNames: readonly string[],
  options: OpenOptions = {},
): Promise<ParsedActivitySheet> {
  return readActivitiesWorkbook(await openWorkbookBytes(bytes, fileName, options), indicatorNames);
}
