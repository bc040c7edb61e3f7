/**
 * What the audit record of a write says (issue 11): the entity's id, and a short Vietnamese
 * summary of what changed, taken inside the write's own transaction: the row before (right after
 * BEGIN) and after (right before COMMIT) for a write on one row, so an update names the fields
 * that really changed; a count before and after for imports and bulk writes.
 */
import { sql, type Kysely } from 'kysely';
import type { OperationName } from '../../../shared/contract/operations';
import type { AuditedOperation } from '../../../shared/contract/audit-operations';
import { isoToVi } from '../../../shared/vi/dates';
import type { Database } from '../db/schema';
import { getBundleSettings } from '../bundle/bundle-settings';
import { getSettings } from '../settings/settings-service';

/** Tables an audited row lives in (a fixed list: never a name from input). */
type RowTable =
  | 'commune_profile'
  | 'villages'
  | 'people'
  | 'teams'
  | 'memberships'
  | 'documents'
  | 'indicators'
  | 'platforms'
  | 'activities'
  | 'trainings'
  | 'targets'
  | 'received_communes'
  | 'bundle_exports';
type CountedTable =
  'people' | 'activities' | 'documents' | 'targets' | 'bundle_receipts' | 'received_communes' | 'teams';

type Row = Record<string, unknown>;

export interface WritePlan {
  /** Not a write this time (a preview, a dry run, quitting). */
  skip: boolean;
  /** The row the write is about, when it is one row and its key is in the input. */
  row: { table: RowTable; key: 'id' | 'code'; id: string | number } | null;
  /** A create: the row is the one made by the first `newId` of the operation. */
  createdIn: RowTable | null;
  /** A write of settings: the settings before and after, as one row (key → value). */
  settings: boolean;
  /** A bulk write: how many rows of this table it added. */
  counted: { table: CountedTable; unit: string } | null;
  /** What the input says that the rows do not (a file name, a period…). */
  detail: string | null;
  /** Recorded on its own after success when no transaction carried it (AuditRecorder.after). */
  after: 'never' | 'always' | 'if-swapped' | 'if-wrote';
}

/** Writes made outside the database's transactions: a file beside it, or the file swapped. */
const recordedAfter: Partial<Record<OperationName, 'always' | 'if-swapped' | 'if-wrote'>> = {
  // Written commune by commune, each in its own transactions: one record after all of them.
  importBundles: 'if-wrote',
  importWatchedBundles: 'if-wrote',
  restoreBackup: 'if-swapped',
  resolveDamagedStart: 'if-swapped',
  renewCommuneKey: 'always',
  createBackup: 'always',
  setBackupLocation: 'always',
};

const entityTables: Partial<Record<AuditedOperation['entity'], RowTable>> = {
  profile: 'commune_profile',
  village: 'villages',
  person: 'people',
  team: 'teams',
  membership: 'memberships',
  document: 'documents',
  activity: 'activities',
  training: 'trainings',
  target: 'targets',
};

const creates: Partial<Record<OperationName, RowTable>> = {
  createVillage: 'villages',
  createPerson: 'people',
  createTeam: 'teams',
  addMember: 'memberships',
  createDecision: 'documents',
  recordPastDecision: 'documents',
  createReport: 'documents',
  addActivity: 'activities',
  addTraining: 'trainings',
  setTarget: 'targets',
  exportBundle: 'bundle_exports',
};

const bulk: Partial<Record<OperationName, WritePlan['counted']>> = {
  applyPeopleImport: { table: 'people', unit: 'người mới' },
  applyActivityImport: { table: 'activities', unit: 'hoạt động mới' },
  makeDecisions: { table: 'documents', unit: 'văn bản mới' },
  loadDemo: { table: 'people', unit: 'người mẫu' },
  distributeTarget: { table: 'targets', unit: 'chỉ tiêu mới' },
  importBundles: { table: 'bundle_receipts', unit: 'gói đã ghi' },
  addReceivedCommunes: { table: 'received_communes', unit: 'xã mới' },
  importWatchedBundles: { table: 'bundle_receipts', unit: 'gói đã ghi' },
};

function field(input: unknown, name: string): unknown {
  return typeof input === 'object' && input !== null ? (input as Row)[name] : undefined;
}

function text(input: unknown, name: string): string | null {
  const value = field(input, name);
  return typeof value === 'string' ? value : null;
}

