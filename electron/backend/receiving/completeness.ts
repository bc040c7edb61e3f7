/**
 * Completeness (issue 10, item 6): for a year, each commune on the list × each month, whether
 * the month's data arrived, arrived late (after the deadline day of the next month, a setting
 * of the receiving unit, the 15th by default), is missing (its deadline passed) or not yet due,
 * and how often it was replaced; with the communes to call. One grouped read of the receipts.
 *
 * A quarter's, 6 or 9 months' or the year's bundle covers its months: a month with no bundle of
 * its own is received when a longer bundle including it arrived (the cell names that period in
 * `coveredBy`), on time or late by the month's own deadline against the first such arrival — a
 * quarter sent after the first month's deadline makes that month late, not missing. A month's
 * own bundle comes first: the cell is judged by it, and says nothing of the longer ones.
 */
import { sql, type Kysely } from 'kysely';
import type {
  Completeness,
  CompletenessCell,
  CompletenessRow,
} from '../../../shared/contract/receiving-types';
import { monthSpan, parsePeriod } from '../../../shared/domain/periods';
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
    // The year's codes: "2026", "2026-05", "2026-Q2", "2026-H1", "2026-9M".
    .where((eb) => eb.or([eb('period_code', '=', String(year)), eb('period_code', 'like', `${year}-%`)]))
    .groupBy(['commune_code', 'period_code'])
    .execute();
  const byCell = new Map(receipts.map((r) => [`${r.commune_code} ${r.period_code}`, r]));
  // The longer bundles (quarter, 6 and 9 months, year) by commune: the months each one covers.
  const longer = new Map<
    string,
    { code: string; first: string; replacements: number; from: number; to: number }[]
  >();
  for (const r of receipts) {
    const parsed = parsePeriod(r.period_code);
    if (!parsed.ok || parsed.period.kind === 'month' || parsed.period.year !== year) continue;
    const [from, to] = monthSpan(parsed.period);
    const list = longer.get(r.commune_code) ?? [];
    list.push({ code: r.period_code, first: r.first, replacements: Number(r.replacements), from, to });
    longer.set(r.commune_code, list);
  }
  /** The first longer bundle of the commune covering the month (the earliest arrival). */
  const coverOf = (code: string, month: number) =>
    (longer.get(code) ?? [])
      .filter((b) => b.from <= month && month <= b.to)
      .sort((a, b) => a.first.localeCompare(b.first))[0];
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
            coveredBy: null,
          };
        }
        const cover = coverOf(c.code, month);
        if (cover !== undefined) {
          return {
            month,
            status: receivedDay(cover.first) > deadline ? 'late' : 'received',
            firstReceivedAt: cover.first,
            replacements: cover.replacements,
            deadline,
            coveredBy: cover.code,
          };
        }
        return {
          month,
          status: today > deadline ? 'missing' : 'not_due',
          firstReceivedAt: null,
          replacements: 0,
          deadline,
          coveredBy: null,
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
