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

/** The overview's step "Quyết định thành lập" is done when one of these exists. */
const teamDecisionKinds = [
  'founding_commune',
  'founding_village',
  'founding_villages',
  'reorganization',
  'external_decision',
] as const;

export async function countDecisionsInForce(ctx: BackendContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['issued', 'signed'])
    .where('kind', 'in', teamDecisionKinds)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getInfo(ctx: BackendContext): Promise<AppInfo> {
  return {
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    databasePath: ctx.databasePath,
    profile: await getProfile(ctx.db),
    counts: await countRecords(ctx),
    decisionsInForce: await countDecisionsInForce(ctx),
  };
}

/** True when the database holds nothing the user made (the profile included). */
export async function isEmpty(ctx: BackendContext): Promise<boolean> {
  const counts = await countRecords(ctx);
  const profile = await getProfile(ctx.db);
  return profile === null && Object.values(counts).every((n) => n === 0);
}
