/**
 * The audit part of the commune's bundle (issue 11, format 2): the records of the period's days,
 * oldest first, read back by the receiving unit's reader and checked by their schema; a bundle
 * without the part (format 1) still reads; a part that breaks its schema refuses the bundle; the
 * receiving unit's import is recorded in its own database, not in the commune's received file.
 */
import type crypto from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntries } from '../../../shared/contract/bundle-format';
import type { BundleMade } from '../../../shared/contract/bundle-types';
import { entriesOf, resigned } from '../../../test-support/bundle-zip';
import { reportProfile } from '../../../test-support/report-data';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import { keyFileOf, readKey } from '../bundle/keys';
import { readBundle } from '../bundle/verify';
import { communeStorePath } from '../receiving/commune-store';
import type { ZipEntryBytes } from '../bundle/zip-read';

let backend: Awaited<ReturnType<typeof tempBackend>>;
let entries: ZipEntryBytes[];
let privateKey: crypto.KeyObject;
let bytes: Buffer;

/** This calendar month, as a period code: the writes below happen in it. */
function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

beforeAll(async () => {
  backend = await tempBackend();
  const { call } = contractCaller(() => backend);
  await call('setupProfile', reportProfile);
  await call('updateSettings', { updateUrl: '', reportingPeriods: 'calendar' });
  await call('createVillage', { name: 'Thôn Đông', kind: 'thon', households: 120 });
  const made = await call<BundleMade>('exportBundle', { period: thisMonth() });
  bytes = Buffer.from(made.base64, 'base64');
  entries = await entriesOf(bytes);
  privateKey = readKey(keyFileOf(backend.ctx.databasePath))!.privateKey;
});
afterAll(async () => {
  await backend.close();
});

describe('the audit part of a bundle', () => {
  it('carries the records of the period, oldest first, read back by the reader', async () => {
    expect(entries.map((e) => e.name)).toContain(bundleEntries.audit);
    const check = await readBundle(bytes, 'goi.zip');
    if (!check.ok) throw new Error(check.reason);
    expect(check.bundle.manifest.formatVersion).toBe(2);
    expect(check.bundle.audit?.map((e) => [e.operation, e.entity, e.summary])).toEqual([
      ['setupProfile', 'profile', '«Xã Đông Sơn»'],
      ['updateSettings', 'settings', 'đổi cách tính kỳ báo cáo'],
      ['createVillage', 'village', '«Thôn Đông»'],
    ]);
    // The export's own record is written when the export is, after the bundle was made.
    const { call } = contractCaller(() => backend);
    const log = await call<{ operation: string }[]>('listAuditLog');
    expect(log[0]?.operation).toBe('exportBundle');
  });

  it('a bundle without the part (format 1) still reads, with no records', async () => {
    const older = await resigned(
      entries,
      privateKey,
      (parts) => parts.filter((p) => p.name !== bundleEntries.audit),
      (m) => ({ ...m, formatVersion: 1 }),
    );
    const check = await readBundle(older, 'goi-cu.zip');
    if (!check.ok) throw new Error(check.reason);
    expect(check.bundle.audit).toEqual([]);
    expect(check.bundle.records.villages).toHaveLength(1);
  });

  it('a part that breaks its schema refuses the bundle, saying which part', async () => {
    const broken = Buffer.from(JSON.stringify([{ id: 'một', at: 'hôm nay' }]), 'utf8');
    const tampered = await resigned(entries, privateKey, (parts) =>
      parts.map((p) => (p.name === bundleEntries.audit ? { name: p.name, bytes: broken } : p)),
    );
    const check = await readBundle(tampered, 'goi.zip');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain('audit/entries.json');
  });
});

describe('the receiving unit', () => {
  it('records an import in its own database, not in the commune’s received file', async () => {
    const unit = await tempBackend();
    try {
      const { call } = contractCaller(() => unit);
      await call('setupReceivingUnit', {
        name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
        provinceCode: '51',
        communes: [{ code: reportProfile.communeCode }],
      });
      const file = { fileName: 'goi.zip', base64: bytes.toString('base64') };
      await call('importBundles', { files: [file], dryRun: true });
      const afterDryRun = await call<{ operation: string }[]>('listAuditLog');
      expect(afterDryRun.map((e) => e.operation)).toEqual(['setupReceivingUnit']);
      await call('importBundles', { files: [file] });
      const log = await call<{ operation: string; entity: string; summary: string }[]>('listAuditLog');
      expect(log[0]).toMatchObject({
        operation: 'importBundles',
        entity: 'receiving',
        summary: '1 gói đã ghi; 1 tệp',
      });
      const store = new BetterSqlite3(communeStorePath(unit.ctx.databasePath, reportProfile.communeCode), {
        readonly: true,
      });
      try {
        expect(store.prepare('select count(*) from activities').pluck().get()).toBe(0);
        expect(store.prepare('select count(*) from villages').pluck().get()).toBe(1);
        expect(store.prepare('select count(*) from audit_log').pluck().get()).toBe(0);
      } finally {
        store.close();
      }
    } finally {
      await unit.close();
    }
  });
  it('records an import of several communes once, after all of them, counting every bundle written', async () => {
    // A second commune's bundle of the same month, signed by its own key.
    const other = await tempBackend();
    let otherBytes: Buffer;
    try {
      const { call } = contractCaller(() => other);
      await call('setupProfile', { ...reportProfile, communeCode: '21025', communeName: 'Phường Cẩm Thành' });
      await call('updateSettings', { updateUrl: '', reportingPeriods: 'calendar' });
      await call('createVillage', { name: 'Thôn Tây', kind: 'thon', households: 90 });
      const made = await call<BundleMade>('exportBundle', { period: thisMonth() });
      otherBytes = Buffer.from(made.base64, 'base64');
    } finally {
      await other.close();
    }
    const unit = await tempBackend();
    try {
      const { call } = contractCaller(() => unit);
      await call('setupReceivingUnit', {
        name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
        provinceCode: '51',
        communes: [{ code: reportProfile.communeCode }, { code: '21025' }],
      });
      const files = [
        { fileName: 'dong-son.zip', base64: bytes.toString('base64') },
        { fileName: 'cam-thanh.zip', base64: otherBytes.toString('base64') },
      ];
      await call('importBundles', { files });
      const log = await call<{ operation: string; summary: string }[]>('listAuditLog');
      expect(log.filter((e) => e.operation === 'importBundles')).toEqual([
        expect.objectContaining({ summary: '2 gói đã ghi; 2 tệp' }),
      ]);
      // The same files again change nothing, and leave no record.
      await call('importBundles', { files });
      expect(await call<unknown[]>('listAuditLog')).toHaveLength(log.length);
    } finally {
      await unit.close();
    }
  });
});
