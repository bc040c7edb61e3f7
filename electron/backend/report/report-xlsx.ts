/**
 * The periodic report's figures as a workbook, for the upper levels that ask for a spreadsheet
 * beside the signed paper: "Tổng hợp" (teams, members, activities, people reached, trainings), one
 * sheet per pillar with its indicators against the year's target, and "Biểu số liệu" with a row
 * per village team. It reads a ReportFigures and counts nothing itself: totals are SUM formulas
 * over the rows written from the figures, with the figures' totals as their results (parts that
 * do not add up to them are a defect of the figures, refused), percentages formulas over the
 * cells beside them. The columns and their headings are the .docx's (report-columns.ts).
 */
import type ExcelJS from 'exceljs';
import { activityKindLabels, activityKinds } from '../../../shared/domain/activities';
import type {
  AggregateFigures,
  ReportFigures,
  ReportPeriod,
  ReportPillar,
  ReportTotals,
} from '../../../shared/contract/report-types';
import {
  dataRow,
  headerRow,
  newWorkbook,
  toBuffer,
  type CellInput,
  type ColumnSpec,
} from '../spreadsheets/sheet-style';
import {
  columnLetter,
  COUNT_FORMAT,
  finishFormSheet,
  fitRow,
  noteRow,
  numberFormat,
  PERCENT_FORMAT,
  percentFormula,
  startFormSheet,
  sumFormula,
  tableHeader,
  type FormSheetSpec,
  type ReportWorkbookHeader,
} from './report-sheet-form';
import {
  communeBreakdown,
  communeTableNote,
  NOT_SENT,
  pillarColumns,
  rowValues,
  villageBreakdown,
  villageTableNote,
  type Breakdown,
  type BreakdownCounts,
  type ReportColumn,
} from './report-columns';
import { NO_VALUE } from './report-tables';
import { receivedShare } from './report-sentences';
import { reportYear } from './report-period-line';

export type { ReportWorkbookHeader } from './report-sheet-form';

/** The tab names; a pillar's sheet is named by its label ("Chính quyền số"). */
export const SUMMARY_SHEET = 'Tổng hợp';
export const VILLAGES_SHEET = 'Biểu số liệu';
/** The receiving unit's sheet in place of the villages'. */
export const COMMUNES_SHEET = 'Biểu theo xã';

// ---------------------------------------------------------------------------------------------
// Tổng hợp

type SummaryLine =
  | { kind: 'section'; stt: string; text: string }
  | { kind: 'value'; stt: number; text: string; unit: string; value: number }
  | {
      kind: 'total';
      stt: number;
      text: string;
      unit: string;
      /** The figures' total; its parts must add up to it. */
      total: number;
      parts: { text: string; value: number }[];
    };