function detailOf(name: OperationName, input: unknown): string | null {
  const fileName = text(input, 'fileName');
  switch (name) {
    case 'applyPeopleImport':
    case 'applyActivityImport':
    case 'attachScan':
      return fileName === null ? null : `tệp ${fileName}`;
    case 'setTarget':
    case 'distributeTarget':
      return `chỉ tiêu ${String(field(input, 'indicator'))} năm ${String(field(input, 'year'))}`;
    case 'exportBundle':
    case 'createReport':
      return typeof field(field(input, 'period'), 'code') === 'string'
        ? `kỳ ${String(field(field(input, 'period'), 'code'))}`
        : null;
    case 'importBundles':
    case 'importWatchedBundles': {
      const files = field(input, 'files');
      return Array.isArray(files) ? `${files.length} tệp` : null;
    }
    case 'removeReceivedCommune':
      return text(input, 'code') === null ? null : `mã ${text(input, 'code') ?? ''}`;
    case 'setBackupLocation': {
      const folder = field(input, 'folder');
      return typeof folder === 'string' ? `nơi thứ hai: ${folder}` : 'bỏ nơi sao lưu thứ hai';
    }
    case 'restoreBackup':
      return describeSource(field(input, 'source'));
    default:
      return null;
  }
}

function describeSource(source: unknown): string | null {
  const file = field(source, 'name') ?? field(source, 'fileName');
  return typeof file === 'string' ? `từ ${file}` : null;
}

function skipOf(name: OperationName, input: unknown): boolean {
  if (name === 'distributeTarget') return field(input, 'apply') !== true;
  if (name === 'importBundles' || name === 'importWatchedBundles') return field(input, 'dryRun') === true;
  if (name === 'resolveDamagedStart') return field(input, 'choice') !== 'restore';
  return false;
}

function rowOf(name: OperationName, spec: AuditedOperation, input: unknown): WritePlan['row'] {
  if (spec.entity === 'profile') return { table: 'commune_profile', key: 'id', id: 1 };
  if (spec.entity === 'catalog') {
    const code = text(input, 'code');
    if (code === null) return null;
    return { table: /Platform/u.test(name) ? 'platforms' : 'indicators', key: 'code', id: code };
  }
  if (name === 'reorderMembers') {
    const teamId = text(input, 'teamId');
    return teamId === null ? null : { table: 'teams', key: 'id', id: teamId };
  }
  const table = entityTables[spec.entity];
  const id = text(input, 'membershipId') ?? text(input, 'id');
  return table === undefined || id === null ? null : { table, key: 'id', id };
}

export function planWrite(name: OperationName, spec: AuditedOperation, input: unknown): WritePlan {
  return {
    skip: skipOf(name, input),
    row: creates[name] === undefined ? rowOf(name, spec, input) : null,
    createdIn: creates[name] ?? null,
    settings: spec.entity === 'settings',
    counted: bulk[name] ?? null,
    detail: detailOf(name, input),
    after: recordedAfter[name] ?? 'never',
  };
}

export async function readRow(
  trx: Kysely<Database>,
  table: RowTable,
  key: 'id' | 'code',
  id: string | number,
): Promise<Row | null> {
  const result = await sql<Row>`select * from ${sql.table(table)} where ${sql.ref(key)} = ${id}`.execute(trx);
  return result.rows[0] ?? null;
}

/** The settings as one row, as the officer sees them (a setting never written has its default). */
export async function readSettings(trx: Kysely<Database>): Promise<Row> {
  return { ...(await getSettings(trx)), ...(await getBundleSettings(trx)) };
}

/** Rows the connection has inserted, updated or deleted since it opened (SQLite's own counter). */
export async function totalChanges(trx: Kysely<Database>): Promise<number> {
  const result = await sql<{ n: number }>`select total_changes() as n`.execute(trx);
  return result.rows[0]?.n ?? 0;
}

export async function countRows(trx: Kysely<Database>, table: CountedTable): Promise<number> {
  const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(trx);
  return result.rows[0]?.n ?? 0;
}

