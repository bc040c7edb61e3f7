/**
 * The audit log (issue 11) on real SQLite files: one record per write through the contract, in
 * the write's own transaction (a write whose record cannot be appended, or whose COMMIT fails
 * after the append, leaves neither), none for reads and refused writes, updates naming the
 * fields that changed, triggers refusing any update or delete, a restore recorded in the restored
 * database, the export read back.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/contract/audit-schemas';
import type { BackupMade } from '../../../shared/contract/backup-types';
import type { FileDownload, Person, PersonSaved, Team, Village } from '../../../shared/contract/types';
import { createBackend, type Backend } from '../backend';
import { inTransaction } from '../db/transaction';
import { reportProfile } from '../../../test-support/report-data';
import { contractCaller, RecordingHost, tempDir } from '../../../test-support/temp';
import { createRecorder } from './recorder';
import { runAudited } from './scope';
import { inImmediateTransaction } from '../db/transaction';
import { operationAudit } from '../../../shared/contract/audit-operations';
import type { DocumentDetail } from '../../../shared/contract/types';
import { writePeopleTemplate } from '../spreadsheets/write';

const opened: Backend[] = [];
afterEach(async () => {
  for (const backend of opened.splice(0)) await backend.close();
});

async function open(file = path.join(tempDir(), 'data.sqlite3')) {
  const backend = await createBackend({
    databasePath: file,
    host: new RecordingHost(path.dirname(file)),
    appVersion: '9.8.7-test',
    log: () => undefined,
  });
  opened.push(backend);
  return { backend, file, ...contractCaller(() => backend) };
}

/** The records, oldest first, straight from the file. */
function records(file: string): Record<string, unknown>[] {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    return sqlite.prepare('select * from audit_log order by id').all() as Record<string, unknown>[];
  } finally {
    sqlite.close();
  }
}

