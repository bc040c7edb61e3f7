/**
 * SQLite's failures during a request become the same messages at every face: through the real
 * dispatch, on real database files (a second connection holding the lock, a page limit standing
 * in for a full disk).
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../backend';
import { toAppError } from '../dispatch';
import { RecordingHost, tempDir } from '../../../test-support/temp';

let backend: Backend | undefined;
let holder: BetterSqlite3.Database | undefined;

afterEach(async () => {
  if (holder?.inTransaction) holder.exec('rollback');
  holder?.close();
  holder = undefined;
  await backend?.close();
  backend = undefined;
});

async function open(busyTimeoutMs?: number): Promise<{ backend: Backend; file: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'data.sqlite3');
  backend = await createBackend({
    databasePath: file,
    host: new RecordingHost(dir),
    appVersion: '0.0.0-test',
    log: () => undefined,
    ...(busyTimeoutMs === undefined ? {} : { busyTimeoutMs }),
  });
  return { backend, file };
}

describe('SQLite failures through the dispatch', () => {
  it("'database is locked' during a write is db_locked with the file named, not 'internal'", async () => {
    const { backend: b, file } = await open(200);
    holder = new BetterSqlite3(file);
    holder.exec('begin immediate');
    const result = await b.dispatch('createVillage', { name: 'Thôn Tân Phú', kind: 'thon', households: 120 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('db_locked');
    expect(result.error.message).toContain(file);
    expect(result.error.message).toContain('đang bị một chương trình khác giữ để ghi');
    expect(result.error.message).toContain('dữ liệu không bị thay đổi');
  });

  it('a full disk is db_disk_full, and the write is rolled back', async () => {
    const { backend: b } = await open();
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(b.ctx.db);
    await sql.raw(`pragma max_page_count = ${pages.rows[0]?.page_count ?? 0}`).execute(b.ctx.db);
    const result = await b.dispatch('loadDemo', undefined);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('db_disk_full');
    expect(result.error.message).toContain('đã đầy');
    const info = await b.dispatch('getInfo', undefined);
    expect(info).toMatchObject({ ok: true, value: { profile: null, counts: { villages: 0, people: 0 } } });
  });

  it('an error that is not SQLite\u2019s stays internal and is logged', () => {
    const logged: unknown[] = [];
    const error = toAppError(new TypeError('x is undefined'), (e) => logged.push(e), { file: 'a.sqlite3' });
    expect(error.code).toBe('internal');
    expect(logged).toHaveLength(1);
  });
});
