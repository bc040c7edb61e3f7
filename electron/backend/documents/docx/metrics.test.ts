import { describe, expect, it } from 'vitest';
import { balancedLines, textWidthPt, wrapLines } from './metrics';
import { issuerRuleLength } from './rule';

describe('Times New Roman widths', () => {
  it('gives the advance widths of the font (2048 units per em)', () => {
    expect(textWidthPt('A', 12)).toBeCloseTo((1479 * 12) / 2048, 6);
    expect(textWidthPt('A', 12, { bold: true })).toBeCloseTo((1479 * 12) / 2048, 6);
    expect(textWidthPt('m', 10, { bold: true })).toBeCloseTo((1706 * 10) / 2048, 6);
    expect(textWidthPt('0912345678', 13)).toBeCloseTo(65, 6);
  });

  it('measures Vietnamese letters as their base letter, the horned ones wider', () => {
    expect(textWidthPt('ế', 14)).toBeCloseTo(textWidthPt('e', 14), 6);
    expect(textWidthPt('Đ', 14, { bold: true })).toBeCloseTo(textWidthPt('D', 14, { bold: true }), 6);
    expect(textWidthPt('đ', 14)).toBeCloseTo(textWidthPt('d', 14), 6);
    expect(textWidthPt('ư', 14)).toBeGreaterThan(textWidthPt('u', 14));
    expect(textWidthPt('ờ', 14)).toBeGreaterThan(textWidthPt('o', 14));
    // NFD input measures like NFC.
    expect(textWidthPt('Hạnh phúc'.normalize('NFD'), 13)).toBeCloseTo(textWidthPt('Hạnh phúc', 13), 6);
  });

  it('puts the national title at 12 pt on one line of the header’s right column', () => {
    expect(textWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, { bold: true })).toBeLessThan(
      (5613 - 216) / 20,
    );
  });
});

describe('line breaking', () => {
  it('wraps greedily at spaces', () => {
    expect(wrapLines('một hai ba', 14, 1000)).toEqual(['một hai ba']);
    expect(wrapLines('một hai ba', 14, textWidthPt('một hai', 14) + 0.1)).toEqual(['một hai', 'ba']);
  });

  it('breaks a two-line title evenly, before a word that starts a phrase', () => {
    const summary = 'Về việc thành lập Tổ Công nghệ số cộng đồng tại các thôn trên địa bàn xã Đông Sơn';
    expect(balancedLines(summary, 14, 467.7, { bold: true })).toEqual([
      'Về việc thành lập Tổ Công nghệ số cộng đồng',
      'tại các thôn trên địa bàn xã Đông Sơn',
    ]);
    const title = 'DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN AN PHÚ';
    expect(balancedLines(title, 14, 467.7, { bold: true })).toEqual([
      'DANH SÁCH THÀNH VIÊN',
      'TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN AN PHÚ',
    ]);
    expect(balancedLines('Về việc thành lập Tổ', 14, 467.7, { bold: true })).toEqual([
      'Về việc thành lập Tổ',
    ]);
  });
});

describe('the rule under the issuing body', () => {
  it('is 1/3–1/2 of both the longest and the last line when it can be', () => {
    const longest = textWidthPt('ỦY BAN NHÂN DÂN', 13, { bold: true });
    const last = textWidthPt('XÃ ĐÔNG SƠN', 13, { bold: true });
    const rule = issuerRuleLength(longest, last);
    for (const width of [longest, last]) {
      expect(rule).toBeGreaterThanOrEqual(width / 3);
      expect(rule).toBeLessThanOrEqual(width / 2);
    }
    expect(issuerRuleLength(100, 100)).toBeCloseTo(40, 6);
  });

  it('is 40 % of the longest line when the last line is too short for both', () => {
    expect(issuerRuleLength(150, 40)).toBeCloseTo(60, 6);
  });
});

describe('blanks left on purpose', () => {
  it('keeps a run of spaces whole and never breaks a line inside it', () => {
    const reference =
      '(Kèm theo Quyết định số        /QĐ-UBND ngày      tháng      năm 2026 của Chủ tịch Ủy ban nhân dân xã Đông Sơn)';
    const lines = balancedLines(reference, 14, 467.7, { italic: true });
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(reference);
    expect(wrapLines(reference, 14, 200).join(' ')).toBe(reference);
  });
});
