/**
 * Long jobs in the backend itself: progress counted to the end, and a cancel (pressed when the
 * first progress arrives, so at a known point) leaves the database's content as it was.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/contract/jobs';
import type { ImportSummary, TeamSummary } from '../../../shared/contract/types';
import { contentHash } from '../../../test-support/content-hash';
import { monthlyFixture } from '../../../test-support/monthly-fixture';
import { peopleUpload } from '../../../test-support/people-upload';
import { reportProfile } from '../../../test-support/report-data';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import { buildBundle, communeKey } from '../../../test-support/received-bundles';
import type { Backend } from '../backend';
import { communeStorePath } from '../receiving/commune-store';
import { applyImport, planImport } from '../receiving/import-service';
import { newCancelFlag, RunningJob, runAsJob, setCancelled } from './job';

let backend: Backend & { dir: string };
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());
const { call } = contractCaller(() => backend);

const dbFile = () => path.join(backend.dir, 'data.sqlite3');

/** Runs `name` as job `jobId`, recording its progress; `onProgress` may cancel it. */
async function asJob(name: string, input: unknown, jobId: string, onProgress?: (p: JobProgress) => void) {
  const seen: JobProgress[] = [];
  const stop = backend.onProgress((p) => {
    seen.push(p);
    onProgress?.(p);
  });
  try {
    return { envelope: await backend.dispatch(name, input, { jobId }), seen };
  } finally {
    stop();
  }
}

const cancelOnStart = (jobId: string) => (p: JobProgress) => {
  if (p.done === 0) void backend.dispatch('cancelJob', { jobId });
};

