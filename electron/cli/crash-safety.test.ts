/**
 * Crash safety, measured (issue 11, item 6): a people import, a decision issued, a backup, a
 * restore and a migration, each run in a child process killed with SIGKILL at 20 seeded moments
 * (test-support/crash-harness.ts). After every run: integrity_check ok; the work is all there or
 * not at all (no half import, no register number repeated or skipped); no half-written file under
 * an output's name; and, once the database has an audit log (`audit_log`), one entry set for
 * each committed piece of work and none for a killed one.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend/backend';
import { parseBackupFileName } from '../backend/backups/naming';
import { readLedger } from '../backend/db/ledger';
import { latestSchemaVersion } from '../backend/db/migrations';
import { openDatabase } from '../backend/db/database';
import { cliHarness } from '../../test-support/cli';
import {
  auditCount,
  crashRuns,
  integrity,
  readDatabase,
  temporaries,
  type CrashReport,
} from '../../test-support/crash-harness';
import { everyRecordKept } from '../../test-support/schema-expect';
import {
  readContent,
  readFileContent,
  schemaFixturePath,
  schemaFixtureVersions,
} from '../../test-support/schema-fixtures';
import { readZip } from '../../test-support/sheets';
import { RecordingHost, tempDir } from '../../test-support/temp';
import type { TeamJson } from './shapes';

const RUNS = 20;
const TIMEOUT = 240_000;

/** What each scenario measured, for the report (printed once, machine-readable). */
const measured: Record<string, CrashReport> = {};

function count(file: string, query: string, ...params: unknown[]): number {
  return readDatabase(
    file,
    (s) =>
      s
        .prepare(query)
        .pluck()
        .get(...params) as number,
  );
}

/** Each backup-named file of a folder, with its integrity and its number of people. */
function copiesIn(folder: string): { name: string; integrity: string; people: number }[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((n) => parseBackupFileName(n) !== null)
    .map((name) => {
      const file = path.join(folder, name);
      return {
        name,
        integrity: integrity(file),
        people: count(file, 'select count(*) from people'),
      };
    });
}

/** The audit rule: a committed piece of work has its entries (as many as the uncut run made), a killed one none. */
function auditRule() {
  let perRun: number | null = null;
  return (run: number, before: number | null, after: number | null, committed: boolean) => {
    expect(after === null).toBe(before === null);
    if (after === null || before === null) return;
    const delta = after - before;
    if (run === 0) {
      perRun = delta;
      // Every write operation leaves its entry.
      if (committed) expect(delta).toBeGreaterThan(0);
    }
    expect(delta, `audit entries of run ${run}`).toBe(committed ? perRun : 0);
  };
}

const families = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đào',
  'Đoàn',
  'Vương',
  'Trịnh',
  'Mai',
];
const middles = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Đức'];
const givens = ['Thử', 'Kiểm', 'Nghiệm', 'Lưu', 'Khôi'];

