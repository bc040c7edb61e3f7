import { describe, expect, it } from 'vitest';
import { defaultsForUnit, splitUnitName } from './profile';

describe('unit defaults', () => {
  it('derives the issuer, the place and the receiving level from the names', () => {
    expect(defaultsForUnit('Xã Đông Sơn', 'Tỉnh Quảng Ngãi')).toEqual({
      issuerName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
      placeName: 'Đông Sơn',
      receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    });
    expect(defaultsForUnit('Phường Ba Đình', 'Thành phố Hà Nội')).toMatchObject({
      issuerName: 'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH',
      receivingLevel: 'Sở Khoa học và Công nghệ thành phố Hà Nội',
    });
  });
  it('writes a unit named by a number in full in the date line', () => {
    expect(defaultsForUnit('Phường 3', 'Tỉnh Vĩnh Long').placeName).toBe('Phường 3');
  });
  it('splits the generic word from the proper name', () => {
    expect(splitUnitName('Thị trấn Châu Ổ')).toEqual({ generic: 'thị trấn', proper: 'Châu Ổ' });
    expect(splitUnitName('Đặc khu Lý Sơn')).toEqual({ generic: 'đặc khu', proper: 'Lý Sơn' });
  });
});
