/**
 * The data the monthly-work and report benchmarks are measured on: village teams of 100
 * communes' size (or one commune's), deterministic activities over the reporting year 2026, written
 * through the backend, on a fresh database file per run.
 */
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { ActivityInput } from '../shared/contract/monthly-schemas';
import type { ActivityKind } from '../shared/domain/activities';
import { addActivities } from '../electron/backend/activities/activity-service';
import { nowIso } from '../electron/backend/clock';
import { insertInChunks } from '../electron/backend/db/bulk';
import { openDatabase, type OpenedDatabase } from '../electron/backend/db/database';
import type { Database } from '../electron/backend/db/schema';
import { inTransaction } from '../electron/backend/db/transaction';
import { newId } from '../electron/backend/ids';
import { freshDir, removeDir } from './lib';

/** Activities per `addActivities` call (one transaction each). */
export const BATCH = 10_000;
const kinds: readonly ActivityKind[] = ['propaganda', 'guidance', 'direct_support', 'training', 'meeting'];
const platformResults: readonly [string, string][] = [
  ['vneid', 'vneid_activated'],
  ['online_public_services', 'online_applications'],
  ['cashless_payment', 'cashless_accounts_opened'],
  ['ecommerce', 'digital_stores_opened'],
  ['electronic_health_book', 'health_book_installed'],
  ['binh_dan_hoc_vu_so', 'digital_skills_trained'],
  ['online_safety', 'online_safety_guided'],
];

export function elapsedSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** `teams` village teams (and their villages) with one member since 2020, written directly. */
export async function benchTeams(db: Kysely<Database>, count: number): Promise<string[]> {
  const now = nowIso();
  const villages = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    name: `Thôn ${i + 1}`,
    name_key: `thon ${i + 1}`,
    kind: 'thon' as const,
    households: 150 + ((i * 37) % 400),
    created_at: now,
    updated_at: now,
    deleted_at: null,
  }));
  const teams = villages.map((v) => ({
    id: newId(),
    level: 'village' as const,
    name: `Tổ CNSCĐ ${v.name}`,
    village_id: v.id,
    zalo_link: null,
    zalo_households: null,
    status: 'active' as const,
    notes: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  }));
  const person = {
    id: newId(),
    full_name: 'Nguyễn Văn An',
    name_key: 'nguyen van an',
    search_text: 'nguyen van an',
    gender: null,
    birth_year: null,
    phone: null,
    position: null,
    village_id: null,
    tags: '[]',
    notes: null,
    archived_at: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  };
  await inTransaction(db, async (trx) => {
    await insertInChunks(trx, 'villages', villages);
    await insertInChunks(trx, 'teams', teams);
    await insertInChunks(trx, 'people', [person]);
    await insertInChunks(
      trx,
      'memberships',
      teams.map((t) => ({
        id: newId(),
        team_id: t.id,
        person_id: person.id,
        role: 'leader' as const,
        start_date: '2020-01-01',
        end_date: null,
        decision_id: null,
        end_decision_id: null,
        sort_order: 1,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })),
    );
  });
  return teams.map((t) => t.id);
}

/** Deterministic activities over the reporting year 2026 (15/12/2025–14/12/2026). */
export function benchActivities(teamIds: readonly string[], count: number): ActivityInput[] {
  const first = Date.UTC(2025, 11, 15);
  const days = 365;
  const out: ActivityInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const [platform, indicator] = platformResults[i % platformResults.length] ?? ['vneid', 'vneid_activated'];
    const results = [{ indicator, value: 1 + (i % 17) }];
    if (i % 3 === 0) results.push({ indicator: 'propaganda_sessions', value: 1 });
    out.push({
      teamId: teamIds[i % teamIds.length] ?? '',
      date: new Date(first + ((i * 7919) % days) * 86_400_000).toISOString().slice(0, 10),
      kind: kinds[i % kinds.length] ?? 'guidance',
      platforms: [platform],
      place: null,
      peopleReached: 10 + (i % 90),
      householdsReached: 5 + (i % 60),
      results,
      memberIds: [],
      note: null,
      confirmOutsideTeamLife: false,
    });
  }
  return out;
}

export async function insertThroughBackend(
  db: Kysely<Database>,
  inputs: readonly ActivityInput[],
): Promise<void> {
  for (let i = 0; i < inputs.length; i += BATCH) await addActivities(db, inputs.slice(i, i + BATCH));
}

/** A fresh database file for one run, removed afterwards. */
export async function withDatabase<T>(work: (opened: OpenedDatabase) => Promise<T>): Promise<T> {
  const dir = freshDir();
  const opened = await openDatabase(path.join(dir, 'bench.sqlite3'));
  try {
    return await work(opened);
  } finally {
    await opened.close();
    removeDir(dir);
  }
}

/**
 * `teams` village teams and `count` activities over the reporting year 2026, written through the
 * backend (50,000 at a time, so the inputs of a million are never all held twice), then the
 * planner's statistics refreshed. Returns the teams' ids.
 */
export async function fillDatabase(opened: OpenedDatabase, teams: number, count: number): Promise<string[]> {
  const teamIds = await benchTeams(opened.db, teams);
  const inputs = benchActivities(teamIds, count);
  for (let i = 0; i < inputs.length; i += 50_000) {
    await insertThroughBackend(opened.db, inputs.slice(i, i + 50_000));
  }
  opened.sqlite.pragma('optimize');
  return teamIds;
}
