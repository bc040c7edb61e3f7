/**
 * Sheets typed before Unicode. The legacy texts below are what Excel holds for TCVN3 (.VnTime)
 * and VNI-Windows input, written out by hand from the encodings' charts; U+00AD is TCVN3's ư.
 */
import { describe, expect, it } from 'vitest';
import { readRows, saveAndRead, workbookWith } from '../../../test-support/sheets';

describe('a sheet typed in TCVN3', () => {
  it('is converted to Unicode, headers included', async () => {
    const { workbook, sheet } = workbookWith([
      ['ñY BAN NH¢N D¢N X· B×NH HIÖP'],
      ['DANH S¸CH THµNH VI£N Tæ C¤NG NGHÖ Sè CéNG §åNG'],
      [
        'STT',
        'Hä vµ tªn',
        'Giíi tÝnh',
        'N¨m sinh',
        'Chøc vô, ®¬n vÞ c«ng t¸c',
        'Chøc danh trong Tæ',
        'Th«n, tæ d©n phè',
      ],
      [1, 'NguyÔn ThÞ HuÖ', 'N÷', 1985, 'Chi héi tr\u00ADëng Héi Phô n÷', 'Tæ tr\u00ADëng', 'Th«n An H¶i'],
      [2, 'TrÇn V¨n §«ng', 'Nam', 1990, 'BÝ th\u00AD Chi ®oµn', 'Thµnh viªn', 'Th«n Ph\u00ADíc ThiÖn'],
      [3, 'HuÖ', 'N÷', 1999, null, 'Tæ phã', null],
    ]);
    sheet.mergeCells('A1:G1');
    sheet.mergeCells('A2:G2');
    const result = await saveAndRead(workbook);
    expect(result.encodingConverted).toBe('tcvn3');
    expect(result.headerRow).toBe(3);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.fullName, r.gender, r.position, r.role, r.villageName])).toEqual([
      ['Nguyễn Thị Huệ', 'female', 'Chi hội trưởng Hội Phụ nữ', 'leader', 'Thôn An Hải'],
      ['Trần Văn Đông', 'male', 'Bí thư Chi đoàn', 'member', 'Thôn Phước Thiện'],
      ['Huệ', 'female', null, 'deputy', null],
    ]);
  });

  it('reads capitals typed in .VnTimeH from the cell font', async () => {
    const { workbook, sheet } = workbookWith([
      ['Hä vµ tªn', 'N¨m sinh', 'Ghi chó'],
      ['NguyÔn V¨n An', 1978, 'bÝ th\u00AD chi bé'],
    ]);
    sheet.getCell('C2').font = { name: '.VnTimeH', size: 12 };
    const result = await saveAndRead(workbook);
    expect(result.encodingConverted).toBe('tcvn3');
    expect(result.rows[0]?.fullName).toBe('Nguyễn Văn An');
    // Small-letter codes in a capitals font are what the officer saw: capitals.
    expect(result.rows[0]?.notes).toBe('BÍ THƯ CHI BỘ');
  });

  it('uses the .VnTime font names when the text alone does not decide', async () => {
    // "Tó Anh" reads as Unicode ("tó") and as TCVN3 ("Tú") alike; the font settles it.
    const { workbook, sheet } = workbookWith([
      ['Ho va ten', 'Nam sinh'],
      ['Tó Anh', 1978],
    ]);
    sheet.getCell('A2').font = { name: '.VnTime' };
    const result = await saveAndRead(workbook);
    expect(result.encodingConverted).toBe('tcvn3');
    expect(result.rows[0]?.fullName).toBe('Tú Anh');
  });
});

describe('a sheet typed in VNI', () => {
  it('is converted to Unicode, headers included', async () => {
    const result = await readRows([
      ['DANH SAÙCH THAØNH VIEÂN TOÅ COÂNG NGHEÄ SOÁ COÄNG ÑOÀNG'],
      [
        'STT',
        'Hoï vaø teân',
        'Giôùi tính',
        'Naêm sinh',
        'Chöùc vuï, ñôn vò coâng taùc',
        'Chöùc danh trong Toå',
        'Thoân, toå daân phoá',
      ],
      [1, 'Nguyeãn Thò Hueä', 'Nöõ', 1985, 'Chi hoäi tröôûng Hoäi Phuï nöõ', 'Toå tröôûng', 'Thoân An Haûi'],
      [2, 'Traàn Vaên Ñoâng', 'Nam', 1990, 'Bí thö Chi ñoaøn', 'Thaønh vieân', 'Thoân Phöôùc Thieän'],
    ]);
    expect(result.encodingConverted).toBe('vni');
    expect(result.headerRow).toBe(2);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.fullName, r.gender, r.position, r.role, r.villageName])).toEqual([
      ['Nguyễn Thị Huệ', 'female', 'Chi hội trưởng Hội Phụ nữ', 'leader', 'Thôn An Hải'],
      ['Trần Văn Đông', 'male', 'Bí thư Chi đoàn', 'member', 'Thôn Phước Thiện'],
    ]);
  });
});

describe('a Unicode sheet', () => {
  it('is left alone, even with names that are also valid legacy text', async () => {
    const result = await readRows([
      ['Họ và tên', 'Chức vụ', 'Thôn'],
      ['Ngô Tú Anh', 'Microsoft® Office', 'Hoà Bình'],
      ['Tô Hoài', 'Café', 'Tân Phú'],
    ]);
    expect(result.encodingConverted).toBeNull();
    expect(result.rows.map((r) => [r.fullName, r.position, r.villageName])).toEqual([
      ['Ngô Tú Anh', 'Microsoft® Office', 'Hoà Bình'],
      ['Tô Hoài', 'Café', 'Tân Phú'],
    ]);
  });
});
