/**
 * The summaries of results, kept exact inside the transaction of each write: `activity_totals`
 * per half-month (any period of either convention is a union of them), `activity_year_totals`
 * per reporting year under each convention (a year's progress reads one row per team and
 * indicator) and `activity_kind_totals`, the activities themselves (count, people, households)
 * per half-month, team and kind (what the periodic report counts). Each write takes the
 * contribution of the activities it touches out before it changes them and puts it back after.
 *
 * The contribution is summed here, in memory, from the activities as they are written (an insert
 * has them at hand; a change or a deletion reads its few rows first), and applied with one
 * upsert per summary fed by a bound JSON array: a bulk insert of 10,000 activities costs three
 * statements and no second reading of what it has just written.
 */
import { sql, type Kysely } from 'kysely';
import type { ActivityKind } from '../../../shared/domain/activities';
import { halfMonthBucket } from '../../../shared/domain/periods';
import { chunks } from '../db/live-ids';
import type { Database } from '../db/schema';

/** What an activity contributes to the summaries. */
export interface ActivityContribution {
  date: string;
  teamId: string;
  kind: ActivityKind;
  peopleReached: number | null;
  householdsReached: number | null;
  results: readonly { indicator: string; value: number }[];
}

/** The rows to add to each summary (or, with `sign` −1, to take away), keyed by their primary key. */
interface Summaries {
  /** [bucket, team, indicator, value] */
  halfMonth: Map<string, [number, string, string, number]>;
  /** [convention, year, team, indicator, value] */
  year: Map<string, [string, number, string, string, number]>;
  /** [bucket, team, kind, activities, people, households] */
  kind: Map<string, [number, string, string, number, number, number]>;
}

/**
 * Reporting years: calendar bucket / 24; Decree 09 (bucket + 1) / 24, the second half of
 * December counting for the next year (as periodRange in shared/domain/periods.ts draws a
 * Decree 09 year: 15 December to 14 December).
 */
const yearShifts = [
  ['calendar', 0],
  ['decree09', 1],
] as const;

function summarize(activities: readonly ActivityContribution[], sign: 1 | -1): Summaries {
  const out: Summaries = { halfMonth: new Map(), year: new Map(), kind: new Map() };
  for (const a of activities) {
    const bucket = halfMonthBucket(a.date);
    const kindKey = `${bucket}|${a.teamId}|${a.kind}`;
    const kind = out.kind.get(kindKey);
    const people = sign * (a.peopleReached ?? 0);
    const households = sign * (a.householdsReached ?? 0);
    if (kind === undefined) out.kind.set(kindKey, [bucket, a.teamId, a.kind, sign, people, households]);
    else {
      kind[3] += sign;
      kind[4] += people;
      kind[5] += households;
    }
    for (const r of a.results) {
      const value = sign * r.value;
      const key = `${bucket}|${a.teamId}|${r.indicator}`;
      const half = out.halfMonth.get(key);
      if (half === undefined) out.halfMonth.set(key, [bucket, a.teamId, r.indicator, value]);
      else half[3] += value;
      for (const [convention, shift] of yearShifts) {
        const year = Math.floor((bucket + shift) / 24);
        const yearKey = `${convention}|${year}|${a.teamId}|${r.indicator}`;
        const known = out.year.get(yearKey);
        if (known === undefined) out.year.set(yearKey, [convention, year, a.teamId, r.indicator, value]);
        else known[4] += value;
      }
    }
  }
  return out;
}

const json = (rows: Map<string, unknown[]>) => JSON.stringify([...rows.values()]);

/** Adds what `activities` contribute to the three summaries. */
export async function addContribution(
  trx: Kysely<Database>,
  activities: readonly ActivityContribution[],
): Promise<void> {
  if (activities.length === 0) return;
  const s = summarize(activities, 1);
  // "where true": SQLite's rule for an upsert fed by a select.
  await sql`insert into activity_totals (bucket, team_id, indicator_code, value)
    select j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3 from json_each(${json(s.halfMonth)}) j
     where true
    on conflict (bucket, team_id, indicator_code)
    do update set value = activity_totals.value + excluded.value`.execute(trx);
  await sql`insert into activity_year_totals (convention, year, team_id, indicator_code, value)
    select j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4
      from json_each(${json(s.year)}) j where true
    on conflict (convention, year, team_id, indicator_code)
    do update set value = activity_year_totals.value + excluded.value`.execute(trx);
  await sql`insert into activity_kind_totals (bucket, team_id, kind, activities, people, households)
    select j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5
      from json_each(${json(s.kind)}) j where true
    on conflict (bucket, team_id, kind) do update set
      activities = activity_kind_totals.activities + excluded.activities,
      people = activity_kind_totals.people + excluded.people,
      households = activity_kind_totals.households + excluded.households`.execute(trx);
}

