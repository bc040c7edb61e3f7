/**
 * The yearly summary of results (`activity_year_totals`), under both period conventions, kept
 * beside the half-month one: a year's progress then reads one row per team and indicator instead
 * of 24 (at a receiving unit with 100 communes' activities, that is the difference between a
 * quarter of a second and a few milliseconds). Filled here from the half-month summary.
 */
import { sql, type Kysely } from 'kysely';

export async function createYearTotals(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table activity_year_totals (
      convention text not null check (convention in ('decree09', 'calendar')),
      year integer not null,
      team_id text not null references teams (id),
      indicator_code text not null references indicators (code),
      value integer not null check (value >= 0),
      primary key (convention, year, team_id, indicator_code)
    ) strict, without rowid`.execute(db);
  // Calendar: bucket / 24; Decree 09: (bucket + 1) / 24 (its year runs from 15 December to 14 December).
  await sql`
    insert into activity_year_totals (convention, year, team_id, indicator_code, value)
    select 'calendar', bucket / 24, team_id, indicator_code, sum(value) from activity_totals
     group by bucket / 24, team_id, indicator_code having sum(value) > 0`.execute(db);
  await sql`
    insert into activity_year_totals (convention, year, team_id, indicator_code, value)
    select 'decree09', (bucket + 1) / 24, team_id, indicator_code, sum(value) from activity_totals
     group by (bucket + 1) / 24, team_id, indicator_code having sum(value) > 0`.execute(db);
}
