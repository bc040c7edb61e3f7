/**
 * The report's texts as they cross a boundary: cleaned to one paragraph per line, limited per
 * paragraph and per section, each empty section refused with a message naming it.
 */
import { describe, expect, it } from 'vitest';
import { reportTextsSchema } from './report-schemas';

const filled = { difficulties: 'Sóng yếu.', proposals: 'Đề nghị hỗ trợ.', nextTasks: 'Tiếp tục.' };

describe('reportTextsSchema', () => {
  it('keeps one cleaned paragraph per non-empty line', () => {
    const parsed = reportTextsSchema.parse({
      ...filled,
      difficulties: '  Sóng   di động yếu.\r\n\n\tNgười cao tuổi\u200b chưa có điện thoại. \r',
    });
    expect(parsed.difficulties).toBe('Sóng di động yếu.\nNgười cao tuổi chưa có điện thoại.');
  });

  it('refuses each empty section by its heading', () => {
    const result = reportTextsSchema.safeParse({ ...filled, proposals: ' \n ', nextTasks: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['proposals', 'Chưa nhập nội dung mục "III. ĐỀ XUẤT, KIẾN NGHỊ".'],
      ['nextTasks', 'Chưa nhập nội dung mục "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI".'],
    ]);
  });

  it('holds a paragraph to 2 000 characters and a section to 10 000', () => {
    expect(reportTextsSchema.safeParse({ ...filled, proposals: 'a'.repeat(2000) }).success).toBe(true);
    const paragraph = reportTextsSchema.safeParse({ ...filled, proposals: 'a'.repeat(2001) });
    expect(paragraph.error?.issues.map((i) => i.message)).toEqual([
      'Mục "III. ĐỀ XUẤT, KIẾN NGHỊ": có đoạn dài quá 2000 ký tự, hãy xuống dòng để tách thành nhiều đoạn.',
    ]);
    // Six lines of 1 700 characters and their five line breaks: 10 205 characters.
    const section = reportTextsSchema.safeParse({ ...filled, proposals: `${'a'.repeat(1700)}\n`.repeat(6) });
    expect(section.error?.issues.map((i) => i.message)).toEqual([
      'Mục "III. ĐỀ XUẤT, KIẾN NGHỊ": dài quá 10000 ký tự, hãy viết gọn lại.',
    ]);
  });

  it('refuses a section that is not a text', () => {
    const result = reportTextsSchema.safeParse({ ...filled, nextTasks: 12 });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Mục "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI": cần nhập chữ.',
    ]);
  });
});
