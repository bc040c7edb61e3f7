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
import type { ReportFigures, ReportPillar } from '../../../shared/contract/report-types';
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
  pillarColumns,
  VILLAGE_COUNT_COLUMNS,
  VILLAGE_KEY_COLUMNS,
  villageIndicatorColumns,
  villageTableNote,
  villageValues,
  type ReportColumn,
} from './report-columns';
import { reportYear } from './report-period-line';

export type { ReportWorkbookHeader } from './report-sheet-form';

/** The tab names; a pillar's sheet is named by its label ("Chính quyền số"). */
export const SUMMARY_SHEET = 'Tổng hợp';
export const VILLAGES_SHEET = 'Biểu số liệu';

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

function summaryLines(f: ReportFigures): SummaryLine[] {
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

function addSummary(workbook: ExcelJS.Workbook, f: ReportFigures, header: ReportWorkbookHeader): void {
  const { sheet, tableRow } = startFormSheet(workbook, summarySpec, header, f.period);
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
  f: ReportFigures,
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
// Biểu số liệu: a row per village team

function addVillages(workbook: ExcelJS.Workbook, f: ReportFigures, header: ReportWorkbookHeader): void {
  const indicators = villageIndicatorColumns(f);
  const columns: ColumnSpec[] = [
    ...VILLAGE_KEY_COLUMNS.map((c) => sheetColumn(c)),
    ...[...VILLAGE_COUNT_COLUMNS, ...indicators].map((c) => sheetColumn(c, COUNT_FORMAT)),
  ];
  const spec: FormSheetSpec = {
    name: VILLAGES_SHEET,
    caption: 'Biểu số liệu của các Tổ Công nghệ số cộng đồng ở thôn, tổ dân phố',
    orientation: 'landscape',
    columns,
  };
  const { sheet, tableRow } = startFormSheet(workbook, spec, header, f.period);
  const fixedCount = VILLAGE_KEY_COLUMNS.length + VILLAGE_COUNT_COLUMNS.length;
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
  f.villages.forEach((v, i) => {
    const row = first + i;
    dataRow(sheet, row, columns, [
      i + 1,
      v.villageName,
      ...villageValues(v, VILLAGE_COUNT_COLUMNS, indicators),
    ]);
    fitRow(sheet, row, columns);
  });
  const last = first + f.villages.length - 1;
  if (f.villages.length === 0) {
    noteRow(
      sheet,
      first,
      'Trong kỳ không có Tổ Công nghệ số cộng đồng ở thôn, tổ dân phố nào hoạt động.',
      columns,
    );
  } else {
    const totals = f.villages
      .map((v) => villageValues(v, VILLAGE_COUNT_COLUMNS, indicators))
      .reduce((sums, values) => sums.map((s, k) => s + (values[k] ?? 0)));
    dataRow(
      sheet,
      last + 1,
      columns,
      [null, 'Tổng cộng', ...totals.map((t, i) => sumFormula(columnLetter(3 + i), first, last, t))],
      { bold: true },
    );
    noteRow(sheet, last + 3, villageTableNote(f, 'trang "Tổng hợp"'), columns);
  }
  finishFormSheet(sheet, spec, tableRow, lastHeader);
}

/**
 * The workbook of a report: "Tổng hợp", a sheet per pillar present, "Biểu số liệu". Every
 * sheet carries the form's header rows and prints on A4 with its table's header repeated.
 */
export async function writeReportWorkbook(
  figures: ReportFigures,
  header: ReportWorkbookHeader,
): Promise<Buffer> {
  const workbook = newWorkbook();
  addSummary(workbook, figures, header);
  for (const pillar of figures.pillars) addPillar(workbook, figures, pillar, header);
  addVillages(workbook, figures, header);
  return toBuffer(workbook);
}
