/**
 * An appendix (the member list of a founding decision), in a section of its own that starts a
 * new page and numbers its pages from 1: "Phụ lục", the title in upper case, the italic reference
 * line, then the table STT | Họ và tên | Chức vụ, đơn vị công tác | Chức danh trong Tổ | Số điện
 * thoại | Ghi chú in 13 pt, its header row bold and repeated on every page, no row split.
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
  type Paragraph,
} from 'docx';
import type { Appendix, MemberRow } from '../../../../shared/documents/content';
import { upperVi } from '../../../../shared/vi/text';
import { textWidthPt } from './metrics';
import { STYLE } from './styles';
import { line, plainRun, styled, titleLines, type Align } from './text';
import { SIZE, TEXT_WIDTH } from './units';

export const MEMBER_COLUMNS = [
  'STT',
  'Họ và tên',
  'Chức vụ, đơn vị công tác',
  'Chức danh trong Tổ',
  'Số điện thoại',
  'Ghi chú',
] as const;

const ALIGN: readonly Align[] = [
  AlignmentType.CENTER,
  AlignmentType.LEFT,
  AlignmentType.LEFT,
  AlignmentType.LEFT,
  AlignmentType.CENTER,
  AlignmentType.LEFT,
];

/** Left and right padding in the cells: 1 mm, so the columns keep their room. */
export const CELL_PADDING_X = 57;
/** A little more than the text, for rounding in Word and LibreOffice. */
const SLACK = 30;
/** The position column takes what the others leave, at least this (3.5 cm). */
const POSITION_MIN = 1985;

/** The width (twips) a column needs to hold `text` on one line. */
function need(text: string, bold = false): number {
  return Math.ceil(textWidthPt(text.trim(), SIZE.table, { bold }) * 20) + 2 * CELL_PADDING_X + SLACK;
}

function longest(values: readonly string[], bold = false): number {
  return Math.max(0, ...values.map((v) => need(v, bold)));
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);

/**
 * Fixed column widths (twips) that add up to the text width: STT, the phone number and each
 * name on one line when they can be, the role and the note as wide as their longest value
 * within bounds, and the position the rest. When the rest is too narrow, the note, then the
 * role, then the name give width back down to their least (the header's words on one line).
 */
export function memberColumnWidths(rows: readonly MemberRow[]): number[] {
  const stt = Math.max(need('STT', true), need(String(rows.length)));
  const phone = clamp(longest(rows.map((r) => r.phone)), need('Số điện', true), 1800);
  const mins = {
    name: need('Họ và tên', true),
    role: Math.max(need('Chức danh', true), need('Thành viên')),
    note: need('Ghi chú', true),
  };
  const widths = {
    name: clamp(longest(rows.map((r) => r.fullName)), Math.max(mins.name, 1800), 3000),
    role: clamp(longest(rows.map((r) => r.roleLabel)), mins.role, 2200),
    note: clamp(longest(rows.map((r) => r.note)), mins.note, 1800),
  };
  const rest = (): number => TEXT_WIDTH - stt - phone - widths.name - widths.role - widths.note;
  for (const key of ['note', 'role', 'name'] as const) {
    const short = POSITION_MIN - rest();
    if (short <= 0) break;
    widths[key] = Math.max(mins[key], widths[key] - short);
  }
  return [stt, widths.name, rest(), widths.role, phone, widths.note];
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function tableCell(
  text: string,
  width: number,
  column: number,
  header: boolean,
  keepNext = false,
): TableCell {
  const size = { size: width, type: WidthType.DXA };
  if (header) {
    return new TableCell({
      width: size,
      verticalAlign: VerticalAlignTable.CENTER,
      children: [styled(STYLE.tableHeading, [plainRun(text)])],
    });
  }
  const align = ALIGN[column] ?? AlignmentType.LEFT;
  return new TableCell({
    width: size,
    children: [
      styled(STYLE.tableText, [plainRun(text)], {
        ...(align === AlignmentType.LEFT ? {} : { alignment: align }),
        ...(keepNext ? { keepNext: true } : {}),
      }),
    ],
  });
}

function memberCells(row: MemberRow, index: number): string[] {
  return [String(index + 1), row.fullName, row.position, row.roleLabel, row.phone, row.note].map((v) =>
    v.trim(),
  );
}

/**
 * The member table. `keepLastWithNext`: the last row keeps with what follows (a standalone list's
 * signature block), so the signature never stands alone on a page.
 */
export function memberTable(rows: readonly MemberRow[], options: { keepLastWithNext?: boolean } = {}): Table {
  const widths = memberColumnWidths(rows);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
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
        children: MEMBER_COLUMNS.map((text, c) => tableCell(text, widths[c] ?? 0, c, true)),
      }),
      ...rows.map(
        (row, i) =>
          new TableRow({
            cantSplit: true,
            children: memberCells(row, i).map((text, c) =>
              tableCell(
                text,
                widths[c] ?? 0,
                c,
                false,
                options.keepLastWithNext === true && i === rows.length - 1,
              ),
            ),
          }),
      ),
    ],
  });
}

/** The paragraphs above the table. */
export function appendixHeading(appendix: Appendix): Paragraph[] {
  const keep = { keepNext: true };
  return [
    line(
      appendix.label.trim(),
      { size: SIZE.appendixLabel, bold: true },
      { align: AlignmentType.CENTER, ...keep },
    ),
    titleLines(upperVi(appendix.title.trim()), { size: SIZE.appendixTitle, bold: true }, TEXT_WIDTH, keep),
    titleLines(appendix.reference.trim(), { size: SIZE.appendixReference, italic: true }, TEXT_WIDTH, {
      after: 12,
      ...keep,
    }),
  ];
}

export function appendixBlock(appendix: Appendix): (Paragraph | Table)[] {
  return [...appendixHeading(appendix), memberTable(appendix.rows)];
}