describe('a record per write, in the same transaction', () => {
  it('writes leave one record each (entity, id, summary, version); reads and refused writes leave none', async () => {
    const { call, refused, file } = await open();
    await call('setupProfile', reportProfile);
    const village = await call<Village>('createVillage', {
      name: 'Thôn Đông',
      kind: 'thon',
      households: 120,
    });
    await call('listVillages');
    await call('getInfo');
    await call<Village>('updateVillage', {
      id: village.id,
      name: 'Thôn Đông',
      kind: 'thon',
      households: 150,
    });
    const saved = await call<PersonSaved>('createPerson', {
      fullName: 'Nguyễn Văn An',
      villageId: village.id,
    });
    await call('updatePerson', {
      id: saved.person.id,
      fullName: 'Nguyễn Văn Ân',
      phone: '0912345678',
      villageId: village.id,
    });
    const team = await call<Team>('createTeam', {
      level: 'village',
      name: 'Tổ CNSCĐ thôn Đông',
      villageId: village.id,
    });
    await call('addMember', {
      teamId: team.id,
      personId: saved.person.id,
      role: 'leader',
      startDate: '2026-01-05',
    });
    await call('updateSettings', { updateUrl: 'https://example.org/cap-nhat' });
    const before = records(file).length;
    const error = await refused('createVillage', { name: 'Thôn Đông', kind: 'thon', households: 5 });
    expect(error.code).not.toBe('validation');
    await refused('createVillage', { name: '', kind: 'thon', households: 5 });
    expect(records(file)).toHaveLength(before);

    const rows = records(file);
    expect(rows.map((r) => r.operation)).toEqual([
      'setupProfile',
      'createVillage',
      'updateVillage',
      'createPerson',
      'updatePerson',
      'createTeam',
      'addMember',
      'updateSettings',
    ]);
    expect(rows.every((r) => r.app_version === '9.8.7-test')).toBe(true);
    const [profile, created, updated, person, personUpdate, teamRow, member, settings] = rows;
    expect(profile).toMatchObject({ entity: 'profile', entity_id: '1' });
    expect(profile?.summary).toContain('Xã Đông Sơn');
    expect(created).toMatchObject({ entity: 'village', entity_id: village.id, summary: '«Thôn Đông»' });
    expect(updated).toMatchObject({
      entity: 'village',
      entity_id: village.id,
      summary: '«Thôn Đông»; đổi số hộ',
    });
    expect(person).toMatchObject({
      entity: 'person',
      entity_id: saved.person.id,
      summary: '«Nguyễn Văn An»',
    });
    expect(personUpdate?.entity_id).toBe(saved.person.id);
    expect(personUpdate?.summary).toBe('«Nguyễn Văn Ân»; đổi họ tên, số điện thoại');
    expect(teamRow).toMatchObject({ entity: 'team', entity_id: team.id });
    expect(member?.entity).toBe('membership');
    expect(typeof member?.entity_id).toBe('string');
    expect(member?.summary).toBe('«Nguyễn Văn Ân»; «Tổ CNSCĐ thôn Đông»');
    expect(settings).toMatchObject({ entity: 'settings', summary: 'đổi địa chỉ cập nhật' });
    // UTC instants with milliseconds, in order.
    const times = rows.map((r) => String(r.at));
    expect(times.every((t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u.test(t))).toBe(true);
    expect([...times].sort()).toEqual(times);
  });

  it('a write whose record cannot be appended is rolled back with it: neither is there', async () => {
    const { backend, call, refused, file } = await open();
    await call('setupProfile', reportProfile);
    // The append is refused inside the write's transaction (as a full disk would refuse it).
    await sql`create temp trigger refuse_audit before insert on audit_log
      begin select raise(abort, 'không ghi được nhật ký'); end`.execute(backend.ctx.db);
    const before = records(file).length;
    await refused('createVillage', { name: 'Thôn Tây', kind: 'thon', households: 80 });
    await sql`drop trigger refuse_audit`.execute(backend.ctx.db);
    expect(await call<Village[]>('listVillages')).toEqual([]);
    expect(records(file)).toHaveLength(before);
  });

  it('a COMMIT that fails after the append leaves neither the write nor its record', async () => {
    const { backend, call, file } = await open();
    await call('setupProfile', reportProfile);
    const db = backend.ctx.db;
    const recorder = createRecorder('createPerson', { entity: 'person', label: 'Thêm người' }, {}, '1.0.0');
    const write = runAudited(
      () => db,
      recorder,
      () =>
        inTransaction(db, async (trx) => {
          // The foreign key is checked at COMMIT: after the record was appended.
          await sql`pragma defer_foreign_keys = on`.execute(trx);
          await trx
            .insertInto('people')
            .values({
              id: 'p-1',
              full_name: 'Lê Thị Bình',
              name_key: 'le thi binh',
              search_text: 'le thi binh',
              gender: null,
              birth_year: null,
              phone: null,
              position: null,
              village_id: 'khong-co-thon',
              tags: '[]',
              notes: null,
              archived_at: null,
              created_at: '2026-01-01T00:00:00.000Z',
              updated_at: '2026-01-01T00:00:00.000Z',
              deleted_at: null,
            })
            .execute();
          const appended = await trx.selectFrom('audit_log').select('id').execute();
          return appended.length;
        }),
      inImmediateTransaction,
    );
    await expect(write).rejects.toThrow(/FOREIGN KEY/u);
    expect(await call<Person[]>('listPeople')).toEqual([]);
    expect(records(file).map((r) => r.operation)).toEqual(['setupProfile']);
  });

  it('a preview or a dry run writes no record; a restore is recorded in the restored database', async () => {
    const { call, file } = await open();
    await call('setupProfile', reportProfile);
    const village = await call<Village>('createVillage', { name: 'Thôn Một', kind: 'thon', households: 40 });
    await call('createTeam', { level: 'village', name: 'Tổ CNSCĐ thôn Một', villageId: village.id });
    const catalog = await call<{ indicators: { code: string }[] }>('listCatalog');
    const indicator = catalog.indicators[0]?.code ?? '';
    await call('setTarget', { year: 2026, indicator, value: 10 });
    const split = { year: 2026, indicator, apply: false };
    await call('distributeTarget', split);
    expect(
      records(file)
        .map((r) => r.operation)
        .at(-1),
    ).toBe('setTarget');
    const made = await call<BackupMade>('createBackup');
    await call('createVillage', { name: 'Thôn Bắc', kind: 'thon', households: 60 });
    await call('restoreBackup', { source: { kind: 'backup', location: 'local', name: made.backup.name } });
    const rows = records(file);
    // The restored copy holds what was recorded up to the backup, then the restore itself.
    expect(rows.map((r) => r.operation)).toEqual([
      'setupProfile',
      'createVillage',
      'createTeam',
      'setTarget',
      'restoreBackup',
    ]);
    expect(rows[4]).toMatchObject({ entity: 'backup', summary: `từ ${made.backup.name}` });
  });
});

describe('what the summary says', () => {
  it('an import says how many rows it added and from which file; an issue says the number', async () => {
    const { call, file } = await open();
    await call('setupProfile', reportProfile);
    const sheet = { fileName: 'mau.xlsx', base64: (await writePeopleTemplate()).toString('base64') };
    await call('previewPeopleImport', {
      ...sheet,
      startDate: '2022-09-05',
      decisions: [{ row: 5, action: 'new' }],
    });
    await call('applyPeopleImport', {
      ...sheet,
      startDate: '2022-09-05',
      decisions: [{ row: 5, action: 'new' }],
    });
    const people = await call<Person[]>('listPeople');
    expect(people.length).toBeGreaterThan(0);
    const team = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã Đông Sơn' });
    const draft = await call<DocumentDetail>('createDecision', {
      kind: 'founding_commune',
      teamIds: [team.id],
    });
    await call('issueDocument', { id: draft.id, number: 12, date: '2026-02-05', confirmWarnings: true });
    const rows = records(file);
    expect(rows.map((r) => r.operation)).toEqual([
      'setupProfile',
      'applyPeopleImport',
      'createTeam',
      'createDecision',
      'issueDocument',
    ]);
    expect(rows[1]?.summary).toBe(`${people.length} người mới; tệp mau.xlsx`);
    expect(rows[4]).toMatchObject({ entity: 'document', entity_id: draft.id });
    expect(rows[4]?.summary).toContain('số 12/QĐ-UBND');
    expect(rows[4]?.summary).toContain('đổi trạng thái');
  });
});

describe('the demo loader', () => {
  it('is one write: one record saying how many people it brought', async () => {
    const { call, file } = await open();
    await call('loadDemo', {});
    const people = await call<Person[]>('listPeople', { includeArchived: true });
    const rows = records(file);
    expect(rows.map((r) => [r.operation, r.entity])).toEqual([['loadDemo', 'data']]);
    expect(rows[0]?.summary).toBe(`${people.length} người mẫu`);
  });
});

describe('append-only', () => {
  it('triggers refuse any update or delete of a record, with a Vietnamese message', async () => {
    const { call, file, backend } = await open();
    await call('setupProfile', reportProfile);
    await backend.close();
    opened.splice(0);
    const sqlite = new BetterSqlite3(file);
    try {
      expect(() => sqlite.prepare("update audit_log set summary = 'sửa'").run()).toThrow(
        'Nhật ký thao tác chỉ được ghi thêm: không thể sửa một dòng đã ghi.',
      );
      expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(
        'Nhật ký thao tác chỉ được ghi thêm: không thể xóa một dòng đã ghi.',
      );
      expect(sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(1);
    } finally {
      sqlite.close();
    }
  });
});

describe('reading the log back', () => {
  it('lists newest first with filters by local day, operation and entity', async () => {
    const { call } = await open();
    await call('setupProfile', reportProfile);
    await call('createVillage', { name: 'Thôn Nam', kind: 'thon', households: 70 });
    const all = await call<AuditEntry[]>('listAuditLog');
    expect(all.map((e) => e.operation)).toEqual(['createVillage', 'setupProfile']);
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(await call<AuditEntry[]>('listAuditLog', { from: day, to: day })).toHaveLength(2);
    expect(await call<AuditEntry[]>('listAuditLog', { to: '2020-01-01' })).toEqual([]);
    expect((await call<AuditEntry[]>('listAuditLog', { entity: 'village' })).map((e) => e.operation)).toEqual(
      ['createVillage'],
    );
    expect(await call<AuditEntry[]>('listAuditLog', { operation: 'setupProfile' })).toHaveLength(1);
    // The listing itself wrote nothing.
    expect(await call<AuditEntry[]>('listAuditLog')).toHaveLength(2);
  });

  it('exports the filtered records to an .xlsx that reads back with dates dd/mm/yyyy and Vietnamese labels', async () => {
    const { call } = await open();
    await call('setupProfile', reportProfile);
    await call('createVillage', { name: 'Thôn Nam', kind: 'thon', households: 70 });
    const file = await call<FileDownload>('exportAuditLog', { entity: 'village' });
    expect(file.fileName).toBe('Nhat-ky-thao-tac.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhật ký thao tác');
    expect(sheet?.getCell(2, 1).value).toBe('NHẬT KÝ THAO TÁC');
    expect(sheet?.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Thời gian',
      'Thao tác',
      'Đối tượng',
      'Nội dung',
      'Mã đối tượng',
      'Phiên bản',
    ]);
    const row = sheet?.getRow(6).values as unknown[];
    expect(row.slice(1, 6)).toEqual([
      1,
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/u),
      'Thêm thôn, tổ dân phố',
      'Thôn, tổ dân phố',
      '«Thôn Nam»',
    ]);
    expect(row[7]).toBe('9.8.7-test');
    expect(sheet?.getRow(7).values).toEqual([]);
  });
});

describe('the classification of the contract', () => {
  it('every operation is classified, and one whose name says it writes is not classified as a read', () => {
    const writesByName =
      /^(create|update|remove|add|set|delete|apply|issue|cancel|discard|record|rename|mark|attach|archive|end|change|reorder|load|make|renew|restore|import|export(Bundle)$)/u;
    for (const [name, kind] of Object.entries(operationAudit)) {
      expect(kind === 'read' || kind === 'file' || typeof kind === 'object', name).toBe(true);
      // cancelJob stops a running job: the job's own transaction rolls back, nothing is written.
      if (writesByName.test(name) && !/^export(?!Bundle)/u.test(name) && name !== 'cancelJob') {
        expect(typeof kind, `${name} looks like a write`).toBe('object');
      }
    }
  });
});
