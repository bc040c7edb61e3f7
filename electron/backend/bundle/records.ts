/**
 * The records a bundle carries for a period (issue 10, item 2), read in one snapshot:
 * - the period's activities and trainings (deleted ones too: their tombstone tells the upper
 *   level to drop them), with their platforms, results, members and attendees;
 * - the targets of the period's year;
 * - the registry they stand on: the catalog, every village and team (deleted ones as
 *   tombstones), every membership, the people those rows refer to (phone null unless the upper
 *   level asked for phones), and the register's documents the memberships and the period's
 *   report refer to, without scans (their hash stays).
 * Rows are the database's columns in the order of `bundleRecordSchemas`, sorted by key, so the
 * same period read twice gives the same bytes.
 */
import type { Kysely } from 'kysely';
import {
  bundleRecordSchemas,
  bundleTables,
  type BundleRecords,
  type BundleTable,
} from '../../../shared/contract/bundle-format';
import { AppError } from '../../../shared/contract/errors';
import type { DateRange } from '../../../shared/domain/periods';
import type { Database } from '../db/schema';
import { currentJob } from '../jobs/job';

/** The columns of a table as the bundle carries them, in the schema's order. */
export function bundleColumns(table: BundleTable): string[] {
  return Object.keys(bundleRecordSchemas[table].shape);
}

/** The key a table's rows are sorted by: the id, the code, or the composite key. */
const sortKeys: { [T in BundleTable]: readonly string[] } = {
  platforms: ['code'],
  indicators: ['code'],
  villages: ['id'],
  people: ['id'],
  teams: ['id'],
  memberships: ['id'],
  documents: ['id'],
  document_teams: ['document_id', 'team_id'],
  activities: ['id'],
  activity_platforms: ['activity_id', 'platform_code'],
  activity_results: ['activity_id', 'indicator_code'],
  activity_members: ['activity_id', 'person_id'],
  trainings: ['id'],
  training_attendees: ['training_id', 'person_id'],
  targets: ['id'],
};

type Row = Record<string, unknown>;

function compareBy(keys: readonly string[]) {
  return (a: Row, b: Row): number => {
    for (const key of keys) {
      const x = String(a[key]);
      const y = String(b[key]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** Same columns in the schema's order; rows sorted by key. */
function shaped(table: BundleTable, rows: readonly Row[]): Row[] {
  const columns = bundleColumns(table);
  return rows
    .map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))
    .sort(compareBy(sortKeys[table]));
}

/** Splits a long id list so no statement binds more variables than SQLite allows. */
function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function byIds<T extends Row>(
  ids: readonly string[],
  load: (some: string[]) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  for (const some of chunks([...new Set(ids)])) rows.push(...(await load(some)));
  return rows;
}

export interface RecordOptions {
  range: DateRange;
  /** The year whose targets travel (the period's year). */
  year: number;
  sendPhones: boolean;
  /** The period's report in the register, whose row travels with it; null when there is none. */
  reportId: string | null;
}

/**
 * Every record of the period, as the bundle carries them (see the file's comment). Each of the
 * `bundleTables` read is one step of the current job (the caller begins the stage): a cancel
 * stops the reading there.
 */
export async function collectRecords(db: Kysely<Database>, options: RecordOptions): Promise<BundleRecords> {
  const { range } = options;
  const job = currentJob();
  const read = async <T>(rows: Promise<T>): Promise<T> => {
    const done = await rows;
    job.advance();
    return done;
  };
  const platforms = await read(db.selectFrom('platforms').selectAll().execute());
  const indicators = await read(db.selectFrom('indicators').selectAll().execute());
  const villages = await read(db.selectFrom('villages').selectAll().execute());
  const teams = await read(db.selectFrom('teams').selectAll().execute());
  const memberships = await read(db.selectFrom('memberships').selectAll().execute());
  const activities = await read(
    db
      .selectFrom('activities')
      .selectAll()
      .where('date', '>=', range.from)
      .where('date', '<=', range.to)
      .execute(),
  );
  // The period's activities and trainings, by date, as subqueries: one statement per table.
  const periodActivities = db
    .selectFrom('activities')
    .select('id')
    .where('date', '>=', range.from)
    .where('date', '<=', range.to);
  const activityPlatforms = await read(
    db.selectFrom('activity_platforms').selectAll().where('activity_id', 'in', periodActivities).execute(),
  );
  const activityResults = await read(
    db.selectFrom('activity_results').selectAll().where('activity_id', 'in', periodActivities).execute(),
  );
  const activityMembers = await read(
    db.selectFrom('activity_members').selectAll().where('activity_id', 'in', periodActivities).execute(),
  );
  const trainings = await read(
    db
      .selectFrom('trainings')
      .selectAll()
      .where('date', '>=', range.from)
      .where('date', '<=', range.to)
      .execute(),
  );
  const trainingAttendees = await read(
    db
      .selectFrom('training_attendees')
      .selectAll()
      .where(
        'training_id',
        'in',
        db.selectFrom('trainings').select('id').where('date', '>=', range.from).where('date', '<=', range.to),
      )
      .execute(),
  );
  const targets = await read(db.selectFrom('targets').selectAll().where('year', '=', options.year).execute());

  const personIds = [
    ...memberships.map((m) => m.person_id),
    ...activityMembers.map((m) => m.person_id),
    ...trainingAttendees.map((a) => a.person_id),
  ];
  const people = (
    await read(
      byIds(personIds, (ids) => db.selectFrom('people').selectAll().where('id', 'in', ids).execute()),
    )
  ).map((p) => (options.sendPhones ? p : { ...p, phone: null }));
  const documentIds = [
    ...memberships.flatMap((m) => [m.decision_id, m.end_decision_id]),
    options.reportId,
  ].filter((id): id is string => id !== null);
  const documents = await read(
    byIds(documentIds, (ids) => db.selectFrom('documents').selectAll().where('id', 'in', ids).execute()),
  );
  const documentTeams = await read(
    byIds(
      documents.map((d) => d.id),
      (ids) => db.selectFrom('document_teams').selectAll().where('document_id', 'in', ids).execute(),
    ),
  );

  const raw: { [T in BundleTable]: readonly Row[] } = {
    platforms,
    indicators,
    villages,
    people,
    teams,
    memberships,
    documents,
    document_teams: documentTeams,
    activities,
    activity_platforms: activityPlatforms,
    activity_results: activityResults,
    activity_members: activityMembers,
    trainings,
    training_attendees: trainingAttendees,
    targets,
  };
  const records = {} as Record<BundleTable, Row[]>;
  for (const table of bundleTables) records[table] = checked(table, shaped(table, raw[table]));
  return records as unknown as BundleRecords;
}

/**
 * Every row checked against the schema the receiving unit will check it with: a row the format
 * cannot carry is found here, named, instead of at the upper level.
 */
function checked(table: BundleTable, rows: Row[]): Row[] {
  const schema = bundleRecordSchemas[table];
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      throw new AppError(
        'validation',
        `Không lập được gói số liệu: một bản ghi của bảng ${table} (mã ${String(row.id ?? row[sortKeys[table][0] ?? ''])}) ` +
          `có trường "${field}" không đúng định dạng gửi cấp trên (${issue?.message ?? 'không hợp lệ'}). ` +
          'Hãy sửa bản ghi đó trong ứng dụng rồi xuất lại. Chưa ghi gì.',
      );
    }
  }
  return rows;
}
