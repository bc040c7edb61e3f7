import { describe, expect, it } from 'vitest';
import {
  dashItems,
  dateLine,
  dateWords,
  endDocument,
  endList,
  endSentence,
  monthText,
  numberLine,
} from './format';

describe('the number line', () => {
  it('pads numbers below 10 and puts no space around / and -', () => {
    expect(numberLine(7, 'QĐ-UBND')).toBe('Số: 07/QĐ-UBND');
    expect(numberLine(1, 'BC-UBND')).toBe('Số: 01/BC-UBND');
    expect(numberLine(10, 'QĐ-UBND')).toBe('Số: 10/QĐ-UBND');
    expect(numberLine(123, 'UBND-VX')).toBe('Số: 123/UBND-VX');
  });

  it('leaves room for the clerk to write the number on the copy for signing', () => {
    expect(numberLine(null, 'QĐ-UBND')).toBe('Số:         /QĐ-UBND');
    expect(numberLine(null, 'QĐ-UBND')).toMatch(/^Số: {6,}\/QĐ-UBND$/u);
  });
});

describe('the date', () => {
  it('pads the day below 10 and the months 1 and 2 only', () => {
    expect(dateWords('2026-02-05', 2026)).toBe('ngày 05 tháng 02 năm 2026');
    expect(dateWords('2026-01-10', 2026)).toBe('ngày 10 tháng 01 năm 2026');
    expect(dateWords('2025-06-29', 2025)).toBe('ngày 29 tháng 6 năm 2025');
    expect(dateWords('2022-09-05', 2022)).toBe('ngày 05 tháng 9 năm 2022');
    expect(dateWords('2026-12-01', 2026)).toBe('ngày 01 tháng 12 năm 2026');
    expect([1, 2, 3, 10].map(monthText)).toEqual(['01', '02', '3', '10']);
  });

  it('starts with the place and leaves day and month blank without a date', () => {
    expect(dateLine('Đông Sơn', '2026-02-05', 2026)).toBe('Đông Sơn, ngày 05 tháng 02 năm 2026');
    expect(dateLine('Đông Sơn', null, 2026)).toBe('Đông Sơn, ngày      tháng      năm 2026');
  });
});

describe('endings', () => {
  it('ends list items with ";" and the last with ".", whatever was typed', () => {
    expect(endList(['Căn cứ A;', 'Căn cứ B', 'Căn cứ C.'])).toEqual(['Căn cứ A;', 'Căn cứ B;', 'Căn cứ C.']);
    expect(endList(['Căn cứ A;;'])).toEqual(['Căn cứ A.']);
    expect(endList([])).toEqual([]);
  });

  it('writes recipients as "- …;" with one dash, the last with "."', () => {
    expect(dashItems(['Như Điều 4', '- CT, các PCT UBND xã;', 'Lưu: VT, VHXH.'])).toEqual([
      '- Như Điều 4;',
      '- CT, các PCT UBND xã;',
      '- Lưu: VT, VHXH.',
    ]);
  });

  it('ends a sentence with "." and the body with "./." once', () => {
    expect(endSentence('Theo đề nghị của công chức Văn hóa - Xã hội')).toBe(
      'Theo đề nghị của công chức Văn hóa - Xã hội.',
    );
    expect(endDocument('Quyết định này có hiệu lực kể từ ngày ký.')).toBe(
      'Quyết định này có hiệu lực kể từ ngày ký./.',
    );
    expect(endDocument('chịu trách nhiệm thi hành Quyết định này./.')).toBe(
      'chịu trách nhiệm thi hành Quyết định này./.',
    );
  });
});