function summaryLines(f: ReportTotals): SummaryLine[] {
  return [
    { kind: 'section', stt: 'I', text: 'Tổ Công nghệ số cộng đồng' },
    {
      kind: 'total',
      stt: 1,
      text: 'Số Tổ đang hoạt động cuối kỳ',
      unit: 'Tổ',
      // The figures give the teams by level only: their total is the two levels.
      total: f.teams.commune + f.teams.village,
      parts: [
        { text: 'Tổ cấp xã', value: f.teams.commune },
        { text: 'Tổ ở thôn, tổ dân phố', value: f.teams.village },
      ],
    },
    { kind: 'value', stt: 2, text: 'Tổ thành lập mới trong kỳ', unit: 'Tổ', value: f.teams.founded },
    { kind: 'value', stt: 3, text: 'Tổ được kiện toàn trong kỳ', unit: 'Tổ', value: f.teams.reorganized },
    { kind: 'value', stt: 4, text: 'Tổ giải thể trong kỳ', unit: 'Tổ', value: f.teams.dissolved },
    { kind: 'section', stt: 'II', text: 'Thành viên' },
    {
      kind: 'total',
      stt: 1,
      text: 'Số thành viên cuối kỳ',
      unit: 'người',
      total: f.members.total,
      parts: [
        { text: 'Tổ cấp xã', value: f.members.commune },
        { text: 'Các Tổ ở thôn, tổ dân phố', value: f.members.village },
      ],
    },
    {
      kind: 'value',
      stt: 2,
      text: 'Thành viên mới tham gia trong kỳ',
      unit: 'người',
      value: f.members.joined,
    },
    {
      kind: 'value',
      stt: 3,
      text: 'Thành viên thôi tham gia trong kỳ',
      unit: 'người',
      value: f.members.left,
    },
    { kind: 'section', stt: 'III', text: 'Hoạt động trong kỳ' },
    {
      kind: 'total',
      stt: 1,
      text: 'Số hoạt động',
      unit: 'hoạt động',
      total: f.activities.total,
      parts: activityKinds.map((k) => ({ text: activityKindLabels[k], value: f.activities.byKind[k] })),
    },
    {
      kind: 'value',
      stt: 2,
      text: 'Số người được tuyên truyền, hướng dẫn, hỗ trợ',
      unit: 'lượt người',
      value: f.reached.people,
    },
    {
      kind: 'value',
      stt: 3,
      text: 'Số hộ gia đình được tiếp cận',
      unit: 'lượt hộ',
      value: f.reached.households,
    },
    { kind: 'section', stt: 'IV', text: 'Bồi dưỡng, tập huấn trong kỳ' },
    {
      kind: 'value',
      stt: 1,
      text: 'Số lớp, buổi bồi dưỡng, tập huấn',
      unit: 'buổi',
      value: f.trainings.sessions,
    },
    {
      kind: 'value',
      stt: 2,
      text: 'Tổng số giờ bồi dưỡng, tập huấn',
      unit: 'giờ',
      value: f.trainings.hours,
    },
    {
      kind: 'value',
      stt: 3,
      text: 'Số lượt người tham dự',
      unit: 'lượt người',
      value: f.trainings.attendances,
    },
    {
      kind: 'value',
      stt: 4,
      text: 'Số thành viên của Tổ được bồi dưỡng, tập huấn',
      unit: 'người',
      value: f.trainings.trainedMembers,
    },
  ];
}

const summarySpec: FormSheetSpec = {
  name: SUMMARY_SHEET,
  caption: 'Tổng hợp số liệu',
  orientation: 'portrait',
  columns: [
    { header: 'STT', width: 6, align: 'center' },
    { header: 'Nội dung', width: 60 },
    { header: 'Đơn vị tính', width: 13, align: 'center' },
    { header: 'Số liệu', width: 14, align: 'right', numFmt: COUNT_FORMAT },
  ],
};

function addSummary(
  workbook: ExcelJS.Workbook,
  f: ReportTotals,
  header: ReportWorkbookHeader,
  caption: string,
): void {
  const { sheet, tableRow } = startFormSheet(workbook, { ...summarySpec, caption }, header, f.period);
  const { columns } = summarySpec;
  tableHeader(sheet, tableRow, columns);
  let row = tableRow + 1;
  const write = (values: readonly CellInput[], style: 'plain' | 'bold' | 'italic'): void => {
    dataRow(sheet, row, columns, values, style === 'plain' ? {} : { [style]: true });
    const value = values[3];
    if (typeof value === 'number') sheet.getCell(row, 4).numFmt = numberFormat(value);
    fitRow(sheet, row, columns, style === 'bold');
    row += 1;
  };
  for (const line of summaryLines(f)) {
    if (line.kind === 'section') write([line.stt, line.text, null, null], 'bold');
    else if (line.kind === 'value') write([line.stt, line.text, line.unit, line.value], 'plain');
    else {
      // The total in bold, then its parts in italics ("- Tổ cấp xã"), as a form writes "trong đó".
      const parts = line.parts.reduce((sum, p) => sum + p.value, 0);
      if (parts !== line.total) {
        throw new Error(
          `the figures' parts of "${line.text}" add up to ${parts}, not to their total ${line.total}`,
        );
      }
      write(
        [line.stt, line.text, line.unit, sumFormula('D', row + 1, row + line.parts.length, line.total)],
        'bold',
      );
      for (const part of line.parts) write([null, `- ${part.text}`, line.unit, part.value], 'italic');
    }
  }
  finishFormSheet(sheet, summarySpec, tableRow, tableRow);
}

