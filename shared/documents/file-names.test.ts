import { describe, expect, it } from 'vitest';
import { fileSlug, lowerFileName, villageDecisionFileNames } from './file-names';

describe('file names from Vietnamese words', () => {
  it('keeps ASCII letters and digits, joined by "-"', () => {
    expect(fileSlug('QĐ thành lập tổ CNSCĐ thôn An Hải')).toBe('QD-thanh-lap-to-CNSCD-thon-An-Hai');
    expect(fileSlug('  ?? ')).toBe('tep');
    expect(lowerFileName('Danh sách thành viên Tổ thôn Đá Bạc 2', 'xlsx')).toBe(
      'danh-sach-thanh-vien-to-thon-da-bac-2.xlsx',
    );
  });

  it('names village decisions after the village, unique in one folder whatever the case', () => {
    expect(
      villageDecisionFileNames([
        { name: 'Tổ CNSCĐ thôn An Hải', villageName: 'Thôn An Hải' },
        { name: 'Tổ CNSCĐ thôn AN HẢI', villageName: 'thôn AN HẢI' },
        { name: 'Tổ CNSCĐ Bình Minh', villageName: null },
      ]),
    ).toEqual([
      'QD-thanh-lap-to-CNSCD-thon-An-Hai.docx',
      'QD-thanh-lap-to-CNSCD-thon-AN-HAI-2.docx',
      'QD-thanh-lap-to-CNSCD-to-CNSCD-Binh-Minh.docx',
    ]);
  });
});
