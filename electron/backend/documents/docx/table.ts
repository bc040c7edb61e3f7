/** Tables without borders (the header and the signature block) and the helpers both use. */
import { TableBorders, TableCell, TableLayoutType, Table, TableRow, WidthType, type Paragraph } from 'docx';

/** Default cell padding of Word, left and right (0.19 cm). */
export const CELL_PADDING = 108;

export function cell(children: readonly Paragraph[], width: number): TableCell {
  return new TableCell({
    children: [...children],
    width: { size: width, type: WidthType.DXA },
  });
}

/** A borderless table of fixed column widths (twips) whose rows never split across pages. */
export function layoutTable(
  columnWidths: readonly number[],
  rows: readonly (readonly Paragraph[])[][],
): Table {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((children, i) => cell(children, columnWidths[i] ?? 0)),
        }),
    ),
  });
}

/** The width text has inside a cell of a layout table. */
export function innerWidth(columnWidth: number): number {
  return columnWidth - 2 * CELL_PADDING;
}
