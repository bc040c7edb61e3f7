/**
 * A table of figures (a report's results per pillar, its "Biểu số liệu"), laid out with the one
 * bordered table (grid.ts): the columns' shares scaled to the text width so the table never
 * passes the margins, each column at least as wide as its longest word (a number is never cut),
 * numbers right-aligned, an optional bold total row. A short table keeps its rows together, so
 * it moves to the next page whole with its heading rather than leave one row behind.
 */
import { AlignmentType, type Table } from 'docx';
import type { CellAlign, DataTable } from '../../../../shared/documents/content';
import { cellNeed, gridTable, type GridRow } from './grid';
import type { Align } from './text';

/** Tables with at most this many rows are kept on one page when they fit. */
export const KEEP_TOGETHER_ROWS = 12;

const ALIGNS: Record<CellAlign, Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '');
}

/** A cell this short (a village's name, "Thôn Châu Thuận Biển 12") is never broken. */
const UNBROKEN_CELL = 24;

/** What must stay on one line in a body cell: the whole of a short one, else each word. */
function unbroken(text: string): string[] {
  const trimmed = text.trim();
  return trimmed.length <= UNBROKEN_CELL && trimmed !== '' ? [trimmed] : words(trimmed);
}

/** The least width of each column: its longest word (a short cell whole), the header's and the total's in bold. */
function leastWidths(table: DataTable): number[] {
  return table.columns.map((column, c) => {
    const needs = [
      ...words(column.title).map((w) => cellNeed(w, true)),
      ...table.rows.flatMap((row) => unbroken(row[c] ?? '').map((w) => cellNeed(w))),
      ...words(table.total?.[c] ?? '').map((w) => cellNeed(w, true)),
    ];
    return Math.max(0, ...needs);
  });
}

/**
 * Column widths (twips) that add up to `textWidth` exactly: the shares, raised where a column
 * would cut a word, the extra taken from the columns that have room to spare in proportion to it.
 */
export function dataColumnWidths(table: DataTable, textWidth: number): number[] {
  const shares = table.columns.map((c) => c.width);
  if (shares.length === 0 || shares.some((s) => !(s > 0))) {
    throw new Error('a data table needs columns with positive width shares');
  }
  const sum = shares.reduce((a, b) => a + b, 0);
  const least = leastWidths(table);
  const wanted = shares.map((s, c) => Math.max((s / sum) * textWidth, least[c] ?? 0));
  const excess = wanted.reduce((a, b) => a + b, 0) - textWidth;
  const room = wanted.map((w, c) => w - (least[c] ?? 0));
  const totalRoom = room.reduce((a, b) => a + b, 0);
  if (excess > totalRoom) {
    throw new Error(`a data table of ${shares.length} columns does not fit in ${textWidth} twips`);
  }
  const fitted = wanted.map((w, c) => (excess > 0 ? w - (excess * (room[c] ?? 0)) / totalRoom : w));
  const widths = fitted.map((w) => Math.floor(w));
  // What the rounding left goes to the column with the most room.
  const roomiest = room.indexOf(Math.max(...room));
  widths[roomiest] = (widths[roomiest] ?? 0) + textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function dataTable(table: DataTable, textWidth: number): Table {
  const columns = table.columns.length;
  for (const row of [...table.rows, ...(table.total === undefined ? [] : [table.total])]) {
    if (row.length !== columns)
      throw new Error(`a row of ${row.length} cells in a table of ${columns} columns`);
  }
  const all: GridRow[] = [
    ...table.rows.map((cells) => ({ cells })),
    ...(table.total === undefined ? [] : [{ cells: table.total, bold: true }]),
  ];
  const keep = all.length <= KEEP_TOGETHER_ROWS;
  const rows = all.map((row, i) => (keep && i < all.length - 1 ? { ...row, keepNext: true } : row));
  return gridTable(
    dataColumnWidths(table, textWidth),
    table.columns.map((c) => c.title),
    rows,
    table.columns.map((c) => ALIGNS[c.align]),
  );
}
