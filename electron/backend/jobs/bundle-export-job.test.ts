/**
 * The bundle export as a job (issue 11, item 5): its steps counted stage by stage to their end,
 * and a cancel (set on a chosen progress event, so at a known step) leaves the data folder, the
 * shared folder and the database's content (no export row, no audit record) as they were.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleTables } from '../../../shared/contract/bundle-format';
import type { BundleExport, BundleMade } from '../../../shared/contract/bundle-types';
import type { AuditEntry } from '../../../shared/contract/audit-schemas';
import type { JobProgress } from '../../../shared/contract/jobs';
import { bundleCommune, type BundleCommune } from '../../../test-support/bundle-fixture';
import { contentHash } from '../../../test-support/content-hash';
import { tempDir } from '../../../test-support/temp';
import { ARCHIVE_FOLDER } from '../bundle/export-service';
import { newCancelFlag, setCancelled } from './job';

let commune: BundleCommune;
let shared: string;
beforeEach(async () => {
  commune = await bundleCommune();
  shared = tempDir('cnscd-dung-chung-');
  await commune.call('updateBundleSettings', { sharedFolder: shared });
});
afterEach(async () => {
  await commune.close();
});

const dbFile = () => path.join(commune.dir, 'data.sqlite3');

/** Every file under `folder` (but the database's own) with the SHA-256 of its bytes. */
function filesOf(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('data.sqlite3')) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = crypto
      .createHash('sha256')
      .update(fs.readFileSync(file))
      .digest('hex');
  }
  return out;
}

/** Exports March as job `jobId`; `cancelAt` says at which progress event "Hủy" is pressed. */
async function exportAsJob(jobId: string, cancelAt?: (p: JobProgress) => boolean) {
  const flag = newCancelFlag();
  const seen: JobProgress[] = [];
  const stop = commune.onProgress((p) => {
    seen.push(p);
    if (cancelAt?.(p) === true) setCancelled(flag);
  });
  try {
    const envelope = await commune.dispatch(
      'exportBundle',
      { period: '2026-03' },
      { jobId, cancelFlag: flag },
    );
    return { envelope, seen };
  } finally {
    stop();
  }
}

const READING = 'Đang đọc số liệu của kỳ';
const REPORT = 'Đang lập báo cáo của kỳ';
const PACKING = 'Đang băm, ký và nén gói';
const SAVING = 'Đang lưu gói';

describe('the bundle export as a job', () => {
  it('counts each stage from 0 to its total, one step at a time, and ends saved', async () => {
    const { envelope, seen } = await exportAsJob('xuat-goi-0001');
    expect(envelope.ok).toBe(true);
    const made = (envelope as { value: BundleMade }).value;
    for (const p of seen) expect(p).toMatchObject({ jobId: 'xuat-goi-0001', operation: 'exportBundle' });
    const stages: { label: string; done: number[]; total: number }[] = [];
    for (const p of seen) {
      const last = stages.at(-1);
      if (p.done === 0 || last === undefined) stages.push({ label: p.label, done: [p.done], total: p.total });
      else last.done.push(p.done);
    }
    expect(stages.map((s) => s.label.split(' (')[0])).toEqual([READING, REPORT, PACKING, SAVING]);
    for (const stage of stages) {
      // 0, 1, 2, … total: every step reported, never backwards, none skipped.
      expect(stage.done).toEqual(Array.from({ length: stage.total + 1 }, (_, i) => i));
    }
    // Every table read and the audit log; the .docx and the .xlsx; every part hashed, the
    // signature and the zip; the kept copy, the shared copy and the record.
    expect(stages.map((s) => s.total)).toEqual([bundleTables.length + 1, 2, bundleTables.length + 3 + 2, 3]);
    expect(fs.existsSync(path.join(commune.dir, ARCHIVE_FOLDER))).toBe(true);
    expect(fs.readdirSync(shared)).toEqual([made.fileName]);
  });

  it('cancelled at any step before saving leaves every file and the database as they were', async () => {
    const beforeFiles = filesOf(commune.dir);
    const beforeDb = contentHash(dbFile());
    const beforeAudit = (await commune.call<AuditEntry[]>('listAuditLog', {})).length;
    const points: { name: string; at: (p: JobProgress) => boolean }[] = [
      { name: 'reading, the fourth table', at: (p) => p.label.startsWith(READING) && p.done === 4 },
      { name: 'the report .docx made', at: (p) => p.label.startsWith(REPORT) && p.done === 1 },
      { name: 'packing begun', at: (p) => p.label.startsWith(PACKING) && p.done === 0 },
      // The last step before any file is written: the zip made.
      { name: 'zip made', at: (p) => p.label.startsWith(PACKING) && p.done === p.total && p.total > 0 },
    ];
    for (const [i, point] of points.entries()) {
      const { envelope, seen } = await exportAsJob(`xuat-goi-huy-${i}`, point.at);
      expect(envelope, point.name).toMatchObject({
        ok: false,
        error: { code: 'cancelled', message: expect.stringContaining('Đã hủy việc xuất gói số liệu') },
      });
      expect(
        seen.some((p) => p.label.startsWith(SAVING)),
        point.name,
      ).toBe(false);
      expect(filesOf(commune.dir), point.name).toEqual(beforeFiles);
      expect(fs.readdirSync(shared), point.name).toEqual([]);
      expect(contentHash(dbFile()), point.name).toBe(beforeDb);
    }
    expect(await commune.call<BundleExport[]>('listBundleExports')).toEqual([]);
    expect((await commune.call<AuditEntry[]>('listAuditLog', {})).length).toBe(beforeAudit);
    // The same export, not cancelled, then goes through and is recorded once.
    const { envelope } = await exportAsJob('xuat-goi-0002');
    expect(envelope.ok).toBe(true);
    expect(await commune.call<BundleExport[]>('listBundleExports')).toHaveLength(1);
    expect(fs.readdirSync(path.join(commune.dir, ARCHIVE_FOLDER))).toHaveLength(1);
    // …with its audit record, the one the cancelled ones did not leave.
    expect(await commune.call<AuditEntry[]>('listAuditLog', {})).toHaveLength(beforeAudit + 1);
  });

  it('goes to its end when "Hủy" comes once saving has begun (the copies are already being written)', async () => {
    const { envelope } = await exportAsJob('xuat-goi-0003', (p) => p.label.startsWith(SAVING));
    expect(envelope.ok).toBe(true);
    expect(await commune.call<BundleExport[]>('listBundleExports')).toHaveLength(1);
    expect(fs.readdirSync(shared)).toHaveLength(1);
  });
});
