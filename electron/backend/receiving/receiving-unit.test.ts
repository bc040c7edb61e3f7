/**
 * The receiving unit's setup and its list of communes through the contract: communes from the
 * official list or typed, duplicates and unknown codes refused with nothing written, a commune
 * taken off the list (its bundles refused from then on), setup again with --force.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../test-support/content-hash';
import { buildBundle, communeKey } from '../../../test-support/received-bundles';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import type { ReceivedCommune, ReceivingProfile } from '../../../shared/contract/receiving-types';
import type { Backend } from '../backend';
import { planImport } from './import-service';

let backend: Backend;
const api = contractCaller(() => backend);
const setup = {
  name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  provinceCode: '51',
  communes: [{ code: '21025' }],
};

beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(async () => {
  await backend.close();
});

describe('receiving unit setup and communes', () => {
  it('derives the issuer, the place and the defaults from the name and the province', async () => {
    const profile = await api.call<ReceivingProfile>('setupReceivingUnit', setup);
    expect(profile).toMatchObject({
      issuerName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI',
      placeName: 'Quảng Ngãi',
      provinceName: 'Tỉnh Quảng Ngãi',
      head: null,
      deputies: [],
      onBehalf: null,
      symbol: 'BC',
      deadlineDay: 15,
    });
    const again = await api.refused('setupReceivingUnit', setup);
    expect(again.code).toBe('already_set_up');
    const forced = await api.call<ReceivingProfile>('setupReceivingUnit', {
      ...setup,
      signerName: 'Nguyễn Văn Sở',
      communes: [{ code: '21025' }, { code: '21028' }],
      force: true,
    });
    expect(forced.head).toEqual({ name: 'Nguyễn Văn Sở', title: 'Giám đốc' });
    const communes = await api.call<ReceivedCommune[]>('listReceivedCommunes');
    expect(communes.map((c) => c.code)).toEqual(['21025', '21028']);
  });

  it('adds communes from the list or typed, refusing a duplicate or an unknown code without a name, writing nothing', async () => {
    await api.call('setupReceivingUnit', setup);
    const added = await api.call<ReceivedCommune[]>('addReceivedCommunes', {
      communes: [{ code: '21028' }, { code: '99001', name: 'Xã Mới', contact: 'chị Lan 0905 111 222' }],
    });
    expect(added.find((c) => c.code === '99001')).toMatchObject({
      name: 'Xã Mới',
      provinceName: 'Tỉnh Quảng Ngãi',
      contact: 'chị Lan 0905 111 222',
    });
    const file = backend.ctx.databasePath;
    const before = contentHash(file);
    const duplicate = await api.refused('addReceivedCommunes', {
      communes: [{ code: '21172' }, { code: '21025' }],
    });
    expect(duplicate).toMatchObject({ code: 'conflict' });
    expect(duplicate.message).toMatch(/Phường Cẩm Thành \(mã 21025\) đã có trong danh sách/u);
    const unknown = await api.refused('addReceivedCommunes', { communes: [{ code: '99002' }] });
    expect(unknown.message).toMatch(/Không có xã mã 99002 trong danh mục/u);
    expect(contentHash(file)).toBe(before);
  });

  it('takes a commune off the list: its next bundle is refused, its key forgotten', async () => {
    await api.call('setupReceivingUnit', setup);
    await api.call('removeReceivedCommune', { code: '21025' });
    expect(await api.call<ReceivedCommune[]>('listReceivedCommunes')).toEqual([]);
    const plan = await planImport({ db: backend.ctx.db, databasePath: backend.ctx.databasePath }, [
      { ok: true, bundle: buildBundle({ communeCode: '21025', period: '2026-03', key: communeKey() }) },
    ]);
    expect(plan.items[0]?.status).toBe('refused');
    expect((await api.refused('removeReceivedCommune', { code: '21025' })).code).toBe('not_found');
  });

  it('refuses the import when no bundle reader is wired, naming what to do', async () => {
    await api.call('setupReceivingUnit', setup);
    delete backend.ctx.readBundle;
    const error = await api.refused('importBundles', { files: [{ fileName: 'a.zip', base64: 'UEsFBg==' }] });
    expect(error.code).toBe('unavailable');
  });
});
