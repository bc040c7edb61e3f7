/**
 * Reporting periods: THE place where period boundaries are computed (progress, the periodic
 * report, the dashboard and the monthly bundle all call it).
 *
 * Two conventions, chosen by the `reportingPeriods` setting:
 * - `decree09` (default): Decree 09/2019/NĐ-CP art. 12 closes figures on the 14th — a month runs
 *   from the 15th of the previous month to the 14th of the month reported; a quarter from the
 *   15th of the month before it to the 14th of its last month; the first half-year from
 *   15 December of the previous year to 14 June; the year from 15 December to 14 December.
 * - `calendar`: the 1st to the last day of the calendar month, quarter, half-year or year.
 *
 * Either way a period is a union of half-months (days 1–14 and 15–end), which is what the
 * half-month summary of results (`halfMonthBucket`) relies on.
 */
import { documentYearLimits } from '../contract/limits';

export const periodConventions = ['decree09', 'calendar'] as const;
export type PeriodConvention = (typeof periodConventions)[number];
export const periodConventionLabels: Record<PeriodConvention, string> = {
  decree09: 'Theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước đến ngày 14)',
  calendar: 'Theo tháng dương lịch (từ ngày 1 đến ngày cuối tháng)',
};
export const defaultPeriodConvention: PeriodConvention = 'decree09';

export const periodKinds = ['month', 'quarter', 'half_year', 'nine_months', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half-year 1–2; 0 for nine months and the year. */
  index: number;
  /** As typed in the CLI and kept in reports: "2026", "2026-H1", "2026-Q2", "2026-05", "2026-9M". */
  code: string;
}

export interface DateRange {
  /** First day, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to: string;
}

/** The years the work can be dated in: the same range as every other date of the application. */
export const MIN_YEAR = documentYearLimits.min;
export const MAX_YEAR = documentYearLimits.max;

const romans = ['I', 'II', 'III', 'IV'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function codeOf(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'month':
      return `${year}-${pad(index)}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half_year':
      return `${year}-H${index}`;
    case 'nine_months':
      return `${year}-9M`;
    case 'year':
      return String(year);
  }
}

/** Builds a period; throws on an index out of range (a programming error, not user input). */
export function makePeriod(kind: PeriodKind, year: number, index = 0): Period {
  const max = { month: 12, quarter: 4, half_year: 2, nine_months: 0, year: 0 }[kind];
  const ok = max === 0 ? index === 0 : Number.isInteger(index) && index >= 1 && index <= max;
  if (!ok || !Number.isInteger(year)) throw new RangeError(`period ${kind} ${year} ${index}`);
  return { kind, year, index, code: codeOf(kind, year, index) };
}

export type ParsedPeriod = { ok: true; period: Period } | { ok: false; message: string };

const periodHelp =
  'Kỳ báo cáo ghi dạng 2026 (năm), 2026-H1 hoặc 2026-H2 (6 tháng), 2026-Q2 (quý), 2026-9M (9 tháng) ' +
  'hoặc 2026-05 (tháng).';

/** Parses "2026", "2026-H1", "2026-Q2", "2026-05", "2026-9M" (case-insensitive, spaces trimmed). */
export function parsePeriod(text: string): ParsedPeriod {
  const value = text.trim().toUpperCase();
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|9M|\d{2}))?$/u.exec(value);
  if (m === null) return { ok: false, message: `Kỳ "${text}" không hợp lệ. ${periodHelp}` };
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `Năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}. ${periodHelp}` };
  }
  const part = m[2];
  if (part === undefined) return { ok: true, period: makePeriod('year', year) };
  if (part === '9M') return { ok: true, period: makePeriod('nine_months', year) };
  if (part.startsWith('H')) return { ok: true, period: makePeriod('half_year', year, Number(part.slice(1))) };
  if (part.startsWith('Q')) return { ok: true, period: makePeriod('quarter', year, Number(part.slice(1))) };
  const month = Number(part);
  if (month < 1 || month > 12) {
    return { ok: false, message: `Tháng ${part} không có (chỉ từ 01 đến 12). ${periodHelp}` };
  }
  return { ok: true, period: makePeriod('month', year, month) };
}

/** The months of the year (1–12) a period covers, first and last. */
export function monthSpan(period: Period): [number, number] {
  switch (period.kind) {
    case 'month':
      return [period.index, period.index];
    case 'quarter':
      return [period.index * 3 - 2, period.index * 3];
    case 'half_year':
      return [period.index * 6 - 5, period.index * 6];
    case 'nine_months':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

/** The first and last day of a period under a convention. */
export function periodRange(
  period: Period,
  convention: PeriodConvention = defaultPeriodConvention,
): DateRange {
  const [first, last] = monthSpan(period);
  if (convention === 'calendar') {
    return {
      from: iso(period.year, first, 1),
      to: iso(period.year, last, lastDayOfMonth(period.year, last)),
    };
  }
  const from = first === 1 ? iso(period.year - 1, 12, 15) : iso(period.year, first - 1, 15);
  return { from, to: iso(period.year, last, 14) };
}

/** The period of `kind` a day's figures are counted in (under Decree 09, 20/12/2026 is in 2027). */
export function periodContaining(
  date: string,
  kind: PeriodKind,
  convention: PeriodConvention = defaultPeriodConvention,
): Period {
  let [year, month] = date.split('-').map(Number) as [number, number, number];
  const day = Number(date.slice(8, 10));
  if (convention === 'decree09' && day >= 15) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  switch (kind) {
    case 'month':
      return makePeriod('month', year, month);
    case 'quarter':
      return makePeriod('quarter', year, Math.ceil(month / 3));
    case 'half_year':
      return makePeriod('half_year', year, month <= 6 ? 1 : 2);
    case 'nine_months':
      return makePeriod('nine_months', year);
    case 'year':
      return makePeriod('year', year);
  }
}

/** The Vietnamese name of a period: "Tháng 5/2026", "Quý II/2026", "6 tháng đầu năm 2026"… */
export function periodLabel(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `Tháng ${period.index}/${period.year}`;
    case 'quarter':
      return `Quý ${romans[period.index - 1] ?? period.index}/${period.year}`;
    case 'half_year':
      return period.index === 1 ? `6 tháng đầu năm ${period.year}` : `6 tháng cuối năm ${period.year}`;
    case 'nine_months':
      return `9 tháng đầu năm ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
  }
}

