/**
 * Migration 5: the monthly work — the catalog of platforms and indicators (seeded from
 * resources/catalog-defaults.json), activities with their platforms, results and members,
 * trainings with their attendees, targets, and `activity_totals`, the half-month summary that
 * keeps the progress query fast (kept exact by the activity service in the same transaction).
 */
import { sql, type Kysely } from 'kysely';
import catalog from '../../../resources/catalog-defaults.json';

export async function createMonthlyWork(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table platforms (
      code text primary key check (code glob '[a-z]*' and code not glob '*[^a-z0-9_]*' and length(code) between 2 and 50),
      name text not null check (length(name) > 0),
      active integer not null default 1 check (active in (0, 1)),
      sort_order integer not null,
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);
  await sql`
    create table indicators (
      code text primary key check (code glob '[a-z]*' and code not glob '*[^a-z0-9_]*' and length(code) between 2 and 50),
      name text not null check (length(name) > 0),
      unit text not null check (length(unit) > 0),
      pillar text not null check (pillar in ('digital_government', 'digital_economy', 'digital_society')),
      platform_code text references platforms (code),
      active integer not null default 1 check (active in (0, 1)),
      sort_order integer not null,
      created_at text not null,
      updated_at text not null
    ) strict`.execute(db);
  await sql`
    create table activities (
      id text primary key,
      date text not null check (date between '2000-01-01' and '2100-12-31'),
      team_id text not null references teams (id),
      kind text not null check (kind in ('propaganda', 'guidance', 'direct_support', 'training', 'meeting')),
      place text,
      people_reached integer check (people_reached >= 0),
      households_reached integer check (households_reached >= 0),
      note text,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    ) strict`.execute(db);
  await sql`create index activities_team_date on activities (team_id, date) where deleted_at is null`.execute(
    db,
  );
  await sql`create index activities_date on activities (date) where deleted_at is null`.execute(db);
  await sql`
    create table activity_platforms (
      activity_id text not null references activities (id),
      platform_code text not null references platforms (code),
      primary key (activity_id, platform_code)
    ) strict, without rowid`.execute(db);
  await sql`create index activity_platforms_platform on activity_platforms (platform_code)`.execute(db);
  await sql`
    create table activity_results (
      activity_id text not null references activities (id),
      indicator_code text not null references indicators (code),
      value integer not null check (value >= 0),
      primary key (activity_id, indicator_code)
    ) strict, without rowid`.execute(db);
  await sql`create index activity_results_indicator on activity_results (indicator_code)`.execute(db);
  await sql`
    create table activity_members (
      activity_id text not null references activities (id),
      person_id text not null references people (id),
      primary key (activity_id, person_id)
    ) strict, without rowid`.execute(db);
  await sql`create index activity_members_person on activity_members (person_id)`.execute(db);
  // Half-month buckets: both the Decree 09 periods (15th to 14th) and calendar periods are unions
  // of them. bucket = (year * 12 + month - 1) * 2 + (day >= 15 ? 1 : 0).
  await sql`
    create table activity_totals (
      bucket integer not null,
      team_id text not null references teams (id),
      indicator_code text not null references indicators (code),
      value integer not null check (value >= 0),
      primary key (bucket, team_id, indicator_code)
    ) strict, without rowid`.execute(db);
  await sql`
    create table trainings (
      id text primary key,
      date text not null check (date between '2000-01-01' and '2100-12-31'),
      topic text not null check (length(topic) > 0),
      organiser text not null check (length(organiser) > 0),
      online integer not null default 0 check (online in (0, 1)),
      hours real check (hours > 0 and hours <= 1000),
      team_id text references teams (id),
      note text,
      created_at text not null,
      updated_at text not null,
      deleted_at text
    ) strict`.execute(db);
  await sql`create index trainings_date on trainings (date) where deleted_at is null`.execute(db);
  await sql`
    create table training_attendees (
      training_id text not null references trainings (id),
      person_id text not null references people (id),
      primary key (training_id, person_id)
    ) strict, without rowid`.execute(db);
  await sql`create index training_attendees_person on training_attendees (person_id)`.execute(db);
  await sql`
    create table targets (
      id text primary key,
      year integer not null check (year between 2000 and 2100),
      indicator_code text not null references indicators (code),
      team_id text references teams (id),
      value integer not null check (value >= 0),
      created_at text not null,
      updated_at text not null,
      deleted_at text
    ) strict`.execute(db);
  await sql`create unique index targets_one on targets (year, indicator_code, coalesce(team_id, ''))
    where deleted_at is null`.execute(db);

  const now = new Date().toISOString();
  for (const [index, p] of catalog.platforms.entries()) {
    await sql`insert into platforms (code, name, active, sort_order, created_at, updated_at)
      values (${p.code}, ${p.name}, 1, ${index + 1}, ${now}, ${now})`.execute(db);
  }
  for (const [index, i] of catalog.indicators.entries()) {
    await sql`insert into indicators (code, name, unit, pillar, platform_code, active, sort_order, created_at, updated_at)
      values (${i.code}, ${i.name}, ${i.unit}, ${i.pillar}, ${i.platform}, 1, ${index + 1}, ${now}, ${now})`.execute(
      db,
    );
  }
}