// ---------------------------------------------------------------------------------------------
// One sheet per pillar

/** A shared column as the sheet's: its heading, width and alignment (left is the sheet's default). */
function sheetColumn(column: ReportColumn, numFmt?: string): ColumnSpec {
  return {
    header: column.title,
    width: column.width,
    ...(column.align === 'left' ? {} : { align: column.align }),
    ...(numFmt === undefined ? {} : { numFmt }),
  };
}

function pillarSpec(pillar: ReportPillar, year: number): FormSheetSpec {
  const formats = [undefined, undefined, undefined, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, PERCENT_FORMAT];
  return {
    name: pillar.label,
    caption: `Kết quả thực hiện chỉ tiêu ${pillar.label.toLocaleLowerCase('vi')}`,
    orientation: 'portrait',
    columns: pillarColumns(year).map((c, i) => sheetColumn(c, formats[i])),
  };
}

function addPillar(
  workbook: ExcelJS.Workbook,
  f: ReportTotals,
  pillar: ReportPillar,
  header: ReportWorkbookHeader,
): void {
  const spec = pillarSpec(pillar, reportYear(f.period));
  const { sheet, tableRow } = startFormSheet(workbook, spec, header, f.period);
  tableHeader(sheet, tableRow, spec.columns);
  pillar.indicators.forEach((line, i) => {
    const row = tableRow + 1 + i;
    dataRow(sheet, row, spec.columns, [
      i + 1,
      line.name,
      line.unit,
      line.target,
      line.result,
      line.cumulative,
      percentFormula(`F${row}`, `D${row}`, line),
    ]);
    fitRow(sheet, row, spec.columns);
  });
  noteRow(
    sheet,
    tableRow + pillar.indicators.length + 2,
    'Ghi chú: Tỷ lệ % so với chỉ tiêu năm = Lũy kế từ đầu năm ÷ Chỉ tiêu năm, làm tròn đến hai chữ số thập phân; ô Chỉ tiêu năm để trống là chỉ tiêu chưa được giao.',
    spec.columns,
  );
  finishFormSheet(sheet, spec, tableRow, tableRow);
}

// ---------------------------------------------------------------------------------------------
// A breakdown: a row per village team ("Biểu số liệu"), or per commune ("Biểu theo xã")

interface BreakdownSheet<R extends Pick<BreakdownCounts, 'results'>> {
  name: string;
  caption: string;
  breakdown: Breakdown<R>;
  /** Under the header when there is no row. */
  emptyNote: string;
  /** Under the total row. */
  note: string | null;
}