/**
 * A short mark of a period longer than a month, for a narrow cell of the completeness matrix:
 * "Q1", "6T1", "6T2", "9T", "Năm" (a month's own code otherwise).
 */
export function shortPeriodMark(code: string): string {
  const parsed = parsePeriod(code);
  if (!parsed.ok) return code;
  const p = parsed.period;
  switch (p.kind) {
    case 'month':
      return `T${p.index}`;
    case 'quarter':
      return `Q${p.index}`;
    case 'half_year':
      return `6T${p.index}`;
    case 'nine_months':
      return '9T';
    case 'year':
      return 'Năm';
  }
}

/**
 * The period as a report's title writes it after the team's name: "tháng 3 năm 2026", "quý I năm
 * 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "9 tháng năm 2026", "năm 2026".
 */
export function periodInTitle(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `tháng ${period.index} năm ${period.year}`;
    case 'quarter':
      return `quý ${romans[period.index - 1] ?? period.index} năm ${period.year}`;
    case 'half_year':
      return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'nine_months':
      return `9 tháng năm ${period.year}`;
    case 'year':
      return `năm ${period.year}`;
  }
}

/** The half-month a day falls in: (year × 12 + month − 1) × 2, plus 1 from the 15th on. */
export function halfMonthBucket(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return (year * 12 + month - 1) * 2 + (day >= 15 ? 1 : 0);
}

/**
 * The half-month buckets a range covers exactly, or null when it does not start on a 1st or a
 * 15th and end on a 14th or a month's last day (then the figures must be summed day by day).
 */
export function bucketSpan(range: DateRange): [number, number] | null {
  const fromDay = Number(range.from.slice(8, 10));
  const [ty, tm, td] = range.to.split('-').map(Number) as [number, number, number];
  if (fromDay !== 1 && fromDay !== 15) return null;
  if (td !== 14 && td !== lastDayOfMonth(ty, tm)) return null;
  return [halfMonthBucket(range.from), halfMonthBucket(range.to)];
}

/** Days from `from` to `to`, both included. */
export function daysInRange(range: DateRange): number {
  const ms = Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/**
 * The share (0–1) of the reporting year that has passed by the end of `range` — or by `today`
 * when the range is still running: what a team should have done of its yearly target.
 */
export function elapsedShareOfYear(
  year: number,
  range: DateRange,
  today: string,
  convention: PeriodConvention = defaultPeriodConvention,
): number {
  const yearRange = periodRange(makePeriod('year', year), convention);
  const end = [range.to, today, yearRange.to].sort()[0] ?? range.to;
  if (end < yearRange.from) return 0;
  return Math.min(1, daysInRange({ from: yearRange.from, to: end }) / daysInRange(yearRange));
}
