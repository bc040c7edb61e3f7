/**
 * The tables of a periodic report, from the figures: one table per pillar (STT | Chỉ tiêu | Đơn vị
 * tính | Chỉ tiêu năm | Kết quả trong kỳ | Lũy kế từ đầu năm | Tỷ lệ % so với chỉ tiêu) and the
 * "Biểu số liệu" with one row per village team and a total row. Cells are written as Vietnamese
 * tables write them: "1.200", "20,92", "-" where no target was given.
 */
import type { DataColumn, DataTable } from '../../../shared/documents/content';
import type {
  ReportFigures,
  ReportIndicatorLine,
  ReportPillar,
  ReportVillageRow,
} from '../../../shared/contract/report-types';
import { formatCount, formatDecimal } from '../../../shared/vi/numbers';

/** Where the table has nothing to say (no target given). */
export const NO_VALUE = '-';

export const PILLAR_COLUMNS: readonly DataColumn[] = [
  { title: 'STT', width: 6, align: 'center' },
  { title: 'Chỉ tiêu', width: 40, align: 'left' },
  { title: 'Đơn vị tính', width: 11, align: 'center' },
  { title: 'Chỉ tiêu năm', width: 11, align: 'right' },
  { title: 'Kết quả trong kỳ', width: 11, align: 'right' },
  { title: 'Lũy kế từ đầu năm', width: 11, align: 'right' },
  { title: 'Tỷ lệ % so với chỉ tiêu', width: 11, align: 'right' },
];

/** "20,92": the column's title says "%". */
export function percentCell(percent: number | null): string {
  return percent === null ? NO_VALUE : formatDecimal(percent);
}

function indicatorRow(line: ReportIndicatorLine, index: number): string[] {
  return [
    String(index + 1),
    line.name,
    line.unit,
    line.target === null ? NO_VALUE : formatCount(line.target),
    formatCount(line.result),
    formatCount(line.cumulative),
    percentCell(line.percent),
  ];
}

export function pillarTable(pillar: ReportPillar): DataTable {
  return { columns: [...PILLAR_COLUMNS], rows: pillar.indicators.map(indicatorRow) };
}

/** The village counts of the "Biểu số liệu", before the indicators' columns. */
const VILLAGE_COUNTS: readonly { title: string; value: (row: ReportVillageRow) => number }[] = [
  { title: 'Số thành viên', value: (r) => r.members },
  { title: 'Số hoạt động', value: (r) => r.activities },
  { title: 'Lượt người dân được hỗ trợ', value: (r) => r.people },
  { title: 'Lượt hộ gia đình được hỗ trợ', value: (r) => r.households },
  { title: 'Thành viên được tập huấn', value: (r) => r.trainedMembers },
];

/** Indicator columns per table: more go to a further table, so a column never gets too narrow to read. */
export const INDICATORS_PER_TABLE = 6;
/** A table with more columns than this is printed on a landscape page. */
export const PORTRAIT_MAX_COLUMNS = 8;

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** The indicators some village team has a result for in the period, in catalog order. */
export function villageIndicators(figures: ReportFigures): ReportIndicatorLine[] {
  return figures.indicators.filter((line) => figures.villages.some((v) => (v.results[line.code] ?? 0) > 0));
}

export interface VillageTable {
  table: DataTable;
  landscape: boolean;
}

/**
 * The "Biểu số liệu": one row per village team, a total row. The first table holds the counts
 * and the first indicators; when more indicators have results, each further table repeats the
 * village and holds the next ones.
 */
export function villageTables(figures: ReportFigures): VillageTable[] {
  const lines = villageIndicators(figures);
  const chunks: ReportIndicatorLine[][] = [];
  for (let i = 0; i < lines.length; i += INDICATORS_PER_TABLE) {
    chunks.push(lines.slice(i, i + INDICATORS_PER_TABLE));
  }
  if (chunks.length === 0) chunks.push([]);
  return chunks.map((chunk, c) => {
    const counts = c === 0 ? VILLAGE_COUNTS : [];
    const columns: DataColumn[] = [
      { title: 'STT', width: 4, align: 'center' },
      { title: 'Thôn, tổ dân phố', width: 22, align: 'left' },
      ...counts.map((k) => ({ title: k.title, width: 6, align: 'right' as const })),
      ...chunk.map((line) => ({ title: `${line.name} (${line.unit})`, width: 10, align: 'right' as const })),
    ];
    const values = (row: ReportVillageRow): number[] => [
      ...counts.map((k) => k.value(row)),
      ...chunk.map((line) => row.results[line.code] ?? 0),
    ];
    const rows = figures.villages.map((row, i) => [
      String(i + 1),
      row.villageName,
      ...values(row).map(formatCount),
    ]);
    const columnCount = columns.length - 2;
    const totals = Array.from({ length: columnCount }, (_, k) =>
      sum(figures.villages.map((row) => values(row)[k] ?? 0)),
    );
    return {
      table: { columns, rows, total: ['', 'Tổng cộng', ...totals.map(formatCount)] },
      landscape: columns.length > PORTRAIT_MAX_COLUMNS,
    };
  });
}
