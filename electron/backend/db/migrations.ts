/**
 * Migrations, numbered, forward only, in code (so they are in the bundle and in tests alike).
 * Never edit or renumber one that has shipped: add the next number.
 */
import { sql, type Kysely } from 'kysely';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'hồ sơ xã, lãnh đạo, thôn, cài đặt',
    async up(db) {
      await db.schema
        .createTable('commune_profile')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('province_code', 'text', (c) => c.notNull())
        .addColumn('province_name', 'text', (c) => c.notNull())
        .addColumn('district_name', 'text')
        .addColumn('commune_code', 'text', (c) => c.notNull())
        .addColumn('commune_name', 'text', (c) => c.notNull())
        .addColumn('issuer_name', 'text', (c) => c.notNull())
        .addColumn('place_name', 'text', (c) => c.notNull())
        .addColumn('receiving_level', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .modifyEnd(sql`strict`)
        .execute();
      await db.schema
        .createTable('leaders')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('chairman', 'vice_chairman')`))
        .addColumn('full_name', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .modifyEnd(sql`strict`)
        .execute();
      await db.schema
        .createTable('villages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('thon', 'to_dan_pho')`))
        .addColumn('households', 'integer', (c) => c.notNull().check(sql`households >= 0`))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .modifyEnd(sql`strict`)
        .execute();
      await sql`create unique index villages_live_name on villages (name_key) where deleted_at is null`.execute(
        db,
      );
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .modifyEnd(sql`strict`)
        .execute();
    },
  },
];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
