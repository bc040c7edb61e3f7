/**
 * An appendix, in a section of its own that starts a new page and numbers its pages from 1:
 * "Phụ lục", the title in upper case, the italic reference line, then its table — the member list
 * of a founding decision (STT | Họ và tên | Chức vụ, đơn vị công tác | Chức danh trong Tổ | Số
 * điện thoại | Ghi chú) or a report's table of figures ("Biểu số liệu", landscape when wide).
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { Appendix, MemberRow, TableAppendix } from '../../../../shared/documents/content';
import { upperVi } from '../../../../shared/vi/text';
import { dataTable } from './data-table';
import { cellNeed, gridTable } from './grid';
import { line, paragraph, run, titleLines, type Align } from './text';
import { LANDSCAPE_TEXT_WIDTH, SIZE, TEXT_WIDTH } from './units';

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

/** The position column takes what the others leave, at least this (3.5 cm). */
const POSITION_MIN = 1985;

const need = cellNeed;

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
  const last = rows.length - 1;
  return gridTable(
    memberColumnWidths(rows),
    MEMBER_COLUMNS,
    rows.map((row, i) => ({
      cells: memberCells(row, i),
      ...(options.keepLastWithNext === true && i === last ? { keepNext: true } : {}),
    })),
    ALIGN,
  );
}

/** The text width of an appendix's pages. */
export function appendixTextWidth(appendix: Appendix): number {
  return appendix.landscape === true ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
}

/** The paragraphs above the table. */
export function appendixHeading(appendix: Appendix): Paragraph[] {
  const keep = { keepNext: true };
  const width = appendixTextWidth(appendix);
  return [
    line(
      appendix.label.trim(),
      { size: SIZE.appendixLabel, bold: true },
      { align: AlignmentType.CENTER, ...keep },
    ),
    titleLines(upperVi(appendix.title.trim()), { size: SIZE.appendixTitle, bold: true }, width, keep),
    titleLines(appendix.reference.trim(), { size: SIZE.appendixReference, italic: true }, width, {
      after: 12,
      ...keep,
    }),
  ];
}

/**
 * A table appendix's further tables, each under its caption (bold, kept with its table; the
 * paragraph also keeps two tables from being joined into one), then its note in italics.
 */
function continuationAndNote(appendix: TableAppendix): (Paragraph | Table)[] {
  const width = appendixTextWidth(appendix);
  const continued = (appendix.continued ?? []).flatMap((part) => [
    line(part.caption.trim(), { size: SIZE.table, bold: true }, { before: 12, after: 6, keepNext: true }),
    dataTable(part.table, width),
  ]);
  const note = appendix.note?.trim() ?? '';
  return [
    ...continued,
    ...(note === ''
      ? []
      : [
          paragraph([run(note, { size: SIZE.table, italic: true })], {
            before: 6,
            align: AlignmentType.JUSTIFIED,
            markSize: SIZE.table,
          }),
        ]),
  ];
}

export function appendixBlock(appendix: Appendix): (Paragraph | Table)[] {
  if (appendix.table === undefined) return [...appendixHeading(appendix), memberTable(appendix.rows)];
  return [
    ...appendixHeading(appendix),
    dataTable(appendix.table, appendixTextWidth(appendix)),
    ...continuationAndNote(appendix),
  ];
}
