import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, Indicator, Platform } from '../../../shared/contract/monthly-types';
import type { Backend } from '../backend';
import { monthlyFixture, type MonthlyFixture } from '../../../test-support/monthly-fixture';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
let f: MonthlyFixture;
beforeEach(async () => {
  backend = await tempBackend();
  f = await monthlyFixture(backend);
});
afterEach(() => backend.close());
const { call, refused } = contractCaller(() => backend);

describe('the catalog of platforms and indicators', () => {
  it('is seeded with the three pillars and the platforms teams push', async () => {
    const catalog = await call<Catalog>('listCatalog', {});
    expect(new Set(catalog.indicators.map((i) => i.pillar))).toEqual(
      new Set(['digital_government', 'digital_economy', 'digital_society']),
    );
    expect(catalog.platforms.map((p) => p.code)).toEqual(
      expect.arrayContaining([
        'vneid',
        'ecommerce',
        'electronic_health_book',
        'binh_dan_hoc_vu_so',
        'online_safety',
      ]),
    );
    expect(catalog.indicators.find((i) => i.code === 'vneid_activated')).toMatchObject({
      unit: 'tài khoản',
      platform: 'vneid',
      active: true,
      hasResults: false,
    });
  });

  it('adds, renames and retires an indicator; a code is never reused', async () => {
    const added = await call<Indicator>('addIndicator', {
      code: 'public_wifi_points',
      name: 'Điểm wifi công cộng',
      unit: 'điểm',
      pillar: 'digital_society',
      platform: null,
    });
    expect(added.sortOrder).toBeGreaterThan(14);
    const again = await refused('addIndicator', { ...added, name: 'Khác', platform: null });
    expect(again.code).toBe('conflict');
    expect(again.message).toContain('không bao giờ dùng lại');
    const renamed = await call<Indicator>('renameIndicator', {
      code: 'public_wifi_points',
      name: 'Điểm truy cập wifi công cộng',
      unit: 'điểm',
    });
    expect(renamed.name).toBe('Điểm truy cập wifi công cộng');
    await call('setIndicatorActive', { code: 'public_wifi_points', active: false });
    expect((await call<Catalog>('listCatalog', {})).indicators.map((i) => i.code)).not.toContain(
      'public_wifi_points',
    );
    expect(
      (await call<Catalog>('listCatalog', { includeRetired: true })).indicators.find(
        (i) => i.code === 'public_wifi_points',
      )?.active,
    ).toBe(false);
  });

  it('renames and retires a platform, keeps its code, and brings it back', async () => {
    const renamed = await call<Platform>('renamePlatform', { code: 'vneid', name: 'Ứng dụng VNeID' });
    expect(renamed).toEqual({ code: 'vneid', name: 'Ứng dụng VNeID', active: true });
    const retired = await call<Platform>('setPlatformActive', { code: 'vneid', active: false });
    expect(retired.active).toBe(false);
    // Entry no longer offers it; the full catalog (Settings, old activities) still names it.
    const inUse = await call<Catalog>('listCatalog', {});
    expect(inUse.platforms.map((p) => p.code)).not.toContain('vneid');
    const all = await call<Catalog>('listCatalog', { includeRetired: true });
    expect(all.platforms.find((p) => p.code === 'vneid')).toEqual(retired);
    // Its indicators are retired on their own, not with it.
    expect(all.indicators.find((i) => i.code === 'vneid_activated')?.active).toBe(true);
    expect((await call<Platform>('setPlatformActive', { code: 'vneid', active: true })).active).toBe(true);
    // A name another platform has, even typed without diacritics, is refused: the import finds
    // platforms by name.
    const clash = await refused('renamePlatform', { code: 'vneid', name: 'so suc khoe dien tu' });
    expect(clash.code).toBe('conflict');
    expect(clash.message).toContain(
      'Đã có nền tảng "Sổ sức khỏe điện tử" (mã electronic_health_book) cùng tên',
    );
    const added = await refused('addPlatform', { code: 'vnpost_app', name: 'Sổ Sức Khỏe Điện Tử' });
    expect(added.code).toBe('conflict');
    expect(
      (await call<Catalog>('listCatalog', { includeRetired: true })).platforms.map((p) => p.code),
    ).not.toContain('vnpost_app');
    const unknown = await refused('renamePlatform', { code: 'no_such_platform', name: 'Không có' });
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toContain('Không có nền tảng mã "no_such_platform"');
  });

  it('never deletes an indicator that has results; one added by mistake can go', async () => {
    await call('addActivity', {
      teamId: f.anHaiTeam.id,
      date: '2026-03-02',
      kind: 'direct_support',
      results: [{ indicator: 'health_book_installed', value: 5 }],
    });
    const error = await refused('removeIndicator', { code: 'health_book_installed' });
    expect(error.code).toBe('in_use');
    expect(error.message).toContain('ngừng sử dụng');
    await call('addIndicator', { code: 'typo_code', name: 'Nhầm', unit: 'lượt', pillar: 'digital_society' });
    await call('removeIndicator', { code: 'typo_code' });
    const codes = (await call<Catalog>('listCatalog', { includeRetired: true })).indicators.map(
      (i) => i.code,
    );
    expect(codes).toContain('health_book_installed');
    expect(codes).not.toContain('typo_code');
  });

  it('never gives the code of a removed indicator to a new one', async () => {
    await call<Indicator>('addIndicator', {
      code: 'wifi_points',
      name: 'Điểm wifi công cộng',
      unit: 'điểm',
      pillar: 'digital_society',
    });
    expect(await call('removeIndicator', { code: 'wifi_points' })).toEqual({ removed: true });
    const error = await refused('addIndicator', {
      code: 'wifi_points',
      name: 'Một chỉ tiêu khác',
      unit: 'người',
      pillar: 'digital_society',
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Mã "wifi_points" đã dùng cho một chỉ tiêu đã xóa (mã không bao giờ dùng lại, để số liệu cũ và gói dữ liệu gửi cấp trên không bị lẫn). Hãy chọn mã khác.',
    );
    const catalog = await call<Catalog>('listCatalog', { includeRetired: true });
    expect(catalog.indicators.map((i) => i.code)).not.toContain('wifi_points');
  });
});