describe('a long job', () => {
  it('reports the people import to its last row, with the job id and the operation', async () => {
    await call('setupProfile', reportProfile);
    const upload = await peopleUpload(1_200);
    const { envelope, seen } = await asJob('applyPeopleImport', upload, 'nhap-danh-sach-1');
    expect(envelope.ok).toBe(true);
    const summary = (envelope as { value: ImportSummary }).value;
    expect(summary.applied).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const p of seen)
      expect(p).toMatchObject({ jobId: 'nhap-danh-sach-1', operation: 'applyPeopleImport' });
    const last = seen.at(-1);
    // Villages, teams, people and memberships written: every one counted.
    const written =
      summary.villagesCreated.length +
      summary.teamsCreated.length +
      summary.people.added +
      summary.memberships.added;
    expect(last).toMatchObject({ done: written, total: written });
    // Never backwards within the stage.
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
  });

  it('cancelled mid-import writes nothing and says so in Vietnamese', async () => {
    await call('setupProfile', reportProfile);
    const upload = await peopleUpload(1_200);
    const before = contentHash(dbFile());
    const { envelope } = await asJob(
      'applyPeopleImport',
      upload,
      'nhap-danh-sach-2',
      cancelOnStart('nhap-danh-sach-2'),
    );
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: expect.stringContaining('Đã hủy việc nhập danh sách') },
    });
    expect(contentHash(dbFile())).toBe(before);
    expect(await call<TeamSummary[]>('listTeams')).toEqual([]);
    // The same import, not cancelled, then goes through.
    expect((await call<ImportSummary>('applyPeopleImport', upload)).applied).toBe(true);
  });

  it('cancelled during a batch of decisions issues none of them (the numbers stay free)', async () => {
    await call('loadDemo');
    const villages = (await call<TeamSummary[]>('listTeams')).filter((t) => t.level === 'village');
    expect(villages.length).toBeGreaterThanOrEqual(2);
    const input = {
      kind: 'founding_village',
      teamIds: villages.map((t) => t.id),
      issue: { number: null, date: '2026-11-20', confirmWarnings: true },
      force: true,
    };
    const before = contentHash(dbFile());
    const { envelope } = await asJob(
      'makeDecisions',
      input,
      'lap-quyet-dinh-1',
      cancelOnStart('lap-quyet-dinh-1'),
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(contentHash(dbFile())).toBe(before);
  });

  it('cancelled backup leaves no copy and no temporary file', async () => {
    await call('loadDemo');
    const folder = path.join(backend.dir, 'backups');
    const listed = () => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);
    const before = listed();
    const { envelope } = await asJob(
      'createBackup',
      undefined,
      'sao-luu-0001',
      cancelOnStart('sao-luu-0001'),
    );
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: expect.stringContaining('Đã hủy việc sao lưu') },
    });
    expect(listed()).toEqual(before);
    // Not cancelled, it is made and counted to its end.
    const made = await asJob('createBackup', undefined, 'sao-luu-0002');
    expect(made.envelope.ok).toBe(true);
    expect(made.seen.at(-1)).toMatchObject({ label: 'Đang kiểm tra bản sao lưu', done: 1, total: 1 });
    expect(listed()).toHaveLength(before.length + 1);
  });

  it('answers cancelJob for no running job with false, and refuses a bad or running job id', async () => {
    expect(await call('cancelJob', { jobId: 'khong-co-viec-nay' })).toEqual({ cancelled: false });
    const bad = await backend.dispatch('getInfo', undefined, { jobId: '../x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    await call('setupProfile', reportProfile);
    const upload = await peopleUpload(600);
    let second: unknown = null;
    const { envelope } = await asJob('applyPeopleImport', upload, 'trung-ma-viec', (p) => {
      if (p.done === 0 && second === null) {
        second = 'pending';
        void backend.dispatch('getInfo', undefined, { jobId: 'trung-ma-viec' }).then((e) => (second = e));
      }
    });
    expect(envelope.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('a bundle import cancelled between bundles', () => {
  it('keeps the bundle written whole, writes none of the rest, and says which', async () => {
    await call('setupReceivingUnit', {
      name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
      provinceCode: '51',
      communes: [{ code: '21025' }, { code: '21028' }],
    });
    const ctx = { db: backend.ctx.db, databasePath: backend.ctx.databasePath };
    const bundles = [
      buildBundle({ communeCode: '21025', period: '2026-03', key: communeKey(), activities: 3 }),
      buildBundle({ communeCode: '21028', period: '2026-03', key: communeKey(), activities: 3 }),
    ];
    const plan = await planImport(
      ctx,
      bundles.map((bundle) => ({ ok: true, bundle })),
    );
    const flag = newCancelFlag();
    // "Hủy" pressed once the first bundle is counted written.
    const job = new RunningJob('nhan-goi-0001', 'importBundles', flag, (p) => {
      if (p.label.startsWith('Đang ghi gói') && p.done === 1) setCancelled(flag);
    });
    const results = await runAsJob(job, () => applyImport(ctx, plan));
    expect(results.map((r) => r.status)).toEqual(['added', 'refused']);
    expect(results[1]).toMatchObject({
      communeCode: '21028',
      reason: expect.stringContaining('đã hủy trước khi ghi gói này'),
    });
    expect(fs.existsSync(communeStorePath(ctx.databasePath, '21025'))).toBe(true);
    expect(fs.existsSync(communeStorePath(ctx.databasePath, '21028'))).toBe(false);
  });
});

describe('an activities import cancelled', () => {
  it('writes no activity and no summary: the content is as before', async () => {
    await monthlyFixture(backend);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tháng 3');
    sheet.addRow(['Ngày', 'Tổ (tên Tổ hoặc thôn)', 'Hình thức', 'Nền tảng', 'Địa điểm', 'Số người', 'Số hộ']);
    // 1,200 activities: three batches of the bulk insert.
    for (let i = 0; i < 1_200; i += 1) {
      sheet.addRow([
        `${String((i % 28) + 1).padStart(2, '0')}/03/2026`,
        'Thôn An Hải',
        'Hướng dẫn',
        '',
        '',
        10 + i,
        '',
      ]);
    }
    const upload = {
      fileName: 'hoat-dong.xlsx',
      base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    };
    const before = contentHash(dbFile());
    const { envelope, seen } = await asJob('applyActivityImport', upload, 'nhap-hoat-dong-1', (p) => {
      // "Hủy" once the first batch is written.
      if (p.done > 0) void backend.dispatch('cancelJob', { jobId: 'nhap-hoat-dong-1' });
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: expect.stringContaining('Đã hủy việc nhập hoạt động') },
    });
    expect(seen.some((p) => p.done > 0 && p.done < p.total && p.total === 1_200)).toBe(true);
    expect(contentHash(dbFile())).toBe(before);
  });
});
