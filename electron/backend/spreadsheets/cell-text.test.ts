import { describe, expect, it } from 'vitest';
import { EXCEL_CELL_MAX } from '../../../shared/contract/limits';
import { excelCellText } from './cell-text';

describe('excelCellText', () => {
  it('keeps a text that fits, whole', () => {
    const fits = 'Đ'.repeat(EXCEL_CELL_MAX);
    expect(excelCellText(fits)).toBe(fits);
  });

  it('cuts a longer text to the limit with a visible mark, never halving a surrogate pair', () => {
    // Both parities, so that the cut falls once between two pairs and once inside one.
    for (const lead of [EXCEL_CELL_MAX - 200, EXCEL_CELL_MAX - 199]) {
      const cut = excelCellText('a'.repeat(lead) + '😀'.repeat(200));
      expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
      expect(cut).toMatch(/ … \[ĐÃ CẮT BỚT: .*\]$/u);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    }
  });
});
