/**
 * The summaries of results, kept exact inside the transaction of each write: `activity_totals`
 * per half-month (any period of either convention is a union of them), `activity_year_totals`
 * per reporting year under each convention (a year's progress reads one row per team and
 * indicator) and `activity_kind_totals`, the activities themselves (count, people, households)
 * per half-month, team and kind (what the periodic report counts). Each write takes the
 * contribution of the activities it touches out before it changes them and puts it back after;
 * SQLite sums and upserts in one statement per summary, so a bulk insert of 10,000 activities
 * costs three statements here, not thousands of round trips.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The half-month of a date, as `halfMonthBucket` (shared/domain/periods.ts) computes it:
 * (year × 12 + month − 1) × 2, plus 1 from the 15th on.
 */
const bucketOfDate = sql<number>`(cast(substr(a.date, 1, 4) as integer) * 12
  + cast(substr(a.date, 6, 2) as integer) - 1) * 2 + (cast(substr(a.date, 9, 2) as integer) >= 15)`;

/** The activities' results per half-month, team and indicator, times `sign`. */
function contribution(ids: string, sign: 1 | -1) {
  return sql`select ${bucketOfDate} as bucket, a.team_id as team_id, r.indicator_code as indicator_code,
      ${sign} * sum(r.value) as value
    from activities a join activity_results r on r.activity_id = a.id
    where a.id in (select value from json_each(${ids}))
    group by 1, 2, 3`;
}

/** The activities per half-month, team and kind, times `sign`. */
function kindContribution(ids: string, sign: 1 | -1) {
  return sql`select ${bucketOfDate} as bucket, a.team_id as team_id, a.kind as kind,
      ${sign} * count(*) as activities, ${sign} * coalesce(sum(a.people_reached), 0) as people,
      ${sign} * coalesce(sum(a.households_reached), 0) as households
    from activities a
    where a.id in (select value from json_each(${ids}))
    group by 1, 2, 3`;
}

/**
 * The same per reporting year under each convention: calendar bucket / 24; Decree 09
 * (bucket + 1) / 24, the second half of December counting for the next year (as periodRange in
 * shared/domain/periods.ts draws a Decree 09 year: 15 December to 14 December).
 */
function yearContribution(ids: string, sign: 1 | -1) {
  return sql`select c.convention as convention, (h.bucket + c.shift) / 24 as year, h.team_id as team_id,
      h.indicator_code as indicator_code, sum(h.value) as value
    from (${contribution(ids, sign)}) h,
         (select 'calendar' as convention, 0 as shift union all select 'decree09', 1) c
    group by 1, 2, 3, 4`;
}

/**
 * Adds (`sign` 1) or takes away (−1) what the given activities, as the database holds them now,
 * contribute to both summaries. Rows that fall to zero are removed, so a row means a result.
 */
export async function applyContribution(
  trx: Kysely<Database>,
  activityIds: readonly string[],
  sign: 1 | -1,
): Promise<void> {
  if (activityIds.length === 0) return;
  const ids = JSON.stringify(activityIds);
  if (sign === 1) {
    // "where true": SQLite's rule for an upsert fed by a select.
    await sql`insert into activity_totals (bucket, team_id, indicator_code, value)
      select bucket, team_id, indicator_code, value from (${contribution(ids, 1)}) where true
      on conflict (bucket, team_id, indicator_code)
      do update set value = activity_totals.value + excluded.value`.execute(trx);
    await sql`insert into activity_year_totals (convention, year, team_id, indicator_code, value)
      select convention, year, team_id, indicator_code, value from (${yearContribution(ids, 1)}) where true
      on conflict (convention, year, team_id, indicator_code)
      do update set value = activity_year_totals.value + excluded.value`.execute(trx);
    await sql`insert into activity_kind_totals (bucket, team_id, kind, activities, people, households)
      select bucket, team_id, kind, activities, people, households from (${kindContribution(ids, 1)}) where true
      on conflict (bucket, team_id, kind) do update set
        activities = activity_kind_totals.activities + excluded.activities,
        people = activity_kind_totals.people + excluded.people,
        households = activity_kind_totals.households + excluded.households`.execute(trx);
    return;
  }
  // Taking away: the rows exist (the summaries are exact), so an update, never an insert of a
  // negative row (the CHECK would refuse it before any conflict is seen).
  await sql`update activity_totals set value = activity_totals.value + c.value
      from (${contribution(ids, -1)}) c
     where activity_totals.bucket = c.bucket and activity_totals.team_id = c.team_id
       and activity_totals.indicator_code = c.indicator_code`.execute(trx);
  await sql`update activity_year_totals set value = activity_year_totals.value + c.value
      from (${yearContribution(ids, -1)}) c
     where activity_year_totals.convention = c.convention and activity_year_totals.year = c.year
       and activity_year_totals.team_id = c.team_id
       and activity_year_totals.indicator_code = c.indicator_code`.execute(trx);
  await sql`update activity_kind_totals set activities = activity_kind_totals.activities + c.activities,
        people = activity_kind_totals.people + c.people, households = activity_kind_totals.households + c.households
      from (${kindContribution(ids, -1)}) c
     where activity_kind_totals.bucket = c.bucket and activity_kind_totals.team_id = c.team_id
       and activity_kind_totals.kind = c.kind`.execute(trx);
  await sql`delete from activity_totals where value = 0 and (bucket, team_id, indicator_code) in
    (select bucket, team_id, indicator_code from (${contribution(ids, -1)}))`.execute(trx);
  await sql`delete from activity_year_totals where value = 0 and (convention, year, team_id, indicator_code) in
    (select convention, year, team_id, indicator_code from (${yearContribution(ids, -1)}))`.execute(trx);
  await sql`delete from activity_kind_totals where activities = 0 and (bucket, team_id, kind) in
    (select bucket, team_id, kind from (${kindContribution(ids, -1)}))`.execute(trx);
}
