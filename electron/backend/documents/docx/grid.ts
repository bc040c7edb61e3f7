/**
 * The one bordered table of the documents (a member list, a report's table of figures): fixed
 * column widths, 1-mm cell padding, single black borders, the header row bold, centred and
 * repeated on every page, and rows that never split across pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { textWidthPt } from './metrics';
import { STYLE } from './styles';
import { plainRun, styled, type Align } from './text';
import { SIZE } from './units';

/** Left and right padding in the cells: 1 mm, so the columns keep their room. */
export const CELL_PADDING_X = 57;
/** A little more than the text, for rounding in Word and LibreOffice. */
const SLACK = 30;

/** The width (twips) a column needs to hold `text` on one line. */
export function cellNeed(text: string, bold = false): number {
  return Math.ceil(textWidthPt(text.trim(), SIZE.table, { bold }) * 20) + 2 * CELL_PADDING_X + SLACK;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export interface GridRow {
  cells: readonly string[];
  /** A total row: every cell bold. */
  bold?: boolean;
  /** Keep the row with the next one (or with what follows the table, for the last row). */
  keepNext?: boolean;
}

function headerCell(text: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [styled(STYLE.tableHeading, [plainRun(text)])],
  });
}

function bodyCell(text: string, width: number, align: Align, row: GridRow): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      styled(STYLE.tableText, [plainRun(text, { bold: row.bold === true })], {
        ...(align === AlignmentType.LEFT ? {} : { alignment: align }),
        ...(row.keepNext === true ? { keepNext: true } : {}),
      }),
    ],
  });
}

/** The table: `widths` in twips (the table is as wide as their sum), one alignment per column. */
export function gridTable(
  widths: readonly number[],
  header: readonly string[],
  rows: readonly GridRow[],
  aligns: readonly Align[],
): Table {
  const width = (c: number): number => widths[c] ?? 0;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    margins: { left: CELL_PADDING_X, right: CELL_PADDING_X, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text, c) => headerCell(text, width(c))),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.cells.map((text, c) =>
              bodyCell(text.trim(), width(c), aligns[c] ?? AlignmentType.LEFT, row),
            ),
          }),
      ),
    ],
  });
}
