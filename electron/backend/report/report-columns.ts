/**
 * The columns of the report's tables, defined once for the .docx and the .xlsx so that both print
 * the same headings over the same numbers: the table per pillar, and the "Biểu số liệu" — its fixed
 * columns (the village, its counts) and a column per indicator some village team has a result
 * for. A result under a code the figures do not list keeps its column, headed by its code, in
 * both outputs: a number never goes missing from one of them.
 */
import type { CellAlign } from '../../../shared/documents/content';
import type { ReportFigures, ReportVillageRow } from '../../../shared/contract/report-types';
import { splitUnitName } from '../../../shared/domain/profile';

/**
 * A column: its heading, its width (characters in the sheet; the .docx scales the widths to its
 * text width) and how its cells are aligned.
 */
export interface ReportColumn {
  title: string;
  width: number;
  align: CellAlign;
}

/** The table of a pillar's indicators against the reporting year's target. */
export function pillarColumns(year: number): ReportColumn[] {
  return [
    { title: 'STT', width: 6, align: 'center' },
    { title: 'Chỉ tiêu', width: 40, align: 'left' },
    { title: 'Đơn vị tính', width: 11, align: 'center' },
    { title: `Chỉ tiêu năm ${year}`, width: 12, align: 'right' },
    { title: 'Kết quả trong kỳ', width: 12, align: 'right' },
    { title: 'Lũy kế từ đầu năm', width: 12, align: 'right' },
    { title: 'Tỷ lệ % so với chỉ tiêu năm', width: 13, align: 'right' },
  ];
}

/** The Biểu's first columns: the row number and the village. */
export const VILLAGE_KEY_COLUMNS: readonly ReportColumn[] = [
  { title: 'STT', width: 5, align: 'center' },
  // Wide enough for "Thôn Châu Thuận Biển 12" on one line in both outputs.
  { title: 'Thôn, tổ dân phố', width: 28, align: 'left' },
];

export interface VillageCountColumn extends ReportColumn {
  value: (row: ReportVillageRow) => number;
}

const count = (title: string, value: (row: ReportVillageRow) => number): VillageCountColumn => ({
  title,
  width: 10,
  align: 'right',
  value,
});

/** The Biểu's counts per village team, before the indicators. */
export const VILLAGE_COUNT_COLUMNS: readonly VillageCountColumn[] = [
  count('Số thành viên', (r) => r.members),
  count('Số hoạt động', (r) => r.activities),
  count('Lượt người dân được hỗ trợ', (r) => r.people),
  count('Lượt hộ gia đình được hỗ trợ', (r) => r.households),
  count('Số thành viên được tập huấn', (r) => r.trainedMembers),
];

export interface IndicatorColumn extends ReportColumn {
  code: string;
}

/** The width of an indicator's column in the Biểu. */
const INDICATOR_WIDTH = 13;

/**
 * A column per indicator some village team has a result for in the period: the figures'
 * indicators in their (catalog) order, "Name (unit)"; then a code the figures do not list, in the
 * order the rows first give it, headed by its code.
 */
export function villageIndicatorColumns(figures: ReportFigures): IndicatorColumn[] {
  const used: string[] = [];
  for (const village of figures.villages) {
    for (const [code, value] of Object.entries(village.results)) {
      if (value !== 0 && !used.includes(code)) used.push(code);
    }
  }
  const known = figures.indicators.filter((line) => used.includes(line.code));
  const unknown = used.filter((code) => !known.some((line) => line.code === code));
  const column = (code: string, title: string): IndicatorColumn => ({
    code,
    title,
    width: INDICATOR_WIDTH,
    align: 'right',
  });
  return [
    ...known.map((line) => column(line.code, `${line.name} (${line.unit})`)),
    ...unknown.map((code) => column(code, `Chỉ tiêu mã "${code}"`)),
  ];
}

/** A village team's numbers under the given count and indicator columns. */
export function villageValues(
  row: ReportVillageRow,
  counts: readonly VillageCountColumn[],
  indicators: readonly IndicatorColumn[],
): number[] {
  return [...counts.map((c) => c.value(row)), ...indicators.map((i) => row.results[i.code] ?? 0)];
}

/**
 * The note under the Biểu: its total leaves out the commune team's own work, so it can be smaller
 * than the scope's figures; `where` names the place that gives those ("mục I của Báo cáo").
 */
export function villageTableNote(figures: ReportFigures, where: string): string {
  const { generic } = splitUnitName(figures.scope.name);
  return `Ghi chú: Biểu chỉ gồm các Tổ ở thôn, tổ dân phố, không gồm Tổ cấp ${generic}; số liệu toàn ${generic} (cả Tổ cấp ${generic}) xem tại ${where}.`;
}
