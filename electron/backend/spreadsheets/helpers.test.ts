/** The small judges the reader relies on: header words, village names, rows that end a table. */
import { describe, expect, it } from 'vitest';
import { classifyHeader } from './header';
import { personName, titleCaseVi, villageInText, villageName } from './names';
import { isSignatureText, isTotalText, sectionFromText } from './row-kinds';

describe('classifyHeader', () => {
  it.each([
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Họ và tên', 'name'],
    ['HỌ VÀ TÊN', 'name'],
    ['Họ tên', 'name'],
    ['Họ và tên đệm', 'familyName'],
    ['Tên', 'name'],
    ['Nam', 'male'],
    ['Nữ', 'female'],
    ['Năm sinh (Nữ)', 'female'],
    ['Giới tính', 'gender'],
    ['Năm sinh', 'birth'],
    ['Ngày sinh', 'birth'],
    ['Ngày, tháng, năm sinh', 'birth'],
    ['Chức vụ, đơn vị công tác', 'position'],
    ['Đơn vị công tác', 'position'],
    ['Chức vụ trong Tổ', 'role'],
    ['Chức danh trong Tổ', 'role'],
    ['Nhiệm vụ', 'role'],
    ['Số điện thoại', 'phone'],
    ['SĐT', 'phone'],
    ['Số ĐT (Zalo)', 'phone'],
    ['Điện thoại/Zalo', 'phone'],
    ['Thôn', 'village'],
    ['Thôn, tổ dân phố', 'village'],
    ['Địa bàn', 'village'],
    ['Tổ', 'team'],
    ['Ghi chú', 'notes'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(classifyHeader(text)).toBe(kind);
  });

  it.each([
    '',
    'Ngày vào Tổ',
    'Tình trạng',
    'Phân loại',
    'DANH SÁCH HỌ VÀ TÊN THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ',
    'Tên thôn',
  ])('does not take "%s" for a person column it is not', (text) => {
    expect(['name', 'stt', 'phone', 'birth']).not.toContain(classifyHeader(text));
  });
});

describe('names', () => {
  it('title-cases the Vietnamese way', () => {
    expect(titleCaseVi('NGUYỄN VĂN AN')).toBe('Nguyễn Văn An');
    expect(titleCaseVi('đặng thị ánh-tuyết')).toBe('Đặng Thị Ánh-Tuyết');
    expect(personName('ỨNG  VĂN ĐỨC')).toBe('Ứng Văn Đức');
    expect(personName('Nguyễn Thị MỸ')).toBe('Nguyễn Thị MỸ');
  });

  it.each([
    ['THÔN AN HẢI', 'Thôn An Hải'],
    ['thôn an hải', 'Thôn An Hải'],
    ['Thon An Hai', 'Thôn An Hai'],
    ['TDP 3', 'Tổ dân phố 3'],
    ['TỔ DÂN PHỐ SỐ 3', 'Tổ dân phố số 3'],
    ['KHU PHỐ 2B', 'Khu phố 2B'],
    ['khu dân cư Đông', 'Khu dân cư Đông'],
    ['XÓM CHÙA', 'Xóm Chùa'],
    ['ấp tân phú', 'Ấp Tân Phú'],
    ['Làng Kon Mơ Nay', 'Làng Kon Mơ Nay'],
    ['THÔN VI', 'Thôn VI'],
    ['An Hải', 'An Hải'],
  ])('writes the village "%s" as "%s"', (text, name) => {
    expect(villageName(text)).toBe(name);
  });

  it.each([
    ['I. THÔN AN HẢI', 'Thôn An Hải'],
    ['TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN PHƯỚC THIỆN', 'Thôn Phước Thiện'],
    ['Địa bàn: Thôn An Hải', 'Thôn An Hải'],
    ['Thôn: An Hải', 'Thôn An Hải'],
    ['Thôn An Hải, xã Bình Hiệp', 'Thôn An Hải'],
    ['CÁC THÔN, TỔ DÂN PHỐ', null],
    ['B. CẤP THÔN', null],
    ['ỦY BAN NHÂN DÂN XÃ BÌNH HIỆP', null],
    ['Bạn đọc', null],
  ])('finds the village in "%s"', (text, name) => {
    expect(villageInText(text)).toBe(name);
  });
});

describe('rows that are not people', () => {
  it.each([
    'Tổng cộng: 12 người',
    'TỔNG CỘNG',
    'Tổng số: 9',
    'Cộng: 5',
    'Danh sách này có 9 người',
    '(Ấn định danh sách có 07 người)',
  ])('takes "%s" for a total', (text) => {
    expect(isTotalText(text)).toBe(true);
  });

  it.each(['Công an viên', 'Cộng tác viên', 'Danh sách gồm các đồng chí sau', 'Tổ trưởng'])(
    'does not take "%s" for a total',
    (text) => {
      expect(isTotalText(text)).toBe(false);
    },
  );

  it.each([
    'NGƯỜI LẬP BIỂU',
    'Người lập biểu',
    'T/M ỦY BAN NHÂN DÂN',
    'TM. UBND XÃ',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'CHỦ TỊCH',
    'Chủ tịch',
    '(Ký, ghi rõ họ tên)',
    '(Ký tên, đóng dấu)',
    'Bình Hiệp, ngày 12 tháng 3 năm 2026',
    'ngày … tháng … năm 2026',
    'XÁC NHẬN CỦA UBND XÃ',
  ])('takes "%s" for a signature line', (text) => {
    expect(isSignatureText(text)).toBe(true);
  });

  it.each([
    'Chủ tịch UBND xã',
    'Phó Chủ tịch Hội Nông dân xã',
    'Cán bộ Văn hóa - Xã hội',
    'Nguyễn Văn An',
    'Trưởng thôn',
  ])('does not take the position "%s" for a signature line', (text) => {
    expect(isSignatureText(text)).toBe(false);
  });

  it('reads section labels', () => {
    expect(sectionFromText('II. Tổ dân phố 3', { merged: true, numbered: false })).toEqual({
      villageName: 'Tổ dân phố 3',
    });
    expect(sectionFromText('AN HẢI', { merged: true, numbered: false })).toEqual({ villageName: 'An Hải' });
    expect(sectionFromText('A. TỔ CNSCĐ XÃ', { merged: true, numbered: false })).toEqual({
      villageName: null,
    });
    expect(sectionFromText('An Hải', { merged: false, numbered: false })).toBeNull();
    expect(sectionFromText('1. Nguyễn Văn An', { merged: false, numbered: false })).toBeNull();
    expect(sectionFromText('(Vắng 2 người)', { merged: true, numbered: false })).toBeNull();
  });
});