function addBreakdown<R extends Pick<BreakdownCounts, 'results'>>(
  workbook: ExcelJS.Workbook,
  period: ReportPeriod,
  header: ReportWorkbookHeader,
  part: BreakdownSheet<R>,
): void {
  const { breakdown } = part;
  const { indicators, rows } = breakdown;
  const columns: ColumnSpec[] = [
    ...breakdown.keyColumns.map((c) => sheetColumn(c)),
    ...[...breakdown.counts, ...indicators].map((c) => sheetColumn(c, COUNT_FORMAT)),
  ];
  const spec: FormSheetSpec = { name: part.name, caption: part.caption, orientation: 'landscape', columns };
  const { sheet, tableRow } = startFormSheet(workbook, spec, header, period);
  const fixedCount = breakdown.keyColumns.length + breakdown.counts.length;
  let lastHeader = tableRow;
  if (indicators.length === 0) tableHeader(sheet, tableRow, columns);
  else {
    // Two header rows: the indicators grouped under one heading, the fixed columns spanning both.
    lastHeader = tableRow + 1;
    const group = 'Kết quả thực hiện chỉ tiêu trong kỳ';
    headerRow(
      sheet,
      tableRow,
      columns.map((c, i) => (i < fixedCount ? c : { ...c, header: group })),
    );
    tableHeader(sheet, lastHeader, columns);
    sheet.getRow(tableRow).height = 22;
    for (let c = 1; c <= fixedCount; c += 1) sheet.mergeCells(tableRow, c, lastHeader, c);
    if (indicators.length > 1) sheet.mergeCells(tableRow, fixedCount + 1, tableRow, columns.length);
  }
  const first = lastHeader + 1;
  const valueCount = columns.length - breakdown.keyColumns.length;
  rows.forEach((r, i) => {
    const row = first + i;
    // A row with nothing received says so, with dashes: never zeros, which would read as counted.
    const values = breakdown.absent(r)
      ? Array.from({ length: valueCount }, (_, k) => (k === 0 ? NOT_SENT : NO_VALUE))
      : rowValues(r, breakdown.counts, indicators);
    dataRow(sheet, row, columns, [i + 1, breakdown.name(r), ...values]);
    fitRow(sheet, row, columns);
  });
  const last = first + rows.length - 1;
  if (rows.length === 0) {
    noteRow(sheet, first, part.emptyNote, columns);
  } else {
    const totals = rows
      .filter((r) => !breakdown.absent(r))
      .map((r) => rowValues(r, breakdown.counts, indicators))
      .reduce(
        (sums, values) => sums.map((s, k) => s + (values[k] ?? 0)),
        Array.from({ length: valueCount }, () => 0),
      );
    const keys = breakdown.keyColumns.length;
    dataRow(
      sheet,
      last + 1,
      columns,
      [null, 'Tổng cộng', ...totals.map((t, i) => sumFormula(columnLetter(keys + 1 + i), first, last, t))],
      { bold: true },
    );
    if (part.note !== null) noteRow(sheet, last + 3, part.note, columns);
  }
  finishFormSheet(sheet, spec, tableRow, lastHeader);
}

/** The sheets every report's workbook has: "Tổng hợp" and a sheet per pillar present. */
function newReportWorkbook(
  totals: ReportTotals,
  header: ReportWorkbookHeader,
  summaryCaption: string,
): ExcelJS.Workbook {
  const workbook = newWorkbook();
  addSummary(workbook, totals, header, summaryCaption);
  for (const pillar of totals.pillars) addPillar(workbook, totals, pillar, header);
  return workbook;
}

/**
 * The workbook of a report: "Tổng hợp", a sheet per pillar present, "Biểu số liệu". Every
 * sheet carries the form's header rows and prints on A4 with its table's header repeated.
 */
export async function writeReportWorkbook(
  figures: ReportFigures,
  header: ReportWorkbookHeader,
): Promise<Buffer> {
  const workbook = newReportWorkbook(figures, header, summarySpec.caption);
  addBreakdown(workbook, figures.period, header, {
    name: VILLAGES_SHEET,
    caption: 'Biểu số liệu của các Tổ Công nghệ số cộng đồng ở thôn, tổ dân phố',
    breakdown: villageBreakdown(figures),
    emptyNote: 'Trong kỳ không có Tổ Công nghệ số cộng đồng ở thôn, tổ dân phố nào hoạt động.',
    note: villageTableNote(figures, 'trang "Tổng hợp"'),
  });
  return toBuffer(workbook);
}

/**
 * The receiving unit's workbook: the same "Tổng hợp" (over the communes that sent their data, said
 * in its caption) and pillar sheets, then "Biểu theo xã" with a row per commune in place of the
 * villages. `header` as the commune's, with the unit's supervising body above its name.
 */
export async function aggregateWorkbook(
  figures: AggregateFigures,
  header: ReportWorkbookHeader,
): Promise<Buffer> {
  const received = figures.communes.filter((c) => c.received).length;
  const workbook = newReportWorkbook(
    figures,
    header,
    `Tổng hợp số liệu của ${receivedShare(received, figures.communes.length)} xã, phường đã gửi số liệu`,
  );
  addBreakdown(workbook, figures.period, header, {
    name: COMMUNES_SHEET,
    caption: 'Biểu tổng hợp kết quả theo xã, phường',
    breakdown: communeBreakdown(figures),
    emptyNote: 'Chưa có xã, phường nào trong danh sách gửi báo cáo.',
    note: communeTableNote(figures),
  });
  return toBuffer(workbook);
}
