/**
 * Databases of every released schema version, with data (issue 11, item 7). A fixture of version
 * V is made by applying migrations 1..V to a new file and filling every table V has with
 * representative rows, written in V's own columns (raw SQL: the application's code only knows the
 * latest schema). The committed files are `fixtures/schema/vN.sqlite3`; make-schema-fixtures.ts
 * writes them. Also here: what a database holds, table by table, to check that an upgrade kept
 * every record.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../electron/backend/db/database';
import { migrations } from '../electron/backend/db/migrations';

export const SCHEMA_FIXTURES = path.resolve(__dirname, 'fixtures', 'schema');

export function schemaFixturePath(version: number): string {
  return path.join(SCHEMA_FIXTURES, `v${version}.sqlite3`);
}

/** The versions that have a committed fixture, ascending. */
export function schemaFixtureVersions(): number[] {
  if (!fs.existsSync(SCHEMA_FIXTURES)) return [];
  return fs
    .readdirSync(SCHEMA_FIXTURES)
    .map((name) => /^v(\d+)\.sqlite3$/u.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

type Cell = string | number | null;
type Row = Record<string, Cell>;

/** A row from its columns' names and values, in order. */
function named(columns: readonly string[], values: readonly Cell[]): Row {
  return Object.fromEntries(columns.map((c, i) => [c, values[i] ?? null]));
}

const T = '2025-09-05T01:02:03.000Z';
const T2 = '2026-02-10T08:00:00.000Z';

function insert(sqlite: BetterSqlite3.Database, table: string, rows: readonly Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    // Table and column names are this file's constants, never input; the values are bound.
    sqlite
      .prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      .run(row);
  }
}

function hasTable(sqlite: BetterSqlite3.Database, table: string): boolean {
  return (
    sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table) !== undefined
  );
}

function hasColumn(sqlite: BetterSqlite3.Database, table: string, column: string): boolean {
  return (sqlite.prepare('select name from pragma_table_info(?)').pluck().all(table) as string[]).includes(
    column,
  );
}

const villages: Row[] = [
  { id: 'v-an-hai', name: 'Thôn An Hải', name_key: 'thon an hai', kind: 'thon', households: 312 },
  { id: 'v-dong', name: 'Tổ dân phố Đông', name_key: 'to dan pho dong', kind: 'to_dan_pho', households: 158 },
  { id: 'v-cu', name: 'Thôn Cũ', name_key: 'thon cu', kind: 'thon', households: 40, deleted_at: T2 },
].map((v) => ({ deleted_at: null, created_at: T, updated_at: T, ...v }));

const people: Row[] = [
  ['p-1', 'Nguyễn Văn An', 'nguyen van an', 'male', 1978, '0905123456', 'Bí thư chi bộ', 'v-an-hai'],
  ['p-2', 'Trần Thị Bích Ngọc', 'tran thi bich ngoc', 'female', 1992, '0912000111', 'Đoàn viên', 'v-an-hai'],
  ['p-3', 'Lê Văn Ơn', 'le van on', 'male', 1960, null, 'Trưởng thôn', 'v-dong'],
  ['p-4', 'Phạm Thị Ửng', 'pham thi ung', 'female', null, '0987654321', null, null],
].map((values) => {
  const r = named(
    ['id', 'full_name', 'name_key', 'gender', 'birth_year', 'phone', 'position', 'village_id'],
    values,
  );
  return {
    ...r,
    search_text: `${String(r.name_key)} ${String(r.phone ?? '')}`.trim(),
    tags: r.id === 'p-2' ? '["youth_union"]' : '[]',
    notes: r.id === 'p-3' ? 'Ghi chú: có dấu “ngoặc”' : null,
    archived_at: r.id === 'p-4' ? T2 : null,
    created_at: T,
    updated_at: T,
    deleted_at: null,
  };
});

const teams: Row[] = [
  { id: 't-xa', level: 'commune', name: 'Tổ Công nghệ số cộng đồng xã Đông Sơn', village_id: null },
  { id: 't-an-hai', level: 'village', name: 'Tổ Công nghệ số cộng đồng thôn An Hải', village_id: 'v-an-hai' },
  { id: 't-dong', level: 'village', name: 'Tổ CNSCĐ tổ dân phố Đông', village_id: 'v-dong' },
].map((t) => ({
  zalo_link: t.id === 't-an-hai' ? 'https://zalo.me/g/anhai' : null,
  zalo_households: t.id === 't-an-hai' ? 120 : null,
  status: 'active',
  notes: null,
  created_at: T,
  updated_at: T,
  deleted_at: null,
  ...t,
}));

