/** Test support: a database file left at an older schema version, to test what a migration finds. */
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../electron/backend/db/database';
import { migrations } from '../electron/backend/db/migrations';
import { tempDir } from './temp';

/** A database file migrated only up to `version`, holding one commune team, `t1`. */
export async function databaseAtVersion(version: number): Promise<{ file: string; old: OpenedDatabase }> {
  const file = path.join(tempDir(), `v${version}.sqlite3`);
  const old = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= version) });
  const now = '2026-01-01T00:00:00.000Z';
  old.sqlite
    .prepare(
      `insert into teams (id, level, name, village_id, zalo_link, zalo_households, status, notes,
         created_at, updated_at, deleted_at) values ('t1', 'commune', 'Tổ xã', null, null, null,
         'active', null, ?, ?, null)`,
    )
    .run(now, now);
  return { file, old };
}
