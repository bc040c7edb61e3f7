/** Contents at the edges: empty parts, long texts, characters XML escapes. */
import { describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../../../shared/documents/content';
import { foundingDecision, monthlyReport } from '../../../../test-support/docx-fixtures';
import { buildEach, children, findDeep, type BuiltDocx } from '../../../../test-support/docx';

function expectEveryCellHasAParagraph(built: BuiltDocx): void {
  for (const tc of findDeep(built.docx.body, 'w:tc')) expect(children(tc, 'w:p').length).toBeGreaterThan(0);
}

describe('edge contents', () => {
  it('builds a member list without a number, recipients, signature lines or body', async () => {
    const list: DocumentContent = {
      ...foundingDecision(),
      kind: 'member_list',
      symbol: '',
      number: null,
      typeTitle: '',
      authorityLine: null,
      legalBases: [],
      proposal: null,
      articles: [],
      body: [],
      recipients: [],
      signature: { lines: [], name: 'Trần Văn Hùng' },
    };
    const [built] = await buildEach(list);
    expectEveryCellHasAParagraph(built);
    expect(built.paragraphs.some((p) => p.text.startsWith('Số:'))).toBe(false);
    expect(built.paragraphs.some((p) => p.text.includes('./.'))).toBe(false);
    expect(built.sections).toHaveLength(2);
  });

  it('builds a header without an issuing body', async () => {
    const [built] = await buildEach({ ...monthlyReport(), issuerLines: [], supervisingBody: null });
    expectEveryCellHasAParagraph(built);
  });

  it('escapes &, < and > and keeps them in the text', async () => {
    const content = { ...monthlyReport(), recipients: ['Sở KH&CN <b/c>', 'Lưu: VT'] };
    const [built] = await buildEach(content);
    expect(built.paragraphs.map((p) => p.text)).toContain('- Sở KH&CN <b/c>;');
  });

  it('leaves a title of three lines or more to the word processor, in one run', async () => {
    const summary = `Về việc ${'thành lập Tổ Công nghệ số cộng đồng tại các thôn, tổ dân phố '.repeat(3)}trên địa bàn xã Đông Sơn`;
    const [built] = await buildEach({ ...foundingDecision(), summary });
    const p = built.paragraph(summary);
    expect(p.runs).toHaveLength(1);
    expect(p.runs[0]?.hasBreak).toBe(false);
  });

  it('balances a long authority line on two lines', async () => {
    const authorityLine =
      'Chủ tịch Ủy ban nhân dân phường Điện Biên Phủ thành phố Quảng Ngãi tỉnh Quảng Ngãi';
    const [built] = await buildEach({ ...foundingDecision(), authorityLine });
    const p = built.paragraph(/^CHỦ TỊCH ỦY BAN NHÂN DÂN/u);
    expect(p.text.replace(' \n', ' ')).toBe(authorityLine.toLocaleUpperCase('vi'));
    expect(p.runs).toHaveLength(2);
    expect(p.align).toBe('center');
  });
});
