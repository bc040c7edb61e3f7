/**
 * The period of a report: its boundaries under the office's convention (shared/domain/periods.ts
 * draws them), its name, whether it has ended, and the sentence the report prints under its
 * title.
 */
import type { PeriodInfo } from '../../../shared/contract/monthly-types';
import type { ReportPeriod } from '../../../shared/contract/report-types';
import {
  periodLabel,
  periodRange,
  type DateRange,
  type Period,
  type PeriodConvention,
} from '../../../shared/domain/periods';
import { pad2 } from '../../../shared/vi/text';
import { monthText, parseIsoDate } from '../documents/docx/format';

/** "15/02/2026", "14/3/2026": day and month as Decree 30's date line writes them. */
export function decree30Date(iso: string): string {
  const { day, month, year } = parseIsoDate(iso);
  return `${pad2(day)}/${monthText(month)}/${year}`;
}

/** "Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026." */
export function rangeText(range: DateRange): string {
  return `Số liệu tính từ ngày ${decree30Date(range.from)} đến ngày ${decree30Date(range.to)}.`;
}

/** A period under a convention: its code, kind, Vietnamese name and boundaries. */
export function periodInfo(period: Period, convention: PeriodConvention): PeriodInfo {
  const range = periodRange(period, convention);
  return {
    code: period.code,
    kind: period.kind,
    label: periodLabel(period),
    from: range.from,
    to: range.to,
    convention,
  };
}

/** The period as the report carries it; closed when its last day is before `today`. */
export function reportPeriod(period: Period, convention: PeriodConvention, today: string): ReportPeriod {
  const info = periodInfo(period, convention);
  return { ...info, rangeText: rangeText(info), closed: info.to < today };
}