const memberships: Row[] = [
  ['m-1', 't-an-hai', 'p-1', 'leader', '2025-09-05', null, 'd-1', null, 1],
  ['m-2', 't-an-hai', 'p-2', 'member', '2025-09-05', '2026-02-10', 'd-1', 'd-2', 2],
  ['m-3', 't-dong', 'p-3', 'leader', '2025-09-05', null, 'd-1', null, 1],
  ['m-4', 't-xa', 'p-1', 'deputy', '2025-09-05', null, null, null, 1],
].map((values) => ({
  ...named(
    [
      'id',
      'team_id',
      'person_id',
      'role',
      'start_date',
      'end_date',
      'decision_id',
      'end_decision_id',
      'sort_order',
    ],
    values,
  ),
  created_at: T,
  updated_at: T,
  deleted_at: null,
}));

/** The documents with the teams each concerns, in order (a JSON column until version 4). */
const documents: { row: Row; teams: string[] }[] = [
  {
    row: {
      id: 'd-1',
      kind: 'founding_villages',
      status: 'issued',
      year: 2025,
      number: 1,
      issued_on: '2025-09-05',
    },
    teams: ['t-an-hai', 't-dong'],
  },
  {
    row: {
      id: 'd-2',
      kind: 'reorganization',
      status: 'signed',
      year: 2026,
      number: 1,
      issued_on: '2026-02-10',
    },
    teams: ['t-an-hai'],
  },
  {
    row: { id: 'd-3', kind: 'member_list', status: 'draft', year: null, number: null, issued_on: null },
    teams: ['t-xa'],
  },
  {
    row: {
      id: 'd-4',
      kind: 'external_decision',
      status: 'issued',
      year: 2026,
      number: 2,
      issued_on: '2026-02-11',
      external: 1,
    },
    teams: [],
  },
].map(({ row, teams: ids }) => ({
  row: {
    symbol: 'QĐ-UBND',
    summary: `Văn bản ${String(row.id)}: về việc kiện toàn Tổ Công nghệ số cộng đồng`,
    signer_name: row.status === 'draft' ? null : 'Trần Văn Thành',
    recipients: 'Như Điều 3;\nLưu: VT.',
    texts: JSON.stringify({ bases: ['Căn cứ Luật Tổ chức chính quyền địa phương'] }),
    content: row.status === 'draft' ? null : JSON.stringify({ numberText: `0${String(row.number)}/QĐ-UBND` }),
    external: 0,
    scan_file: null,
    scan_sha256: null,
    copies: row.status === 'draft' ? null : 3,
    sent_on: null,
    notes: null,
    created_at: T,
    updated_at: T,
    deleted_at: null,
    ...row,
  },
  teams: ids,
}));

const leaders: Row[] = [
  { id: 1, role: 'chairman', full_name: 'Trần Văn Thành', title: 'Chủ tịch', sort_order: 0 },
  { id: 2, role: 'vice_chairman', full_name: 'Võ Thị Hạnh', title: 'Phó Chủ tịch', sort_order: 1 },
];

const activities: Row[] = [
  ['a-1', '2026-01-05', 't-an-hai', 'guidance', 'Nhà văn hóa thôn', 35, 20, 'k-1'],
  ['a-2', '2026-01-20', 't-an-hai', 'direct_support', null, 12, null, null],
  ['a-3', '2026-02-14', 't-dong', 'propaganda', 'Chợ', 80, 60, 'k-2'],
  ['a-4', '2026-02-15', 't-xa', 'meeting', 'UBND xã', null, null, null],
].map((values) => {
  const r = named(
    ['id', 'date', 'team_id', 'kind', 'place', 'people_reached', 'households_reached', 'source_key'],
    values,
  );
  return {
    ...r,
    note: r.id === 'a-2' ? 'Hướng dẫn cài VNeID' : null,
    created_at: T2,
    updated_at: T2,
    deleted_at: null,
  };
});

