/**
 * The tables of a periodic report's .docx, from the figures and the columns both outputs share
 * (report-columns.ts): one table per pillar, and a breakdown — the "Biểu số liệu" with one row per
 * village team, the receiving unit's table with one row per commune — with a total row. Cells are written as Vietnamese tables write them: "1.200", "20,92", "-" where
 * no target was given.
 */
import type { DataColumn, DataTable } from '../../../shared/documents/content';
import type { ReportIndicatorLine, ReportPillar } from '../../../shared/contract/report-types';
import { formatCount, formatDecimal } from '../../../shared/vi/numbers';
import {
  NOT_SENT,
  pillarColumns,
  rowValues,
  type Breakdown,
  type BreakdownCounts,
  type IndicatorColumn,
  type ReportColumn,
} from './report-columns';

/** Where the table has nothing to say (no target given). */
export const NO_VALUE = '-';

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

const dataColumns = (columns: readonly ReportColumn[]): DataColumn[] =>
  columns.map(({ title, width, align }) => ({ title, width, align }));

export function pillarTable(pillar: ReportPillar, year: number): DataTable {
  return { columns: dataColumns(pillarColumns(year)), rows: pillar.indicators.map(indicatorRow) };
}

/** Indicator columns per table: more go to a further table, so a column never gets too narrow to read. */
export const INDICATORS_PER_TABLE = 6;
/** The number columns (counts, then indicators) of a breakdown's first table: 5 counts and 6 indicators. */
export const FIRST_TABLE_NUMBERS = 11;
/** A table with more columns than this is printed on a landscape page. */
export const PORTRAIT_MAX_COLUMNS = 8;

export interface BreakdownTables {
  /** The first holds the counts and the first indicators; each further one the next indicators. */
  tables: DataTable[];
  /** Printed on landscape pages (some table is too wide for a portrait one). */
  landscape: boolean;
}

/**
 * A breakdown as the .docx prints it: one row per village team (or commune), a total row. When
 * more indicators have results than a page can hold, each further table repeats the row's name and
 * holds the next ones. An absent row prints "Chưa gửi" then dashes, and is not in the total.
 */
export function breakdownTables<R extends Pick<BreakdownCounts, 'results'>>(
  breakdown: Breakdown<R>,
): BreakdownTables {
  const { indicators, rows } = breakdown;
  // The first table also holds the counts: it takes fewer indicators when there are more counts.
  const first = Math.max(1, FIRST_TABLE_NUMBERS - breakdown.counts.length);
  const chunks: IndicatorColumn[][] = [indicators.slice(0, first)];
  for (let i = first; i < indicators.length; i += INDICATORS_PER_TABLE) {
    chunks.push(indicators.slice(i, i + INDICATORS_PER_TABLE));
  }
  const tables = chunks.map((chunk, c): DataTable => {
    const counts = c === 0 ? breakdown.counts : [];
    const width = counts.length + chunk.length;
    const values = rows.map((row) => rowValues(row, counts, chunk));
    const totals = values.reduce<number[]>(
      (sums, row, i) => (breakdown.absent(rows[i] as R) ? sums : row.map((v, k) => (sums[k] ?? 0) + v)),
      Array.from({ length: width }, () => 0),
    );
    return {
      columns: dataColumns([...breakdown.keyColumns, ...counts, ...chunk]),
      rows: rows.map((row, i) => [
        String(i + 1),
        breakdown.name(row),
        ...(breakdown.absent(row)
          ? Array.from({ length: width }, (_, k) => (k === 0 ? NOT_SENT : NO_VALUE))
          : (values[i] ?? []).map(formatCount)),
      ]),
      total: ['', 'Tổng cộng', ...totals.map(formatCount)],
    };
  });
  return { tables, landscape: tables.some((t) => t.columns.length > PORTRAIT_MAX_COLUMNS) };
}
