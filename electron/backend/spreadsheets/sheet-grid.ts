/**
 * A worksheet as a plain grid of values and texts, whatever exceljs cell kind held them (rich
 * text, formula with cached result, hyperlink, date, shared string), with the merged ranges, and
 * with text in TCVN3 or VNI converted to Unicode.
 */
import type ExcelJS from 'exceljs';
import {
  decideEncoding,
  fontHint,
  gatherEncodingEvidence,
  toUnicode,
  type LegacyEncoding,
} from '../../../shared/vi/legacy-encoding';

export type CellRaw = string | number | boolean | Date | null;

export interface GridCell {
  raw: CellRaw;
  /** What the officer sees, NFC; '' for an empty cell. */
  text: string;
  font?: string;
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const emptyCell: GridCell = { raw: null, text: '' };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateText(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** The value a cell shows, from every shape exceljs gives: {richText}, {formula, result}, {text, hyperlink}… */
function cellRaw(value: unknown): { raw: CellRaw; font?: string } {
  if (value === null || value === undefined) return { raw: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { raw: value };
  if (value instanceof Date) return { raw: Number.isNaN(value.getTime()) ? null : value };
  if (!isRecord(value)) return { raw: null };
  if (Array.isArray(value.richText)) {
    const runs = value.richText as ExcelJS.RichText[];
    const font = runs.find((r) => r.font?.name !== undefined)?.font?.name;
    const raw = runs.map((r) => r.text).join('');
    return font === undefined ? { raw } : { raw, font };
  }
  if ('formula' in value || 'sharedFormula' in value) return cellRaw(value.result);
  if ('hyperlink' in value) return cellRaw(value.text);
  // {error: '#N/A'}: nothing the officer meant to type.
  return { raw: null };
}

function textOf(raw: CellRaw): string {
  if (raw === null) return '';
  if (raw instanceof Date) return dateText(raw);
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw.toFixed(0) : String(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return raw.normalize('NFC');
}

function decodeAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/u.exec(address.trim().toUpperCase());
  if (m === null) return null;
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

export class SheetGrid {
  readonly cells = new Map<string, GridCell>();
  readonly merges: MergeRange[] = [];
  rowCount = 0;
  colCount = 0;
  encoding: LegacyEncoding | null = null;

  constructor(readonly name: string) {}

  addMerges(merges: readonly MergeRange[]): void {
    this.merges.push(...merges);
    this.mergesByRow = null;
  }

  private static key(row: number, col: number): string {
    return `${row}:${col}`;
  }

  set(row: number, col: number, cell: GridCell): void {
    this.cells.set(SheetGrid.key(row, col), cell);
    this.rowCount = Math.max(this.rowCount, row);
    this.colCount = Math.max(this.colCount, col);
  }

  /** The cell as stored; a merged cell other than the top-left one is empty here. */
  own(row: number, col: number): GridCell {
    return this.cells.get(SheetGrid.key(row, col)) ?? emptyCell;
  }

  /** Merges by row, built on first use: a long list with a merged section row every few rows. */
  private mergesByRow: Map<number, MergeRange[]> | null = null;

  mergeAt(row: number, col: number): MergeRange | null {
    if (this.mergesByRow === null) {
      this.mergesByRow = new Map();
      for (const m of this.merges) {
        for (let r = m.top; r <= m.bottom; r += 1)
          this.mergesByRow.set(r, [...(this.mergesByRow.get(r) ?? []), m]);
      }
    }
    return this.mergesByRow.get(row)?.find((m) => col >= m.left && col <= m.right) ?? null;
  }

  /** The cell as seen on screen: a merged cell shows its top-left cell's value. */
  shown(row: number, col: number): GridCell {
    const merge = this.mergeAt(row, col);
    return merge === null ? this.own(row, col) : this.own(merge.top, merge.left);
  }

  /** True for the cells of a merge other than its top-left one. */
  isCoveredByMerge(row: number, col: number): boolean {
    const merge = this.mergeAt(row, col);
    return merge !== null && (merge.top !== row || merge.left !== col);
  }

  get isEmpty(): boolean {
    for (const cell of this.cells.values()) if (cell.text.trim() !== '') return false;
    return true;
  }
}

/** Reads every cell once; exceljs already resolved shared strings and styles. */
export function gridFromWorksheet(worksheet: ExcelJS.Worksheet): SheetGrid {
  const grid = new SheetGrid(worksheet.name);
  // Merged ranges, from the covered cells (each points at its top-left "master" cell); cheaper
  // than worksheet.model, which serialises every row.
  const merges = new Map<string, MergeRange>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) {
        const master = decodeAddress(cell.master.address);
        if (master === null) return;
        const range = merges.get(cell.master.address) ?? {
          top: master.row,
          left: master.col,
          bottom: master.row,
          right: master.col,
        };
        range.bottom = Math.max(range.bottom, rowNumber);
        range.right = Math.max(range.right, colNumber);
        merges.set(cell.master.address, range);
        return;
      }
      const { raw, font } = cellRaw(cell.value);
      if (raw === null) return;
      const cellFont = font ?? cell.font?.name;
      const text = textOf(raw);
      grid.set(rowNumber, colNumber, cellFont === undefined ? { raw, text } : { raw, text, font: cellFont });
    });
  });
  grid.addMerges([...merges.values()]);
  convertLegacyText(grid);
  return grid;
}

/**
 * One decision per sheet (a name alone like "HuÖ" says little; the whole sheet says a lot), then
 * every text cell that is not already Unicode is converted. Font names (.VnTime, VNI-Times) break
 * a tie and say when TCVN3 capitals were typed in an "H" font.
 */
function convertLegacyText(grid: SheetGrid): void {
  const texts = [...grid.cells.values()].filter((c) => typeof c.raw === 'string').map((c) => c.text);
  let encoding = decideEncoding(gatherEncodingEvidence(texts));
  if (encoding === null) {
    const hinted = [...grid.cells.values()]
      .filter((c) => typeof c.raw === 'string' && /[\u0080-\u00FF]/u.test(c.text))
      .map((c) => fontHint(c.font).encoding);
    const tcvn3 = hinted.filter((e) => e === 'tcvn3').length;
    const vni = hinted.filter((e) => e === 'vni').length;
    if (tcvn3 > vni && tcvn3 * 2 > hinted.length) encoding = 'tcvn3';
    else if (vni > tcvn3 && vni * 2 > hinted.length) encoding = 'vni';
  }
  grid.encoding = encoding;
  if (encoding === null) return;
  for (const [key, cell] of grid.cells) {
    if (typeof cell.raw !== 'string') continue;
    const upperCase = fontHint(cell.font).upperCase;
    const converted = toUnicode(cell.text, { encoding, upperCase }).text;
    if (converted !== cell.text) grid.cells.set(key, { ...cell, raw: converted, text: converted });
  }
}