/** The given activities as the database holds them now. */
async function storedContributions(
  trx: Kysely<Database>,
  activityIds: readonly string[],
): Promise<ActivityContribution[]> {
  const out: ActivityContribution[] = [];
  for (const part of chunks(activityIds)) {
    const [rows, results] = await Promise.all([
      trx
        .selectFrom('activities')
        .select(['id', 'date', 'team_id', 'kind', 'people_reached', 'households_reached'])
        .where('id', 'in', part)
        .execute(),
      trx
        .selectFrom('activity_results')
        .select(['activity_id', 'indicator_code', 'value'])
        .where('activity_id', 'in', part)
        .execute(),
    ]);
    const byActivity = new Map<string, { indicator: string; value: number }[]>();
    for (const r of results) {
      const list = byActivity.get(r.activity_id) ?? [];
      list.push({ indicator: r.indicator_code, value: r.value });
      byActivity.set(r.activity_id, list);
    }
    for (const r of rows) {
      out.push({
        date: r.date,
        teamId: r.team_id,
        kind: r.kind,
        peopleReached: r.people_reached,
        householdsReached: r.households_reached,
        results: byActivity.get(r.id) ?? [],
      });
    }
  }
  return out;
}

/**
 * Takes away what the given activities, as the database holds them now, contribute to the
 * summaries. Rows that fall to zero are removed, so a row means a result.
 */
export async function removeContribution(
  trx: Kysely<Database>,
  activityIds: readonly string[],
): Promise<void> {
  if (activityIds.length === 0) return;
  const s = summarize(await storedContributions(trx, activityIds), -1);
  const [half, year, kind] = [json(s.halfMonth), json(s.year), json(s.kind)];
  // The rows exist (the summaries are exact), so an update, never an insert of a negative row
  // (the CHECK would refuse it before any conflict is seen).
  await sql`update activity_totals set value = activity_totals.value + (c.value ->> 3)
      from json_each(${half}) c
     where activity_totals.bucket = c.value ->> 0 and activity_totals.team_id = c.value ->> 1
       and activity_totals.indicator_code = c.value ->> 2`.execute(trx);
  await sql`update activity_year_totals set value = activity_year_totals.value + (c.value ->> 4)
      from json_each(${year}) c
     where activity_year_totals.convention = c.value ->> 0 and activity_year_totals.year = c.value ->> 1
       and activity_year_totals.team_id = c.value ->> 2
       and activity_year_totals.indicator_code = c.value ->> 3`.execute(trx);
  await sql`update activity_kind_totals set activities = activity_kind_totals.activities + (c.value ->> 3),
        people = activity_kind_totals.people + (c.value ->> 4),
        households = activity_kind_totals.households + (c.value ->> 5)
      from json_each(${kind}) c
     where activity_kind_totals.bucket = c.value ->> 0 and activity_kind_totals.team_id = c.value ->> 1
       and activity_kind_totals.kind = c.value ->> 2`.execute(trx);
  await sql`delete from activity_totals where value = 0 and (bucket, team_id, indicator_code) in
    (select value ->> 0, value ->> 1, value ->> 2 from json_each(${half}))`.execute(trx);
  await sql`delete from activity_year_totals where value = 0 and (convention, year, team_id, indicator_code) in
    (select value ->> 0, value ->> 1, value ->> 2, value ->> 3 from json_each(${year}))`.execute(trx);
  await sql`delete from activity_kind_totals where activities = 0 and (bucket, team_id, kind) in
    (select value ->> 0, value ->> 1, value ->> 2 from json_each(${kind}))`.execute(trx);
}
