/**
 * What the officer should look at before sending the report: figures not final yet, village
 * teams that did nothing in the period, targets without any result, activities dated after the
 * cut-off (they count in the next period).
 */
import type { Kysely } from 'kysely';
import type {
  ReportIndicatorLine,
  ReportPeriod,
  ReportVillageRow,
  ReportWarning,
} from '../../../shared/contract/report-types';
import { formatCount } from '../../../shared/vi/numbers';
import type { Database } from '../db/schema';
import { decree30Date } from './report-period';
import { teamOf } from './scope';

/**
 * Up to this many activities after the cut-off are named in the warning (for the officer to open
 * them); beyond, the message gives their number only (a receiving unit may have thousands).
 */
export const AFTER_CUTOFF_IDS = 100;

/** The live activities of the scope dated after the period's last day, up to `today`. */
async function afterCutoff(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
  period: ReportPeriod,
  today: string,
): Promise<{ count: number; ids: string[] }> {
  if (today <= period.to) return { count: 0, ids: [] };
  const base = db
    .selectFrom('activities')
    .where('deleted_at', 'is', null)
    .where('date', '>', period.to)
    .where('date', '<=', today)
    .$if(teamIds !== null, (qb) => qb.where(teamOf('team_id', teamIds ?? [])));
  const { count } = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  if (Number(count) === 0 || Number(count) > AFTER_CUTOFF_IDS) return { count: Number(count), ids: [] };
  const ids = await base.select('id').orderBy('date').orderBy('id').execute();
  return { count: Number(count), ids: ids.map((r) => r.id) };
}

function names(list: readonly string[]): string {
  return list.join(', ');
}

export async function reportWarnings(
  db: Kysely<Database>,
  teamIds: readonly string[] | null,
  period: ReportPeriod,
  today: string,
  indicators: readonly ReportIndicatorLine[],
  villages: readonly ReportVillageRow[],
): Promise<ReportWarning[]> {
  const warnings: ReportWarning[] = [];
  const [from, to] = [decree30Date(period.from), decree30Date(period.to)];
  const open = notClosedWarning(period);
  if (open) warnings.push(open);
  const late = await afterCutoff(db, teamIds, period, today);
  if (late.count > 0) {
    warnings.push({
      code: 'after_cutoff',
      message:
        `Có ${formatCount(late.count)} hoạt động ghi ngày sau ngày ${to} (ngày chốt số liệu của kỳ): ` +
        'không tính vào kỳ này mà tính vào kỳ sau. Nếu ghi nhầm ngày, hãy sửa ngày của hoạt động.',
      activityIds: late.ids,
    });
  }
  const idle = villages.filter((v) => v.activities === 0);
  if (idle.length > 0) {
    warnings.push({
      code: 'team_without_activity',
      message:
        `${formatCount(idle.length)} Tổ thôn không có hoạt động nào từ ngày ${from} đến ngày ${to}: ` +
        `${names(idle.map((v) => v.teamName))}. Hãy kiểm tra đã ghi đủ hoạt động của các Tổ này chưa.`,
      teamIds: idle.map((v) => v.teamId),
    });
  }
  const unmet = targetWithoutResultWarning(period, indicators);
  if (unmet) warnings.push(unmet);
  return warnings;
}

/** The period has not ended: its figures may still change. */
export function notClosedWarning(period: ReportPeriod): ReportWarning | null {
  if (period.closed) return null;
  const to = decree30Date(period.to);
  return {
    code: 'not_closed',
    message:
      `${period.label} chưa hết (số liệu tính đến hết ngày ${to}): số liệu chưa chốt, còn có thể thay đổi. ` +
      `Báo cáo chính thức nên lập sau ngày ${to}.`,
  };
}

/** Indicators with a target for the year and no result from its first day to the period's last. */
export function targetWithoutResultWarning(
  period: ReportPeriod,
  indicators: readonly ReportIndicatorLine[],
): ReportWarning | null {
  const missing = indicators.filter((l) => l.target !== null && l.target > 0 && l.cumulative === 0);
  if (missing.length === 0) return null;
  return {
    code: 'target_without_result',
    message:
      `Chỉ tiêu đã giao nhưng từ đầu năm đến ngày ${decree30Date(period.to)} chưa có kết quả: ` +
      `${names(missing.map((l) => l.name))}. Hãy kiểm tra đã ghi kết quả vào các hoạt động chưa.`,
    indicatorCodes: missing.map((l) => l.code),
  };
}