/** Rows of the tables migration 5 and later add, each with the version its table appeared in. */
function monthlyRows(): { table: string; rows: Row[] }[] {
  return [
    { table: 'activities', rows: activities },
    {
      table: 'activity_platforms',
      rows: [
        { activity_id: 'a-1', platform_code: 'vneid' },
        { activity_id: 'a-1', platform_code: 'online_public_services' },
        { activity_id: 'a-2', platform_code: 'vneid' },
      ],
    },
    {
      table: 'activity_results',
      rows: [
        { activity_id: 'a-1', indicator_code: 'vneid_activated', value: 17 },
        { activity_id: 'a-1', indicator_code: 'online_applications', value: 4 },
        { activity_id: 'a-2', indicator_code: 'vneid_activated', value: 9 },
        { activity_id: 'a-3', indicator_code: 'online_applications', value: 2 },
      ],
    },
    {
      table: 'activity_members',
      rows: [
        { activity_id: 'a-1', person_id: 'p-1' },
        { activity_id: 'a-1', person_id: 'p-2' },
        { activity_id: 'a-3', person_id: 'p-3' },
      ],
    },
    {
      table: 'trainings',
      rows: [
        {
          id: 'tr-1',
          date: '2026-01-12',
          topic: 'Kỹ năng số cơ bản',
          organiser: 'Sở Khoa học và Công nghệ',
          online: 1,
          hours: 3.5,
          team_id: null,
          note: null,
          created_at: T2,
          updated_at: T2,
          deleted_at: null,
        },
      ],
    },
    {
      table: 'training_attendees',
      rows: [
        { training_id: 'tr-1', person_id: 'p-1' },
        { training_id: 'tr-1', person_id: 'p-3' },
      ],
    },
    {
      table: 'targets',
      rows: [
        ['g-1', 2026, 'vneid_activated', null, 500],
        ['g-2', 2026, 'vneid_activated', 't-an-hai', 120],
      ].map((values) => ({
        ...named(['id', 'year', 'indicator_code', 'team_id', 'value'], values),
        created_at: T2,
        updated_at: T2,
        deleted_at: null,
      })),
    },
    {
      table: 'bundle_exports',
      rows: [
        {
          id: 'e-1',
          period: '2026-01',
          period_label: 'Tháng 01/2026',
          period_from: '2025-12-15',
          period_to: '2026-01-14',
          created_at: T2,
          file_name: 'to-cnscd_21109_2026-01.zip',
          sha256: 'a'.repeat(64),
          bytes: 4096,
          counts: '{"activities":2}',
          fingerprint: 'AB12-CD34',
          archive_file: 'goi-da-gui/to-cnscd_21109_2026-01.zip',
          shared_to: null,
          shared_problem: null,
        },
      ],
    },
    {
      table: 'receiving_profile',
      rows: [
        {
          id: 1,
          name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
          province_code: '51',
          province_name: 'Tỉnh Quảng Ngãi',
          issuer_name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
          place_name: 'Quảng Ngãi',
          signer_name: null,
          signer_title: 'Giám đốc',
          symbol: 'BC-SKHCN',
          deadline_day: 15,
          updated_at: T2,
        },
      ],
    },
    {
      table: 'received_communes',
      rows: [
        {
          code: '21109',
          name: 'Xã Đông Sơn',
          province_code: '51',
          province_name: 'Tỉnh Quảng Ngãi',
          contact: '0905 111 222',
          public_key: 'k'.repeat(43) + '=',
          fingerprint: 'AB12-CD34',
          key_first_seen_at: T2,
          added_at: T2,
        },
      ],
    },
    {
      table: 'received_key_changes',
      rows: [
        {
          id: 1,
          commune_code: '21109',
          old_public_key: 'o'.repeat(43) + '=',
          old_fingerprint: 'OLD1-OLD2',
          new_public_key: 'k'.repeat(43) + '=',
          new_fingerprint: 'AB12-CD34',
          file_name: 'to-cnscd_21109_2026-01.zip',
          bundle_sha256: 'a'.repeat(64),
          accepted_at: T2,
        },
      ],
    },
    {
      table: 'bundle_receipts',
      rows: [
        {
          id: 'r-1',
          commune_code: '21109',
          period_code: '2026-01',
          period_from: '2025-12-15',
          period_to: '2026-01-14',
          status: 'added',
          file_name: 'to-cnscd_21109_2026-01.zip',
          bundle_sha256: 'a'.repeat(64),
          public_key: 'k'.repeat(43) + '=',
          fingerprint: 'AB12-CD34',
          created_at: T2,
          received_at: T2,
          counts: '{"activities":2}',
        },
      ],
    },
  ];
}

/** The half-month bucket of a `date` column, as shared/domain/periods.ts computes it. */
const BUCKET = `(cast(substr(date, 1, 4) as integer) * 12 + cast(substr(date, 6, 2) as integer) - 1) * 2
  + (cast(substr(date, 9, 2) as integer) >= 15)`;

/** The summaries as the services keep them: exact sums of the live activities. */
function fillSummaries(sqlite: BetterSqlite3.Database): void {
  if (hasTable(sqlite, 'activity_totals')) {
    sqlite.exec(`insert into activity_totals (bucket, team_id, indicator_code, value)
      select ${BUCKET}, a.team_id, r.indicator_code, sum(r.value)
        from activity_results r join activities a on a.id = r.activity_id
       where a.deleted_at is null group by 1, 2, 3`);
  }
  if (hasTable(sqlite, 'activity_year_totals')) {
    sqlite.exec(`insert into activity_year_totals (convention, year, team_id, indicator_code, value)
      select 'calendar', bucket / 24, team_id, indicator_code, sum(value) from activity_totals group by 2, 3, 4`);
    sqlite.exec(`insert into activity_year_totals (convention, year, team_id, indicator_code, value)
      select 'decree09', (bucket + 1) / 24, team_id, indicator_code, sum(value) from activity_totals group by 2, 3, 4`);
  }
  if (hasTable(sqlite, 'activity_kind_totals')) {
    sqlite.exec(`insert into activity_kind_totals (bucket, team_id, kind, activities, people, households)
      select ${BUCKET}, team_id, kind, count(*), coalesce(sum(people_reached), 0), coalesce(sum(households_reached), 0)
        from activities where deleted_at is null group by 1, 2, 3`);
  }
}

