import { describe, expect, it } from 'vitest';
import { profileInputSchema } from '../../../../shared/contract/schemas';
import type { Profile } from '../../../../shared/contract/types';
import { emptyProfileValues, fieldOfPath, profileToValues, valuesToInput } from './profile-form-values';

const profile: Profile = {
  provinceCode: '51',
  provinceName: 'Tỉnh Quảng Ngãi',
  districtName: null,
  communeCode: '21109',
  communeName: 'Xã Đông Sơn',
  issuerName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
  placeName: 'Đông Sơn',
  chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
  viceChairmen: [{ name: 'Nguyễn Thị Mỹ Hạnh', title: 'Phó Chủ tịch' }],
  receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  updatedAt: '2025-07-01T00:00:00.000Z',
};

const official = {
  provinces: [{ code: '51', name: 'Tỉnh Quảng Ngãi' }],
  communes: [{ code: '21109', name: 'Xã Đông Sơn' }],
};

describe('profile form values', () => {
  it('round-trips a saved profile into a valid input', () => {
    const input = valuesToInput(profileToValues(profile, official), {});
    const parsed = profileInputSchema.parse(input);
    const { updatedAt: _updatedAt, ...rest } = profile;
    expect(parsed).toEqual(rest);
  });

  it('takes the names of units chosen from the list, the typed ones otherwise', () => {
    const values = { ...profileToValues(profile, official), provinceName: 'cũ', communeName: 'cũ' };
    const chosen = { provinceName: 'Tỉnh Quảng Ngãi', communeName: 'Xã Đông Sơn' };
    expect(valuesToInput(values, chosen)).toMatchObject(chosen);
    expect(valuesToInput({ ...values, manualUnit: true }, chosen)).toMatchObject({
      provinceName: 'cũ',
      communeName: 'cũ',
    });
  });

  it('reopens a unit typed by hand as typed by hand: box ticked, names and codes as saved', () => {
    const manual = { ...profile, provinceCode: '99', provinceName: 'Tỉnh Thử Nghiệm', communeCode: '99999' };
    expect(profileToValues(manual, official)).toMatchObject({
      manualUnit: true,
      provinceCode: '99',
      provinceName: 'Tỉnh Thử Nghiệm',
      communeCode: '99999',
      communeName: 'Xã Đông Sơn',
    });
    expect(profileToValues({ ...profile, communeCode: '99999' }, official).manualUnit).toBe(true);
    expect(profileToValues(profile, official).manualUnit).toBe(false);
  });

  it('starts empty with the chairman’s usual title', () => {
    const input = valuesToInput(emptyProfileValues(), {});
    expect(input.chairman).toEqual({ name: '', title: 'Chủ tịch' });
    expect(input.viceChairmen).toEqual([]);
    expect(profileInputSchema.safeParse(input).success).toBe(false);
  });

  it('shows a problem with a unit’s name on its select when chosen from the list', () => {
    expect(fieldOfPath('communeName', false)).toBe('communeCode');
    expect(fieldOfPath('provinceName', false)).toBe('provinceCode');
    expect(fieldOfPath('communeName', true)).toBe('communeName');
    expect(fieldOfPath('chairman.name', false)).toBe('chairman.name');
  });
});
