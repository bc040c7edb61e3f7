/**
 * Completeness (issue 10, item 6): for a year, each commune on the list × each month, whether
 * the month's bundle arrived, arrived late (after the deadline day of the next month, a setting
 * of the receiving unit, the 15th by default), is missing (its deadline passed) or not yet due,
 * and how often it was replaced; with the communes to call. One grouped read of the receipts.
 */
import { sql, type Kysely } from 'kysely';
import type {
  Completeness,
  CompletenessCell,
  CompletenessRow,
} from '../../../shared/contract/receiving-types';
import { pad2, compareVi } from '../../../shared/vi/text';
import { todayIso } from '../../../shared/vi/dates';
import type { Database } from '../db/schema';
import { requireReceivingProfile } from './receiving-unit';

/** The last day a month's bundle is on time: the deadline day of the next month. */
export function monthDeadline(year: number, month: number, deadlineDay: number): string {
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  return `${next.y}-${pad2(next.m)}-${pad2(deadlineDay)}`;
}

/** The day (local time, as the officer's calendar reads it) a receipt was taken. */
function receivedDay(iso: string): string {
  return todayIso(new Date(iso));
}

export async function getCompleteness(
  db: Kysely<Database>,
  year: number,
  today: string = todayIso(),
): Promise<Completeness> {
  const profile = await requireReceivingProfile(db);
  const communes = await db.selectFrom('received_communes').select(['code', 'name', 'contact']).execute();
  const receipts = await db
    .selectFrom('bundle_receipts')
    .select([
      'commune_code',
      'period_code',
      sql<string>`min(received_at)`.as('first'),
      sql<number>`sum(status = 'replaced')`.as('replacements'),
    ])
    .where('period_code', '>=', `${year}-01`)
    .where('period_code', '<=', `${year}-12`)
    .groupBy(['commune_code', 'period_code'])
    .execute();
  const byCell = new Map(receipts.map((r) => [`${r.commune_code} ${r.period_code}`, r]));
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const rows: CompletenessRow[] = communes
    .sort((a, b) => compareVi(a.name, b.name) || a.code.localeCompare(b.code))
    .map((c) => {
      const cells: CompletenessCell[] = months.map((month) => {
        const deadline = monthDeadline(year, month, profile.deadlineDay);
        const got = byCell.get(`${c.code} ${year}-${pad2(month)}`);
        if (got !== undefined) {
          return {
            month,
            status: receivedDay(got.first) > deadline ? 'late' : 'received',
            firstReceivedAt: got.first,
            replacements: Number(got.replacements),
            deadline,
          };
        }
        return {
          month,
          status: today > deadline ? 'missing' : 'not_due',
          firstReceivedAt: null,
          replacements: 0,
          deadline,
        };
      });
      const count = (status: CompletenessCell['status']) => cells.filter((x) => x.status === status).length;
      return {
        communeCode: c.code,
        communeName: c.name,
        contact: c.contact,
        cells,
        received: count('received') + count('late'),
        late: count('late'),
        missing: count('missing'),
      };
    });
  return {
    year,
    deadlineDay: profile.deadlineDay,
    asOf: today,
    rows,
    toCall: rows
      .filter((r) => r.missing > 0)
      .map((r) => ({
        communeCode: r.communeCode,
        communeName: r.communeName,
        contact: r.contact,
        months: r.cells.filter((x) => x.status === 'missing').map((x) => x.month),
      })),
  };
}