/** Fills a database at any schema version with the representative rows its tables can hold. */
export function fillFixture(sqlite: BetterSqlite3.Database): void {
  const fill = sqlite.transaction(() => {
    insert(sqlite, 'commune_profile', [
      {
        id: 1,
        province_code: '51',
        province_name: 'Tỉnh Quảng Ngãi',
        district_name: null,
        commune_code: '21109',
        commune_name: 'Xã Đông Sơn',
        issuer_name: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
        place_name: 'Đông Sơn',
        receiving_level: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
        updated_at: T,
      },
    ]);
    insert(sqlite, 'leaders', leaders);
    insert(sqlite, 'villages', villages);
    insert(sqlite, 'settings', [
      { key: 'reportingPeriods', value: 'calendar' },
      { key: 'updateUrl', value: 'https://cap-nhat.example/to-cnscd' },
    ]);
    if (!hasTable(sqlite, 'people')) return;
    insert(sqlite, 'people', people);
    insert(sqlite, 'teams', teams);
    insert(sqlite, 'memberships', memberships);
    if (!hasTable(sqlite, 'documents')) return;
    const withJson = hasColumn(sqlite, 'documents', 'team_ids');
    insert(
      sqlite,
      'documents',
      documents.map((d) => (withJson ? { ...d.row, team_ids: JSON.stringify(d.teams) } : d.row)),
    );
    if (hasTable(sqlite, 'document_teams')) {
      insert(
        sqlite,
        'document_teams',
        documents.flatMap((d) =>
          d.teams.map((team_id, position) => ({ document_id: d.row.id ?? '', team_id, position })),
        ),
      );
    }
    if (!hasTable(sqlite, 'activities')) return;
    const sourceKeys = hasColumn(sqlite, 'activities', 'source_key');
    for (const { table, rows } of monthlyRows()) {
      if (!hasTable(sqlite, table)) continue;
      insert(
        sqlite,
        table,
        table === 'activities' && !sourceKeys ? rows.map(({ source_key: _, ...rest }) => rest) : rows,
      );
    }
    fillSummaries(sqlite);
  });
  fill();
}

/**
 * Writes the fixture of `version` at `file`: migrations 1..version, the rows, then one
 * self-contained file (rollback journal, vacuumed to 1 KiB pages) as an older application would have left it
 * after a clean close.
 */
export async function writeSchemaFixture(version: number, file: string): Promise<void> {
  fs.rmSync(file, { force: true });
  const opened = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= version) });
  try {
    fillFixture(opened.sqlite);
  } finally {
    await opened.close();
  }
  const sqlite = new BetterSqlite3(file);
  try {
    sqlite.pragma('journal_mode = DELETE');
    // Small pages keep the committed files small (a table of a few rows takes one page).
    sqlite.pragma('page_size = 1024');
    sqlite.exec('vacuum');
  } finally {
    sqlite.close();
  }
}

/** Every row of every table of ours (the ledger aside), each table ordered by all its columns. */
export type DatabaseContent = Map<string, { columns: string[]; rows: Row[] }>;

export function readContent(sqlite: BetterSqlite3.Database): DatabaseContent {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'schema_migrations' order by name",
    )
    .pluck()
    .all() as string[];
  const content: DatabaseContent = new Map();
  for (const table of tables) {
    const columns = sqlite.prepare('select name from pragma_table_info(?)').pluck().all(table) as string[];
    const rows = sqlite
      .prepare(`select * from ${table} order by ${columns.map((_, i) => String(i + 1)).join(', ')}`)
      .all() as Row[];
    content.set(table, { columns, rows });
  }
  return content;
}

export function readFileContent(file: string): DatabaseContent {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return readContent(sqlite);
  } finally {
    sqlite.close();
  }
}

/** The rows of `table` reduced to `columns`, in a stable order. */
export function project(content: DatabaseContent, table: string, columns: readonly string[]): string[] {
  const rows = content.get(table)?.rows ?? [];
  return rows.map((row) => JSON.stringify(columns.map((c) => row[c] ?? null))).sort();
}
