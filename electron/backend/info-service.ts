import type { AppInfo, RecordCounts } from '../../shared/contract/types';
import type { BackendContext } from './context';
import { getProfile } from './profile/profile-service';

export async function countRecords(ctx: BackendContext): Promise<RecordCounts> {
  const villages = await ctx.db
    .selectFrom('villages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { villages: Number(villages.n) };
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