describe('kill -9 at 20 seeded moments, then check what is left', () => {
  it(
    'a people import: all of a file or nothing of it, its audit entries with it',
    async () => {
      const h = cliHarness('to-cnscd-crash-people-');
      await h.json(['demo']);
      const ROWS = 40;
      const prefix = (run: number) => `0399${String(run).padStart(2, '0')}`;
      const village = (run: number) => `Thôn ${families[run] ?? ''} Mới`;
      const state = (run: number) =>
        readDatabase(h.db, (s) => ({
          people: s
            .prepare('select count(*) from people where phone like ?')
            .pluck()
            .get(`${prefix(run)}%`) as number,
          members: s
            .prepare(
              'select count(*) from memberships m join people p on p.id = m.person_id where p.phone like ? and m.deleted_at is null',
            )
            .pluck()
            .get(`${prefix(run)}%`) as number,
          villages: s
            .prepare('select count(*) from villages where name = ?')
            .pluck()
            .get(village(run)) as number,
          total: s.prepare('select count(*) from people').pluck().get() as number,
          audit: auditCount(s),
        }));
      const audit = auditRule();
      let before = state(0);
      measured.peopleImport = await crashRuns({
        runs: RUNS,
        seed: 1101,
        async prepare(run) {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('DS');
          sheet.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Chức danh trong Tổ', 'Số điện thoại']);
          sheet.addRow([`I. ${village(run).toLocaleUpperCase('vi')}`]);
          for (let k = 0; k < ROWS; k += 1) {
            const name = `${families[run] ?? ''} ${middles[k % 8] ?? ''} ${givens[Math.floor(k / 8)] ?? ''}`;
            sheet.addRow([
              k + 1,
              name,
              1970 + (k % 30),
              'Thành viên',
              `${prefix(run)}${String(k).padStart(4, '0')}`,
            ]);
          }
          await workbook.xlsx.writeFile(path.join(h.dir, `lan-${run}.xlsx`));
          before = state(run);
          return [
            'cli',
            h.dir,
            '--db',
            h.db,
            'people',
            'import',
            `lan-${run}.xlsx`,
            '--start-date',
            '2026-01-05',
          ];
        },
        verify(run, completed) {
          expect(integrity(h.db)).toBe('ok');
          const after = state(run);
          const committed = after.people !== 0;
          if (completed) expect(committed).toBe(true);
          expect({ ...after, audit: null }).toEqual(
            committed
              ? { people: ROWS, members: ROWS, villages: 1, total: before.total + ROWS, audit: null }
              : { people: 0, members: 0, villages: 0, total: before.total, audit: null },
          );
          audit(run, before.audit, after.audit, committed);
        },
      });
    },
    TIMEOUT,
  );

  it(
    'a decision issued: register numbers without a gap or a repeat, a file whole or absent',
    async () => {
      const h = cliHarness('to-cnscd-crash-issue-');
      await h.json(['demo']);
      const team = ((await h.json(['teams', 'list'])) as TeamJson[]).find((t) => t.level === 'village');
      if (team === undefined) throw new Error('a village team');
      await h.json([
        'decision',
        'found',
        '--team',
        team.id,
        '--out',
        'qd-lap.docx',
        '--issue',
        '--confirm-warnings',
      ]);
      const numbers = () =>
        readDatabase(
          h.db,
          (s) =>
            s
              .prepare('select number from documents where number is not null order by year, number')
              .pluck()
              .all() as number[],
        );
      const audits = () => readDatabase(h.db, auditCount);
      const audit = auditRule();
      let before = { numbers: numbers(), audit: audits() };
      const out = (run: number) => path.join(h.dir, `qd-${run}.docx`);
      measured.decisionIssue = await crashRuns({
        runs: RUNS,
        seed: 1102,
        prepare(run) {
          before = { numbers: numbers(), audit: audits() };
          return [
            'cli',
            h.dir,
            '--db',
            h.db,
            'decision',
            'reorganize',
            '--team',
            team.id,
            '--out',
            `qd-${run}.docx`,
            '--issue',
            '--date',
            '2026-11-20',
            '--confirm-warnings',
          ];
        },
        verify(run, completed, pid) {
          expect(integrity(h.db)).toBe('ok');
          // A file is written under a hidden temporary name, then renamed: only a killed run leaves one.
          const left = temporaries(h.dir).filter((n) => n.startsWith(`.qd-${run}.docx.`));
          for (const name of left) expect(name).toContain(`.${pid}.`);
          if (completed) expect(left).toEqual([]);
          const now = numbers();
          // One series a year (the demo's are all 2026): 1, 2, 3… with none repeated or skipped.
          expect(now).toEqual(now.map((_, i) => i + 1));
          const committed = now.length === before.numbers.length + 1;
          expect(committed || now.length === before.numbers.length).toBe(true);
          if (completed) expect(committed).toBe(true);
          if (fs.existsSync(out(run))) {
            // Never half a file under the output's name: a whole .docx with the number just given.
            expect(committed).toBe(true);
            const xml =
              readZip(fs.readFileSync(out(run)))
                .get('word/document.xml')
                ?.toString('utf8') ?? '';
            expect(xml.replace(/<[^>]+>/gu, '')).toContain(
              `Số: ${String(now.at(-1)).padStart(2, '0')}/QĐ-UBND`,
            );
          } else {
            // Killed between the commit and the file: `decision export` writes it (decision-crash.test.ts).
            expect(completed).toBe(false);
          }
          audit(run, before.audit, audits(), committed);
        },
      });
    },
    TIMEOUT,
  );

  it(
    'a backup: every copy under a backup’s name is whole, in both places; the database untouched',
    async () => {
      const h = cliHarness('to-cnscd-crash-backup-');
      await h.json(['demo']);
      const usb = tempDir('to-cnscd-crash-usb-');
      await h.dispatch('setBackupLocation', { folder: usb });
      const local = path.join(h.dir, 'backups');
      const second = path.join(usb, 'To-CNSCD-sao-luu');
      const people = count(h.db, 'select count(*) from people');
      const audits = () => readDatabase(h.db, auditCount);
      let before = { local: 0, second: 0, audit: audits() };
      let perRun: number | null = null;
      const pids = new Set<number>();
      measured.backup = await crashRuns({
        runs: RUNS,
        seed: 1103,
        prepare() {
          before = { local: copiesIn(local).length, second: copiesIn(second).length, audit: audits() };
          return ['cli', h.dir, '--db', h.db, 'backup', 'create'];
        },
        verify(run, completed, pid) {
          expect(integrity(h.db)).toBe('ok');
          expect(count(h.db, 'select count(*) from people')).toBe(people);
          // Half-written copies: only killed runs' (a backup that gets going removes those of the
          // dead, so one that completes leaves none).
          pids.add(pid);
          for (const name of [...temporaries(local), ...temporaries(second)]) {
            expect(pids.has(Number(/\.(\d+)\.tmp/u.exec(name)?.[1])), name).toBe(true);
          }
          if (completed) expect([...temporaries(local), ...temporaries(second)]).toEqual([]);
          const mine = copiesIn(local);
          const outside = copiesIn(second);
          for (const copy of [...mine, ...outside])
            expect(copy, copy.name).toMatchObject({ integrity: 'ok', people });
          expect([before.local, before.local + 1]).toContain(mine.length);
          expect([before.second, before.second + 1]).toContain(outside.length);
          // The copy outside is made from the local one, after it.
          if (outside.length > before.second) expect(mine.length).toBe(before.local + 1);
          if (completed) expect([mine.length, outside.length]).toEqual([before.local + 1, before.second + 1]);
          // A backup writes nothing to the database but, maybe, its audit entries: all or none.
          const now = audits();
          if (now !== null && before.audit !== null) {
            if (run === 0) perRun = now - before.audit;
            expect([0, perRun]).toContain(now - before.audit);
            if (completed) expect(now - before.audit).toBe(perRun);
          }
        },
      });
    },
    TIMEOUT,
  );

  it(
    'a restore: the data before or the copy restored, never a mix; the undo copy whole; no staging file left',
    async () => {
      const h = cliHarness('to-cnscd-crash-restore-');
      await h.json(['demo']);
      const made = (await h.json(['backup', 'create'])) as { backup: { name: string } };
      await h.dispatch('createVillage', { name: 'Thôn Sau Sao Lưu', kind: 'thon', households: 10 });
      const villagesOf = (file: string) =>
        readDatabase(file, (s) =>
          (
            s
              .prepare('select name from villages where deleted_at is null order by name')
              .pluck()
              .all() as string[]
          ).join(', '),
        );
      const current = villagesOf(h.db);
      const restored = villagesOf(path.join(h.dir, 'backups', made.backup.name));
      expect(current).not.toBe(restored);
      const templateAudit = readDatabase(h.db, auditCount);
      let restoredAudit: number | null = null;
      let runDir = '';
      const runDb = () => path.join(runDir, 'data.sqlite3');
      measured.restore = await crashRuns({
        runs: RUNS,
        seed: 1104,
        prepare() {
          if (runDir !== '') fs.rmSync(runDir, { recursive: true, force: true });
          runDir = tempDir('to-cnscd-crash-restore-run-');
          fs.cpSync(h.dir, runDir, { recursive: true });
          return ['cli', runDir, '--db', runDb(), 'backup', 'restore', made.backup.name];
        },
        async verify(run, completed, pid) {
          expect(integrity(runDb())).toBe('ok');
          for (const name of temporaries(path.join(runDir, 'backups'))) expect(name).toContain(`.${pid}.tmp`);
          const now = villagesOf(runDb());
          expect([current, restored]).toContain(now);
          const done = now === restored;
          if (completed) expect(done).toBe(true);
          const copies = fs
            .readdirSync(path.join(runDir, 'backups'))
            .filter((n) => parseBackupFileName(n) !== null);
          for (const name of copies) expect(integrity(path.join(runDir, 'backups', name)), name).toBe('ok');
          const undo = copies.filter((n) => parseBackupFileName(n)?.trigger === 'before_restore');
          // Restored: the data it replaced is in a whole undo copy.
          if (done) expect(undo.map((n) => villagesOf(path.join(runDir, 'backups', n)))).toContain(current);
          const audit = readDatabase(runDb(), auditCount);
          if (run === 0) restoredAudit = audit;
          expect(audit).toBe(done ? restoredAudit : templateAudit);
          // The next start removes what the killed restore staged.
          const next = await createBackend({
            databasePath: runDb(),
            host: new RecordingHost(runDir),
            appVersion: 'test',
            log: () => undefined,
          });
          await next.close();
          expect(fs.readdirSync(runDir).filter((n) => n.includes('khoi-phuc'))).toEqual([]);
        },
      });
    },
    TIMEOUT,
  );

  it(
    'a migration: the old version whole or the latest with every record, and it upgrades at the next start',
    async () => {
      const versions = schemaFixtureVersions().filter((v) => v < latestSchemaVersion);
      expect(versions.length).toBeGreaterThan(0);
      const versionOf = (run: number) => versions[run % versions.length] ?? 1;
      let runDir = '';
      const runDb = () => path.join(runDir, 'to-cnscd.sqlite3');
      measured.migration = await crashRuns({
        runs: RUNS,
        seed: 1105,
        prepare(run) {
          if (runDir !== '') fs.rmSync(runDir, { recursive: true, force: true });
          runDir = tempDir('to-cnscd-crash-migrate-');
          fs.copyFileSync(schemaFixturePath(versionOf(run)), runDb());
          return ['migrate', runDb()];
        },
        async verify(run, completed, pid) {
          const version = versionOf(run);
          for (const name of temporaries(path.join(runDir, 'backups'))) expect(name).toContain(`.${pid}.tmp`);
          if (completed) expect(temporaries(path.join(runDir, 'backups'))).toEqual([]);
          const fixture = readFileContent(schemaFixturePath(version));
          expect(integrity(runDb())).toBe('ok');
          const [ledger, content] = readDatabase(runDb(), (s) => [
            readLedger(s)
              .map((r) => r.version)
              .at(-1),
            readContent(s),
          ]);
          expect([version, latestSchemaVersion]).toContain(ledger);
          if (completed) expect(ledger).toBe(latestSchemaVersion);
          if (ledger === version) expect([...content.keys()]).toEqual([...fixture.keys()]);
          everyRecordKept(fixture, content);
          // The copy taken before migrating, when there is one, is whole and holds the old data.
          const backups = path.join(runDir, 'backups');
          const copies = fs.existsSync(backups)
            ? fs.readdirSync(backups).filter((n) => parseBackupFileName(n) !== null)
            : [];
          if (ledger === latestSchemaVersion) expect(copies).toHaveLength(1);
          for (const name of copies) everyRecordKept(fixture, readFileContent(path.join(backups, name)));
          // The next start upgrades it (again, or for the first time), keeping every record.
          const next = await openDatabase(runDb());
          try {
            expect(next.schemaVersion).toBe(latestSchemaVersion);
            everyRecordKept(fixture, readContent(next.sqlite));
          } finally {
            await next.close();
          }
        },
      });
    },
    TIMEOUT,
  );

  it('says what was measured', () => {
    // Where the kills landed depends on the machine's speed; the verdicts above do not.
    process.stdout.write(`crash-safety ${JSON.stringify(measured)}\n`);
    expect(Object.keys(measured).length).toBeGreaterThan(0);
  });
});
