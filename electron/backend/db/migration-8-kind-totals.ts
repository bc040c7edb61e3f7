/**
 * The half-month summary of activities themselves (`activity_kind_totals`): per half-month, team
 * and kind, how many live activities and the people and households they reached. The periodic
 * report and the dashboard count a period from it instead of scanning the activities (a month of
 * a receiving unit with 100 communes holds some 80,000 activities: 150 ms scanned, 3 ms summed
 * from here). Filled here from the live activities; kept exact by every write (activities/totals.ts).
 */
import { sql, type Kysely } from 'kysely';

export async function createKindTotals(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table activity_kind_totals (
      bucket integer not null,
      team_id text not null references teams (id),
      kind text not null check (kind in ('propaganda', 'guidance', 'direct_support', 'training', 'meeting')),
      activities integer not null check (activities >= 0),
      people integer not null check (people >= 0),
      households integer not null check (households >= 0),
      primary key (bucket, team_id, kind)
    ) strict, without rowid`.execute(db);
  // The bucket as halfMonthBucket (shared/domain/periods.ts) computes it.
  await sql`
    insert into activity_kind_totals (bucket, team_id, kind, activities, people, households)
    select (cast(substr(date, 1, 4) as integer) * 12 + cast(substr(date, 6, 2) as integer) - 1) * 2
             + (cast(substr(date, 9, 2) as integer) >= 15),
           team_id, kind, count(*), coalesce(sum(people_reached), 0), coalesce(sum(households_reached), 0)
      from activities where deleted_at is null
     group by 1, 2, 3`.execute(db);
}
