/**
 * The report's period as both outputs (the .docx and the .xlsx) print it (report-period.ts
 * draws the period for the figures): its parsed form and its
 * reporting year, taken the one way from the period's code, and the line under the title, marked
 * "(Số liệu chưa chốt.)" while the period has not ended.
 */
import type { ReportPeriod } from '../../../shared/contract/report-types';
import { parsePeriod, type Period } from '../../../shared/domain/periods';

/** What the report adds to the period's line while its figures are not final. */
export const NOT_CLOSED_MARK = '(Số liệu chưa chốt.)';

/** The period the figures are about (the figures module gives a valid code). */
export function parsedPeriodOf(period: ReportPeriod): Period {
  const parsed = parsePeriod(period.code);
  if (!parsed.ok) throw new Error(`the figures' period code is not a period: ${period.code}`);
  return parsed.period;
}

/** The reporting year: the year of the targets and of the cumulative results. */
export function reportYear(period: ReportPeriod): number {
  return parsedPeriodOf(period).year;
}

/** "Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.", with the mark while the period is open. */
export function periodLine(period: ReportPeriod): string {
  return period.closed ? period.rangeText : `${period.rangeText} ${NOT_CLOSED_MARK}`;
}
