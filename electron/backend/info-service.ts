import type { AppInfo, RecordCounts } from '../../shared/contract/types';
import type { BackendContext } from './context';
import { getProfile } from './profile/profile-service';

const countedTables = {
  villages: 'villages',
  people: 'people',
  teams: 'teams',
  memberships: 'memberships',
} as const satisfies Record<keyof RecordCounts, string>;

/** One count per kind of record, under its plural English name (CLI `info`, bundles). */
export async function countRecords(ctx: BackendContext): Promise<RecordCounts> {
  const counts = {} as RecordCounts;
  for (const [key, table] of Object.entries(countedTables) as [
    keyof RecordCounts,
    keyof typeof countedTables,
  ][]) {
    const row = await ctx.db
      .selectFrom(countedTables[table])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    counts[key] = Number(row.n);
  }
  return counts;
}

export async function getInfo(ctx: BackendContext): Promise<AppInfo> {
  return {
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    databasePath: ctx.databasePath,
    profile: await getProfile(ctx.db),
    counts: await countRecords(ctx),
  };
}

/** True when the database holds nothing the user made (the profile included). */
export async function isEmpty(ctx: BackendContext): Promise<boolean> {
  const counts = await countRecords(ctx);
  const profile = await getProfile(ctx.db);
  return profile === null && Object.values(counts).every((n) => n === 0);
}
