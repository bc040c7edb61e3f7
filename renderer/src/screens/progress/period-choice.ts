/**
 * What the period selector offers (month, quarter, half-year, year) and which period it starts
 * on: the reporting year of the month running today. Boundaries come from shared/domain/periods.
 */
import {
  makePeriod,
  MAX_YEAR,
  MIN_YEAR,
  parsePeriod,
  periodContaining,
  type Period,
  type PeriodConvention,
  type PeriodKind,
} from '../../../../shared/domain/periods';

export const choosableKinds = [
  'month',
  'quarter',
  'half_year',
  'year',
] as const satisfies readonly PeriodKind[];
export type ChoosableKind = PeriodKind;

/** The periodic report's periods: the progress's and the 9 months (Decree 09 asks for all five). */
export const reportKinds = [
  'month',
  'quarter',
  'half_year',
  'nine_months',
  'year',
] as const satisfies readonly PeriodKind[];

export const kindLabels: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  half_year: '6 tháng',
  nine_months: '9 tháng',
  year: 'Năm',
};

const romans = ['I', 'II', 'III', 'IV'];

/** The parts of the year a kind is cut into: "Tháng 5", "Quý II", "6 tháng đầu năm"; none for the year. */
export function indexOptions(kind: ChoosableKind): { value: number; label: string }[] {
  switch (kind) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `Tháng ${i + 1}` }));
    case 'quarter':
      return romans.map((r, i) => ({ value: i + 1, label: `Quý ${r}` }));
    case 'half_year':
      return [
        { value: 1, label: '6 tháng đầu năm' },
        { value: 2, label: '6 tháng cuối năm' },
      ];
    case 'nine_months':
    case 'year':
      return [];
  }
}

export function isChoosable(period: Period, kinds: readonly PeriodKind[] = choosableKinds): boolean {
  return kinds.includes(period.kind);
}

/** The year of the reporting month running today (under Decree 09, 20/12/2026 is in 2027). */
export function defaultPeriod(today: string, convention: PeriodConvention): Period {
  return makePeriod('year', periodContaining(today, 'month', convention).year);
}

/** A period from the address (`#/tien-do?period=2026-Q2`), or null when absent or not one the selector offers. */
export function periodFromParam(
  value: string | null,
  kinds: readonly PeriodKind[] = choosableKinds,
): Period | null {
  if (value === null) return null;
  const parsed = parsePeriod(value);
  return parsed.ok && isChoosable(parsed.period, kinds) ? parsed.period : null;
}

/**
 * Another kind of period in the same year: the one running today when the year is this one,
 * otherwise the first of the year.
 */
export function withKind(
  current: Period,
  kind: ChoosableKind,
  today: string,
  convention: PeriodConvention,
): Period {
  if (kind === 'year' || kind === 'nine_months') return makePeriod(kind, current.year);
  const running = periodContaining(today, kind, convention);
  return makePeriod(kind, current.year, running.year === current.year ? running.index : 1);
}

/** The same part of another year. */
export function withYear(current: Period, year: number): Period {
  return makePeriod(current.kind, year, current.index);
}

/** The years offered: from five before today's to one after, within the years the application accepts. */
export function yearOptions(today: string, selected: number): number[] {
  const now = Number(today.slice(0, 4));
  const first = Math.max(MIN_YEAR, Math.min(now - 5, selected));
  const last = Math.min(MAX_YEAR, Math.max(now + 1, selected));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
