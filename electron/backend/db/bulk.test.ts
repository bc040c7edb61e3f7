import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import { tempDir } from '../../../test-support/temp';
import { villageRows } from '../villages/village-service';
import { chunkSize, insertInChunks } from './bulk';
import { openDatabase, withStatementCache, type OpenedDatabase } from './database';
import type { VillagesTable } from './schema';

let opened: OpenedDatabase;

beforeEach(async () => {
  opened = await openDatabase(path.join(tempDir('to-cnscd-bulk-'), 'bulk.sqlite3'));
});

afterEach(async () => {
  await opened.close();
});

function rows(count: number): Insertable<VillagesTable>[] {
  return villageRows(
    Array.from({ length: count }, (_, i) => ({
      name: `Thôn ${i + 1}`,
      kind: i % 3 === 0 ? ('to_dan_pho' as const) : ('thon' as const),
      households: i,
    })),
    '2025-08-15T00:00:00.000Z',
  );
}

function readAll() {
  return opened.sqlite.prepare('select * from villages order by households').all() as Record<
    string,
    unknown
  >[];
}

describe('insertInChunks', () => {
  it('keeps the bound variables under SQLite’s limit', () => {
    expect(chunkSize(8)).toBe(500);
    expect(chunkSize(100)).toBe(327);
    expect(chunkSize(0)).toBe(500);
  });

  it('writes every row with its own values, over several full chunks and a partial one', async () => {
    const input = rows(1_234);
    await opened.db.transaction().execute((trx) => insertInChunks(trx, 'villages', input));
    expect(readAll()).toEqual(input);
  });

  it('rows of another shape (a column left undefined) still go in, as Kysely would write them', async () => {
    const input = rows(1_001);
    const odd = input.map((r, i) => (i % 400 === 7 ? { ...r, deleted_at: undefined } : r));
    await opened.db.transaction().execute((trx) => insertInChunks(trx, 'villages', odd));
    expect(readAll()).toEqual(input);
  });

  it("runs inside the caller's transaction: a later failure leaves nothing", async () => {
    await expect(
      opened.db.transaction().execute(async (trx) => {
        await insertInChunks(trx, 'villages', rows(1_200));
        throw new Error('hủy');
      }),
    ).rejects.toThrow('hủy');
    expect(readAll()).toEqual([]);
  });

  it('a constraint violation in a later chunk rolls the whole insert back', async () => {
    const input = rows(1_100);
    const clash = [...input, { ...input[0], id: 'khác' } as Insertable<VillagesTable>];
    await expect(
      opened.db.transaction().execute((trx) => insertInChunks(trx, 'villages', clash)),
    ).rejects.toThrow();
    expect(readAll()).toEqual([]);
  });

  it('does nothing for no rows', async () => {
    await insertInChunks(opened.db, 'villages', []);
    expect(readAll()).toEqual([]);
  });
});

describe('withStatementCache', () => {
  it('reuses a prepared statement for the same SQL text, evicting the least recently used', () => {
    const cached = withStatementCache(opened.sqlite, 2);
    const a = cached.prepare('select 1');
    expect(cached.prepare('select 1')).toBe(a);
    const b = cached.prepare('select 2');
    cached.prepare('select 1');
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('never hands out a statement that is still iterating', () => {
    const cached = withStatementCache(opened.sqlite);
    const first = cached.prepare('select 1 union all select 2');
    const iterator = first.iterate([]);
    iterator.next();
    const second = cached.prepare('select 1 union all select 2');
    expect(second).not.toBe(first);
    expect(second.all([])).toHaveLength(2);
    iterator.return?.();
    expect(cached.prepare('select 1 union all select 2')).toBe(first);
  });
});
