/**
 * Exporting the monthly bundle (issue 10, items 2 and 3): the period's records under the
 * report's cut-off, signed, read back by the reader the receiving unit uses; the same period
 * twice gives the same data parts; each export recorded; phones only when asked; the shared
 * folder copy; saving where the officer chooses; the e-mail draft read back by a MIME parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleTables } from '../../../shared/contract/bundle-format';
import type { BundleExport, BundleSettings, CommuneKeyInfo } from '../../../shared/contract/bundle-types';
import type { FileDownload, SavedFile } from '../../../shared/contract/types';
import { bundleCommune, exportMarch, type BundleCommune } from '../../../test-support/bundle-fixture';
import { tempDir } from '../../../test-support/temp';
import { readBundle } from './verify';
import { sha256Hex } from './write';
import { readZipEntries } from './zip-read';

let commune: BundleCommune;
beforeEach(async () => {
  commune = await bundleCommune();
});
afterEach(async () => {
  await commune.close();
});

async function verified(bytes: Buffer, name = 'goi.zip') {
  const check = await readBundle(bytes, name);
  if (!check.ok) throw new Error(check.reason);
  return check.bundle;
}

describe('exporting a bundle', () => {
  it('holds the period under the report cut-off, its registry, and the report, signed with the commune key', async () => {
    const { made, bytes } = await exportMarch(commune);
    expect(made.fileName).toBe('TCNSCD_21109_Dong-Son_2026-03.zip');
    expect(made.sha256).toBe(sha256Hex(bytes));
    expect(made).toMatchObject({
      period: '2026-03',
      from: '2026-02-15',
      to: '2026-03-14',
      periodLabel: 'Tháng 3/2026',
    });
    const bundle = await verified(bytes);
    const key = await commune.call<CommuneKeyInfo>('getCommuneKey');
    expect(bundle.manifest.publicKey).toBe(key.publicKey);
    expect(bundle.fingerprint).toBe(key.fingerprint);
    expect(bundle.manifest.commune).toEqual({
      code: '21109',
      name: 'Xã Đông Sơn',
      provinceCode: '51',
      provinceName: 'Tỉnh Quảng Ngãi',
    });
    expect(bundle.manifest.period).toMatchObject({ code: '2026-03', kind: 'month', convention: 'decree09' });
    // 20/02, 02/03 and the deleted 10/03 (its tombstone); not 14/02 nor 15/03.
    expect(bundle.records.activities.map((a) => a.date)).toEqual(
      expect.arrayContaining(['2026-02-20', '2026-03-02', '2026-03-10']),
    );
    expect(bundle.records.activities).toHaveLength(3);
    expect(bundle.records.activities.filter((a) => a.deleted_at !== null)).toHaveLength(1);
    expect(bundle.records.activity_results).toEqual([
      expect.objectContaining({ indicator_code: 'vneid_activated', value: 5 }),
    ]);
    expect(bundle.records.trainings).toHaveLength(1);
    expect(bundle.records.training_attendees).toHaveLength(1);
    expect(bundle.records.targets).toHaveLength(1);
    expect(bundle.records.teams).toHaveLength(3);
    expect(bundle.records.memberships).toHaveLength(3);
    expect(bundle.records.people).toHaveLength(4);
    expect(bundle.records.documents.map((d) => d.kind)).toEqual(['report']);
    expect(bundle.reportFiles.map((f) => path.extname(f.name)).sort()).toEqual(['.docx', '.xlsx']);
    for (const table of bundleTables) expect(made.counts[table]).toBe(bundle.records[table].length);
    // Rows sorted by key.
    const ids = bundle.records.activities.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('leaves phone numbers home unless the upper level asked for them', async () => {
    const phoneOf = async () => {
      const bundle = await verified((await exportMarch(commune)).bytes);
      return bundle.records.people.find((p) => p.id === commune.phonePerson)?.phone;
    };
    expect(await phoneOf()).toBeNull();
    await commune.call<BundleSettings>('updateBundleSettings', { sendPhones: true });
    expect(await phoneOf()).toBe('0912345678');
  });

  it('gives byte-identical data parts when the same period is exported twice, and records both', async () => {
    const first = await exportMarch(commune);
    const second = await exportMarch(commune);
    const data = async (bytes: Buffer) =>
      (await readZipEntries(bytes, () => true)).filter((e) => e.name.startsWith('data/'));
    const a = await data(first.bytes);
    const b = await data(second.bytes);
    expect(a.map((e) => e.name)).toEqual(bundleTables.map((t) => `data/${t}.json`));
    expect(b.map((e) => e.bytes.toString('hex'))).toEqual(a.map((e) => e.bytes.toString('hex')));
    const listed = await commune.call<BundleExport[]>('listBundleExports');
    expect(listed.map((e) => e.id)).toEqual([second.made.id, first.made.id]);
    expect(listed[1]).toMatchObject({
      sha256: first.made.sha256,
      fileName: first.made.fileName,
      counts: first.made.counts,
    });
    const download = await commune.call<FileDownload>('downloadBundle', { id: first.made.id });
    expect(Buffer.from(download.base64, 'base64').equals(first.bytes)).toBe(true);
  });

  it('refuses a commune not set up, and a kept copy that changed', async () => {
    const { made } = await exportMarch(commune);
    const archive = fs.readdirSync(path.join(commune.dir, 'goi-so-lieu'));
    fs.appendFileSync(path.join(commune.dir, 'goi-so-lieu', archive[0]!), 'x');
    const refused = await commune.dispatch('downloadBundle', { id: made.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Hãy xuất lại gói');
  });

  it('also writes each export to the shared folder when one is set', async () => {
    const shared = tempDir();
    const refused = await commune.dispatch('updateBundleSettings', {
      sharedFolder: path.join(shared, 'khong-co'),
    });
    expect(refused.ok).toBe(false);
    await commune.call('updateBundleSettings', { sharedFolder: shared });
    const { made, bytes } = await exportMarch(commune);
    expect(made.sharedTo).toBe(path.join(shared, made.fileName));
    expect(fs.readFileSync(path.join(shared, made.fileName)).equals(bytes)).toBe(true);
  });

  it('saves where the officer chooses and remembers the folder', async () => {
    const usb = tempDir();
    const target = path.join(usb, 'TCNSCD_21109_Dong-Son_2026-03.zip');
    Object.assign(commune.host, { savePath: target });
    const { made, bytes } = await exportMarch(commune);
    const saved = await commune.call<SavedFile>('saveBundle', { id: made.id });
    expect(saved.path).toBe(target);
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
    expect((await commune.call<BundleSettings>('getBundleSettings')).saveFolder).toBe(usb);
    await commune.call('saveBundle', { id: made.id });
    expect(commune.host.saveRequests[1]).toMatchObject({ defaultFolder: usb, suggestedName: made.fileName });
    await commune.call('openBundleFolder');
    expect(commune.host.opened).toEqual([usb]);
  });
});

describe('the e-mail draft', () => {
  it('is an unsent draft to the receiving level with the bundle attached, byte for byte', async () => {
    const { made, bytes } = await exportMarch(commune);
    const refused = await commune.dispatch('emailBundle', { id: made.id });
    expect(refused.ok).toBe(false);
    await commune.call('updateBundleSettings', { receivingEmail: 'vanthu.skhcn@quangngai.gov.vn' });
    const eml = await commune.call<FileDownload>('emailBundle', { id: made.id });
    expect(eml.fileName).toBe('TCNSCD_21109_Dong-Son_2026-03.eml');
    const raw = Buffer.from(eml.base64, 'base64');
    const mail = await PostalMime.parse(raw);
    expect(mail.to?.[0]).toMatchObject({ address: 'vanthu.skhcn@quangngai.gov.vn' });
    expect(mail.subject).toBe('[Tổ CNSCĐ] Xã Đông Sơn gửi số liệu tháng 3/2026');
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.text).toContain('Kính gửi: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
    expect(mail.text).toContain('từ ngày 15/02/2026 đến ngày 14/03/2026');
    expect(mail.text).toContain(made.sha256);
    expect(mail.attachments).toHaveLength(1);
    const attached = mail.attachments[0]!;
    expect(attached.filename).toBe(made.fileName);
    expect(Buffer.from(attached.content as ArrayBuffer).equals(bytes)).toBe(true);
    const other = await commune.call<FileDownload>('emailBundle', {
      id: made.id,
      to: 'phongvhxh@dongson.gov.vn',
    });
    expect((await PostalMime.parse(Buffer.from(other.base64, 'base64'))).to?.[0]?.address).toBe(
      'phongvhxh@dongson.gov.vn',
    );
  });
});
