/**
 * The columns of the report's tables, defined once for the .docx and the .xlsx so that both print
 * the same headings over the same numbers: the table per pillar, and the breakdown tables — the
 * commune's "Biểu số liệu" (a row per village team) and the receiving unit's table of communes —
 * with their fixed columns (the village or commune, its counts) and a column per indicator some
 * row has a result for. A result under a code the figures do not list keeps its column, headed by its code, in
 * both outputs: a number never goes missing from one of them.
 */
import type { CellAlign } from '../../../shared/documents/content';
import type {
  AggregateCommuneRow,
  AggregateFigures,
  ReportFigures,
  ReportIndicatorLine,
  ReportVillageRow,
} from '../../../shared/contract/report-types';
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

/** The receiving unit's table of communes: the row number and the commune. */
export const COMMUNE_KEY_COLUMNS: readonly ReportColumn[] = [
  { title: 'STT', width: 5, align: 'center' },
  // Wide enough for "Phường Nguyễn Thị Minh Khai" on one line in both outputs.
  { title: 'Xã, phường', width: 32, align: 'left' },
];

/**
 * What a row of a breakdown table counts — a village team of a commune's "Biểu số liệu", a commune
 * of the receiving unit's table of communes: the same counts, and its results per indicator code.
 */
export type BreakdownCounts = Pick<
  ReportVillageRow,
  'members' | 'activities' | 'people' | 'households' | 'trainedMembers' | 'results'
>;

export interface CountColumn<R> extends ReportColumn {
  value: (row: R) => number;
}

function count<R>(title: string, value: (row: R) => number): CountColumn<R> {
  return { title, width: 10, align: 'right', value };
}

/** The Biểu's counts per village team, before the indicators. */
export const VILLAGE_COUNT_COLUMNS: readonly CountColumn<BreakdownCounts>[] = [
  count('Số thành viên', (r) => r.members),
  count('Số hoạt động', (r) => r.activities),
  count('Lượt người dân được hỗ trợ', (r) => r.people),
  count('Lượt hộ gia đình được hỗ trợ', (r) => r.households),
  count('Số thành viên được tập huấn', (r) => r.trainedMembers),
];

/** The counts per commune: its teams, then what the village Biểu counts. */
export const COMMUNE_COUNT_COLUMNS: readonly CountColumn<AggregateCommuneRow>[] = [
  count('Số Tổ', (r) => r.teams),
  ...VILLAGE_COUNT_COLUMNS,
];

export interface IndicatorColumn extends ReportColumn {
  code: string;
}

/** The width of an indicator's column in the Biểu. */
const INDICATOR_WIDTH = 13;

/**
 * A column per indicator some row has a result for in the period: the figures' indicators in
 * their (catalog) order, "Name (unit)"; then a code the figures do not list, in the order the
 * rows first give it, headed by its code.
 */
export function indicatorColumns(
  rows: readonly Pick<BreakdownCounts, 'results'>[],
  indicators: readonly ReportIndicatorLine[],
): IndicatorColumn[] {
  const used: string[] = [];
  for (const row of rows) {
    for (const [code, value] of Object.entries(row.results)) {
      if (value !== 0 && !used.includes(code)) used.push(code);
    }
  }
  const known = indicators.filter((line) => used.includes(line.code));
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

/** A row's numbers under the given count and indicator columns. */
export function rowValues<R extends Pick<BreakdownCounts, 'results'>>(
  row: R,
  counts: readonly CountColumn<R>[],
  indicators: readonly IndicatorColumn[],
): number[] {
  return [...counts.map((c) => c.value(row)), ...indicators.map((i) => row.results[i.code] ?? 0)];
}

/**
 * A breakdown table as both outputs lay it out: its fixed columns, its counts and indicator
 * columns, its rows. A row marked absent (a commune that sent nothing) prints "Chưa gửi" and
 * dashes, never zeros, and is left out of the total.
 */
export interface Breakdown<R extends Pick<BreakdownCounts, 'results'>> {
  keyColumns: readonly ReportColumn[];
  counts: readonly CountColumn<R>[];
  indicators: readonly IndicatorColumn[];
  rows: readonly R[];
  name: (row: R) => string;
  absent: (row: R) => boolean;
}

/** What an absent row prints in its first number cell. */
export const NOT_SENT = 'Chưa gửi';

/** The commune's "Biểu số liệu": a row per village team. */
export function villageBreakdown(figures: ReportFigures): Breakdown<ReportVillageRow> {
  return {
    keyColumns: VILLAGE_KEY_COLUMNS,
    counts: VILLAGE_COUNT_COLUMNS,
    indicators: indicatorColumns(figures.villages, figures.indicators),
    rows: figures.villages,
    name: (row) => row.villageName,
    absent: () => false,
  };
}

/** The receiving unit's table: a row per commune, those that sent nothing marked. */
export function communeBreakdown(figures: AggregateFigures): Breakdown<AggregateCommuneRow> {
  return {
    keyColumns: COMMUNE_KEY_COLUMNS,
    counts: COMMUNE_COUNT_COLUMNS,
    indicators: indicatorColumns(figures.communes, figures.indicators),
    rows: figures.communes,
    name: (row) => row.communeName,
    absent: (row) => !row.received,
  };
}

/**
 * The note under the Biểu: its total leaves out the commune team's own work, so it can be smaller
 * than the scope's figures; `where` names the place that gives those ("mục I của Báo cáo").
 */
export function villageTableNote(figures: ReportFigures, where: string): string {
  const { generic } = splitUnitName(figures.scope.name);
  return `Ghi chú: Biểu chỉ gồm các Tổ ở thôn, tổ dân phố, không gồm Tổ cấp ${generic}; số liệu toàn ${generic} (cả Tổ cấp ${generic}) xem tại ${where}.`;
}

/**
 * The note under the table of communes when some sent nothing: the total is the received
 * communes' (the report's figures), the others are named. Null when every commune sent its data.
 */
export function communeTableNote(figures: AggregateFigures): string | null {
  const missing = figures.communes.filter((c) => !c.received);
  if (missing.length === 0) return null;
  return `Ghi chú: Dòng Tổng cộng chỉ gồm các xã, phường đã gửi số liệu; ${missing.map((c) => c.communeName).join(', ')} chưa gửi số liệu của kỳ này ("${NOT_SENT}").`;
}