/** Column → what the officer calls it; columns kept by the application itself are left out. */
const columnLabels: Record<string, string> = {
  name: 'tên',
  full_name: 'họ tên',
  kind: 'loại',
  households: 'số hộ',
  gender: 'giới tính',
  birth_year: 'năm sinh',
  phone: 'số điện thoại',
  position: 'chức vụ',
  village_id: 'thôn',
  tags: 'nhóm',
  notes: 'ghi chú',
  note: 'ghi chú',
  archived_at: 'lưu trữ',
  zalo_link: 'nhóm Zalo',
  zalo_households: 'số hộ trong nhóm Zalo',
  status: 'trạng thái',
  role: 'chức danh',
  start_date: 'ngày bắt đầu',
  end_date: 'ngày thôi',
  sort_order: 'thứ tự',
  symbol: 'ký hiệu',
  number: 'số',
  year: 'năm',
  issued_on: 'ngày ban hành',
  summary: 'trích yếu',
  signer_name: 'người ký',
  recipients: 'nơi nhận',
  texts: 'nội dung',
  content: 'nội dung',
  scan_file: 'bản quét',
  copies: 'số lượng bản',
  sent_on: 'ngày chuyển',
  date: 'ngày',
  team_id: 'Tổ',
  place: 'địa điểm',
  people_reached: 'số người được hỗ trợ',
  households_reached: 'số hộ được hỗ trợ',
  topic: 'chủ đề',
  organiser: 'đơn vị tổ chức',
  online: 'hình thức',
  hours: 'số giờ',
  value: 'giá trị',
  unit: 'đơn vị tính',
  active: 'đang dùng',
  pillar: 'trụ cột',
  platform_code: 'nền tảng',
  province_code: 'tỉnh',
  province_name: 'tên tỉnh',
  commune_code: 'mã xã',
  commune_name: 'tên xã',
  issuer_name: 'cơ quan ban hành',
  place_name: 'địa danh',
  receiving_level: 'cấp nhận báo cáo',
  deleted_at: 'xóa',
  // The settings (key → value, one row).
  updateUrl: 'địa chỉ cập nhật',
  reportingPeriods: 'cách tính kỳ báo cáo',
  receivingEmail: 'thư điện tử cấp trên',
  sendPhones: 'gửi số điện thoại',
  saveFolder: 'thư mục lưu gói',
  sharedFolder: 'thư mục dùng chung',
};
const internalColumns = new Set([
  'id',
  'code',
  'created_at',
  'updated_at',
  'name_key',
  'search_text',
  'source_key',
  'scan_sha256',
]);

function changedFields(before: Row, after: Row): string[] {
  const names: string[] = [];
  for (const column of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (internalColumns.has(column)) continue;
    if (JSON.stringify(before[column]) === JSON.stringify(after[column])) continue;
    names.push(columnLabels[column] ?? 'thông tin khác');
  }
  return [...new Set(names)];
}

function nameOf(row: Row): string | null {
  for (const column of ['full_name', 'commune_name', 'name', 'topic', 'period_label']) {
    const value = row[column];
    if (typeof value === 'string' && value !== '') return value;
  }
  if (typeof row.date === 'string') {
    const place = typeof row.place === 'string' && row.place !== '' ? ` ${row.place}` : '';
    return `${isoToVi(row.date)}${place}`;
  }
  if (typeof row.summary === 'string')
    return row.summary.length > 80 ? `${row.summary.slice(0, 79)}…` : row.summary;
  return null;
}

function numberOf(row: Row): string | null {
  return typeof row.number === 'number' && typeof row.symbol === 'string'
    ? `số ${row.number}/${row.symbol}`
    : null;
}

/**
 * The names a row points to but does not hold (a membership's person, an activity's team), so
 * the summary of a write on it says whose it is.
 */
export async function relatedNames(trx: Kysely<Database>, row: Row | null): Promise<string[]> {
  if (row === null) return [];
  const names: string[] = [];
  if (typeof row.person_id === 'string' && row.full_name === undefined) {
    const person = await readRow(trx, 'people', 'id', row.person_id);
    if (typeof person?.full_name === 'string') names.push(person.full_name);
  }
  if (typeof row.team_id === 'string' && row.level === undefined) {
    const team = await readRow(trx, 'teams', 'id', row.team_id);
    if (typeof team?.name === 'string') names.push(team.name);
  }
  return names;
}

/** The short summary: which row, what changed in it, how many rows were added, the input's detail. */
export function summarize(parts: {
  before: Row | null;
  after: Row | null;
  /** Names of what the row belongs to (relatedNames). */
  related?: readonly string[];
  added: { count: number; unit: string } | null;
  detail: string | null;
  label: string;
}): string {
  const { before, after, added, detail } = parts;
  const pieces: string[] = [];
  const row = after ?? before;
  const name = row === null ? null : nameOf(row);
  if (name !== null) pieces.push(`«${name}»`);
  for (const related of parts.related ?? []) pieces.push(`«${related}»`);
  const number = after === null ? null : numberOf(after);
  if (number !== null) pieces.push(number);
  const wasDeleted =
    before !== null && (after === null || (before.deleted_at == null && after.deleted_at != null));
  if (before !== null && after !== null && !wasDeleted) {
    const changed = changedFields(before, after);
    if (changed.length > 0) pieces.push(`đổi ${changed.join(', ')}`);
  }
  if (added !== null) pieces.push(`${added.count} ${added.unit}`);
  if (detail !== null) pieces.push(detail);
  return pieces.length === 0 ? parts.label : pieces.join('; ');
}
