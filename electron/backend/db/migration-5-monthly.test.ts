import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import catalog from '../../../resources/catalog-defaults.json';
import { tempDir } from '../../../test-support/temp';
import { openDatabase, type OpenedDatabase } from './database';
import { readLedger } from './ledger';
import { migrations } from './migrations';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

describe('migration 5: the monthly work', () => {
  it('seeds the catalog on a new database, after the register’s document_teams (version 4)', async () => {
    const db = await openDatabase(path.join(tempDir(), 'new.sqlite3'));
    opened.push(db);
    expect(readLedger(db.sqlite).map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
    const codes = db.sqlite.prepare('select code from indicators order by sort_order').pluck().all();
    expect(codes).toEqual(catalog.indicators.map((i) => i.code));
    expect(codes).toContain('vneid_activated');
    const platforms = db.sqlite.prepare('select count(*) from platforms').pluck().get();
    expect(platforms).toBe(catalog.platforms.length);
  });

  it('adds the catalog to an existing database of version 3', async () => {
    const file = path.join(tempDir(), 'old.sqlite3');
    const old = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= 3) });
    await old.close();
    const db = await openDatabase(file, { backupDir: path.join(tempDir(), 'b') });
    opened.push(db);
    expect(db.schemaVersion).toBe(6);
    expect(db.sqlite.prepare('select count(*) from indicators').pluck().get()).toBe(
      catalog.indicators.length,
    );
  });

  it('refuses what the constraints forbid: a bad code, a negative result, an unknown pillar', async () => {
    const db = await openDatabase(path.join(tempDir(), 'c.sqlite3'));
    opened.push(db);
    const now = new Date().toISOString();
    const insert = db.sqlite.prepare(
      'insert into indicators (code, name, unit, pillar, active, sort_order, created_at, updated_at) values (?, ?, ?, ?, 1, 99, ?, ?)',
    );
    expect(() => insert.run('Bad-Code', 'x', 'người', 'digital_society', now, now)).toThrow(/CHECK/u);
    expect(() => insert.run('ok_code', 'x', 'người', 'digital_city', now, now)).toThrow(/CHECK/u);
    expect(() =>
      db.sqlite
        .prepare(
          "insert into activity_results (activity_id, indicator_code, value) values ('x', 'vneid_activated', -1)",
        )
        .run(),
    ).toThrow();
  });
});
