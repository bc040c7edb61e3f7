/**
 * Migrations, numbered, forward only, in code (so they are in the bundle and in tests alike).
 * Never edit or renumber one that has shipped: add the next number.
 */
import { sql, type Kysely } from 'kysely';
import { createMonthlyWork } from './migration-5-monthly';
import { addActivityImportKeys } from './migration-6-import-keys';
import { createYearTotals } from './migration-7-year-totals';
import { createKindTotals } from './migration-8-kind-totals';
import { createBundleExports } from './migration-9-bundle-exports';
import { createReceiving } from './migration-10-receiving';
import { moveUnitSigners } from './migration-11-unit-signers';
import { createAuditLog } from './migration-12-audit';

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
  {
    version: 2,
    name: 'người, tổ CNSCĐ, thành viên tổ',
    async up(db) {
      await sql`
        create table people (
          id text primary key,
          full_name text not null,
          name_key text not null,
          search_text text not null,
          gender text check (gender in ('male', 'female')),
          birth_year integer check (birth_year between 1900 and 2100),
          phone text,
          position text,
          village_id text references villages (id),
          tags text not null default '[]',
          notes text,
          archived_at text,
          created_at text not null,
          updated_at text not null,
          deleted_at text
        ) strict`.execute(db);
      await sql`create index people_phone on people (phone) where phone is not null and deleted_at is null`.execute(
        db,
      );
      await sql`create index people_name_year on people (name_key, birth_year) where deleted_at is null`.execute(
        db,
      );
      await sql`create index people_village on people (village_id)`.execute(db);
      await sql`
        create table teams (
          id text primary key,
          level text not null check (level in ('province', 'district', 'commune', 'village')),
          name text not null,
          village_id text references villages (id),
          zalo_link text,
          zalo_households integer check (zalo_households >= 0),
          status text not null check (status in ('active', 'dissolved')),
          notes text,
          created_at text not null,
          updated_at text not null,
          deleted_at text,
          check ((level = 'village') = (village_id is not null))
        ) strict`.execute(db);
      // One active commune team at a time (the seed: "Tổ công nghệ số cộng đồng cấp xã").
      await sql`create unique index teams_one_active_commune on teams (level)
        where level = 'commune' and status = 'active' and deleted_at is null`.execute(db);
      await sql`create index teams_village on teams (village_id)`.execute(db);
      await sql`
        create table memberships (
          id text primary key,
          team_id text not null references teams (id),
          person_id text not null references people (id),
          role text not null check (role in ('leader', 'standing_deputy', 'deputy', 'member')),
          start_date text not null,
          end_date text,
          decision_id text,
          end_decision_id text,
          sort_order integer not null default 0,
          created_at text not null,
          updated_at text not null,
          deleted_at text,
          check (end_date is null or end_date >= start_date)
        ) strict`.execute(db);
      await sql`create index memberships_team on memberships (team_id)`.execute(db);
      await sql`create index memberships_person on memberships (person_id)`.execute(db);
    },
  },
  {
    version: 3,
    name: 'văn bản, sổ văn bản đi',
    async up(db) {
      await sql`
        create table documents (
          id text primary key,
          kind text not null check (kind in ('founding_commune', 'founding_village', 'founding_villages',
            'reorganization', 'member_list', 'report', 'external_decision')),
          status text not null check (status in ('draft', 'printed', 'issued', 'signed', 'cancelled')),
          symbol text not null,
          year integer,
          number integer check (number > 0),
          issued_on text,
          summary text not null,
          signer_name text,
          recipients text,
          texts text not null,
          content text,
          team_ids text not null default '[]',
          external integer not null default 0 check (external in (0, 1)),
          scan_file text,
          scan_sha256 text,
          copies integer,
          sent_on text,
          notes text,
          created_at text not null,
          updated_at text not null,
          deleted_at text,
          check ((number is null) = (year is null)),
          check (status in ('draft', 'printed') or number is not null)
        ) strict`.execute(db);
      // One series per year for every document of the People's Committee: a number is never repeated.
      await sql`create unique index documents_year_number on documents (year, number) where number is not null`.execute(
        db,
      );
    },
  },
  {
    version: 4,
    name: 'tổ của văn bản thành bảng (document_teams)',
    async up(db) {
      // "A team's last decision" becomes an indexed query instead of a scan of JSON in code.
      // The order of the teams (the appendices of a decision for several villages) is kept.
      await sql`
        create table document_teams (
          document_id text not null references documents (id),
          team_id text not null references teams (id),
          position integer not null check (position >= 0),
          primary key (document_id, team_id)
        ) strict`.execute(db);
      await sql`create index document_teams_team on document_teams (team_id, document_id)`.execute(db);
      await sql`
        insert into document_teams (document_id, team_id, position)
        select d.id, j.value, min(j.key)
        from documents d, json_each(d.team_ids) j
        where json_valid(d.team_ids) and j.value in (select id from teams)
        group by d.id, j.value`.execute(db);
      // One source of truth: the JSON copy goes, so nothing can read a list that disagrees.
      await sql`alter table documents drop column team_ids`.execute(db);
    },
  },
  {
    version: 5,
    name: 'nền tảng số, chỉ tiêu, hoạt động, bồi dưỡng, chỉ tiêu giao',
    up: createMonthlyWork,
  },
  {
    version: 6,
    name: 'khóa nhập của hoạt động (nhập lại cùng tệp không thêm gì)',
    up: addActivityImportKeys,
  },
  {
    version: 7,
    name: 'tổng kết quả theo năm (để xem tiến độ cả năm nhanh)',
    up: createYearTotals,
  },
  {
    version: 8,
    name: 'tổng số hoạt động, người và hộ theo nửa tháng (để lập báo cáo kỳ nhanh)',
    up: createKindTotals,
  },
  {
    version: 9,
    name: 'các lần xuất gói số liệu gửi cấp trên',
    up: createBundleExports,
  },
  {
    version: 10,
    name: 'cơ quan nhận báo cáo: hồ sơ, xã gửi báo cáo, khóa tin cậy, biên nhận gói',
    up: createReceiving,
  },
  {
    version: 11,
    name: 'người ký của cơ quan nhận báo cáo (thủ trưởng, cấp phó) trong bảng lãnh đạo',
    up: moveUnitSigners,
  },
  {
    version: 12,
    name: 'nhật ký thao tác (chỉ ghi thêm)',
    up: createAuditLog,
  },
];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
