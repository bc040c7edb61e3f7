import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { tempBackend } from '../../../test-support/temp';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());

const valid = {
  provinceCode: '51',
  provinceName: 'Tỉnh Quảng Ngãi',
  communeCode: '21109',
  communeName: 'Xã Đông Sơn',
  issuerName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
  placeName: 'Đông Sơn',
  chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
  viceChairmen: [
    { name: 'Nguyễn Thị Mỹ Hạnh', title: 'Phó Chủ tịch' },
    { name: 'Phạm Quốc Việt', title: 'Phó Chủ tịch' },
  ],
  receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
};

describe('commune profile', () => {
  it('is null before setup, and whole after it (leaders in order)', async () => {
    expect(await backend.dispatch('getProfile', undefined)).toEqual({ ok: true, value: null });
    const saved = await backend.dispatch('setupProfile', valid);
    expect(saved).toMatchObject({ ok: true, value: { ...valid, districtName: null } });
    const again = await backend.dispatch('getProfile', undefined);
    expect(again.ok && again.value).toMatchObject({
      viceChairmen: valid.viceChairmen,
      chairman: valid.chairman,
    });
  });

  it('writes nothing when any part is invalid (no half profile)', async () => {
    const bad = await backend.dispatch('setupProfile', {
      ...valid,
      viceChairmen: [{ name: 'Lê Văn A', title: '' }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'viceChairmen.0.title' }] } },
    });
    expect(await backend.dispatch('getProfile', undefined)).toEqual({ ok: true, value: null });
    const leaders = await backend.ctx.db.selectFrom('leaders').selectAll().execute();
    expect(leaders).toEqual([]);
  });

  it('refuses a second setup, and updates through updateProfile (leaders change)', async () => {
    await backend.dispatch('setupProfile', valid);
    const second = await backend.dispatch('setupProfile', { ...valid, communeName: 'Xã Khác' });
    expect(second).toMatchObject({ ok: false, error: { code: 'already_set_up' } });
    const updated = await backend.dispatch('updateProfile', {
      ...valid,
      chairman: { name: 'Võ Minh Tâm', title: 'Chủ tịch' },
      viceChairmen: [],
    });
    expect(updated).toMatchObject({
      ok: true,
      value: { chairman: { name: 'Võ Minh Tâm' }, viceChairmen: [] },
    });
  });

  it('refuses an update before setup', async () => {
    expect(await backend.dispatch('updateProfile', valid)).toMatchObject({
      ok: false,
      error: { code: 'not_set_up' },
    });
  });
});

describe('demo commune', () => {
  it('fills an empty database with Xã Đông Sơn and 8 to 12 units with households, then refuses a second time', async () => {
    const info = await backend.dispatch('loadDemo', undefined);
    expect(info).toMatchObject({
      ok: true,
      value: { profile: { communeCode: '21109', communeName: 'Xã Đông Sơn' } },
    });
    const villages = await backend.dispatch('listVillages', undefined);
    if (!villages.ok) throw new Error('listVillages');
    const list = villages.value as { kind: string; households: number }[];
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.length).toBeLessThanOrEqual(12);
    expect(new Set(list.map((v) => v.kind))).toEqual(new Set(['thon', 'to_dan_pho']));
    expect(list.every((v) => v.households > 0)).toBe(true);
    expect(await backend.dispatch('loadDemo', undefined)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('has a commune team and one team per village that keep the rules, but for one village team', async () => {
    await backend.dispatch('loadDemo', undefined);
    const teams = await backend.dispatch('listTeams', undefined);
    if (!teams.ok) throw new Error('listTeams');
    const list = teams.value as { level: string; members: unknown[] }[];
    expect(list.filter((t) => t.level === 'commune')).toHaveLength(1);
    expect(list.filter((t) => t.level === 'village')).toHaveLength(11);
    expect(list.every((t) => t.members.length >= 5)).toBe(true);
    const warnings = await backend.dispatch('checkTeams', undefined);
    expect(warnings).toMatchObject({
      ok: true,
      value: [
        { teamName: 'Tổ Công nghệ số cộng đồng thôn Tân Phú 10', ruleId: 'village.members.farmers_union' },
      ],
    });
    const info = await backend.dispatch('getInfo', undefined);
    expect(info.ok && (info.value as { counts: Record<string, number> }).counts).toMatchObject({ teams: 12 });
  });

  it('a code in the official list takes its official name; a different name is refused', async () => {
    const saved = await backend.dispatch('setupProfile', {
      ...valid,
      provinceName: 'quảng ngãi',
      communeName: 'Đông Sơn',
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { provinceName: 'Tỉnh Quảng Ngãi', communeName: 'Xã Đông Sơn' },
    });
    const wrong = await backend.dispatch('updateProfile', { ...valid, communeName: 'Xã Khác' });
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringContaining('Mã xã 21109 trong danh mục là Xã Đông Sơn'),
        details: { fields: [{ path: 'communeName' }] },
      },
    });
    expect(await backend.dispatch('getProfile', undefined)).toMatchObject({
      value: { communeName: 'Xã Đông Sơn' },
    });
  });

  it('refuses a manual unit that is in the list under another code (99 / 99999 "Quảng Ngãi" / "Đông Sơn")', async () => {
    const province = await backend.dispatch('setupProfile', {
      ...valid,
      provinceCode: '99',
      provinceName: 'Quảng Ngãi',
      communeCode: '99999',
      communeName: 'Đông Sơn',
    });
    expect(province).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringContaining('Tỉnh Quảng Ngãi có trong danh mục với mã 51'),
        details: { fields: [{ path: 'provinceName' }] },
      },
    });
    const commune = await backend.dispatch('setupProfile', {
      ...valid,
      communeCode: '99999',
      communeName: 'Đông Sơn',
    });
    expect(commune).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining('Xã Đông Sơn (Tỉnh Quảng Ngãi) có trong danh mục với mã 21109'),
      },
    });
    const elsewhere = await backend.dispatch('setupProfile', {
      ...valid,
      provinceCode: '99',
      provinceName: 'Tỉnh Mới',
      communeCode: '21109',
    });
    expect(elsewhere).toMatchObject({
      ok: false,
      error: { details: { fields: [{ path: 'communeCode' }] } },
    });
    expect(await backend.dispatch('getProfile', undefined)).toEqual({ ok: true, value: null });
  });

  it('keeps a manual unit whose codes are not in the list, as typed', async () => {
    const saved = await backend.dispatch('setupProfile', {
      ...valid,
      provinceCode: '99',
      provinceName: 'Tỉnh Thử Nghiệm',
      communeCode: '99999',
      communeName: 'Xã Đông Sơn',
    });
    expect(saved).toMatchObject({
      ok: true,
      value: {
        provinceCode: '99',
        provinceName: 'Tỉnh Thử Nghiệm',
        communeCode: '99999',
        communeName: 'Xã Đông Sơn',
      },
    });
  });
});
