/** Title block, legal bases, articles, report sections and the signature block. */
import { beforeAll, describe, expect, it } from 'vitest';
import { textWidthPt } from './metrics';
import { SIGNATURE_LEFT, SIGNATURE_RIGHT, SIGNATURE_SPACE_LINES } from './signature';
import { CELL_PADDING } from './table';
import {
  foundingDecision,
  monthlyReport,
  officeReport,
  villagesDecision,
} from '../../../../test-support/docx-fixtures';
import {
  child,
  children,
  findDeep,
  gridColumns,
  narrowedWidth,
  buildEach,
  tableCells,
  val,
  type BuiltDocx,
  type ParagraphInfo,
  type XmlElement,
} from '../../../../test-support/docx';
import { TEXT_WIDTH } from './units';

let founding: BuiltDocx;
let villages: BuiltDocx;
let report: BuiltDocx;
let office: BuiltDocx;

beforeAll(async () => {
  [founding, villages, report, office] = await buildEach(
    foundingDecision(),
    villagesDecision(),
    monthlyReport(),
    officeReport(),
  );
});

/** The top-level paragraphs of the document's own section (not the appendices), in order. */
function mainParagraphs(built: BuiltDocx): ParagraphInfo[] {
  const [main] = built.sections;
  return (main?.blocks ?? []).filter((b) => b.name === 'w:p').map((p) => built.sheet.paragraph(p));
}

function expectRuns(p: ParagraphInfo, expected: { size: number; bold: boolean; italic: boolean }): void {
  expect(p.runs.length).toBeGreaterThan(0);
  for (const run of p.runs) expect(run).toMatchObject(expected);
}

function expectBody(p: ParagraphInfo): void {
  expect(p.align).toBe('both');
  expect(p.indent.firstLine).toBe(567);
  expect(p.indent.left).toBe(0);
  expect(p.spacing.after).toBeGreaterThanOrEqual(120);
  expect(p.spacing.lineRule).toBe('auto');
  expect(p.spacing.line).toBeGreaterThanOrEqual(240);
  expect(p.spacing.line).toBeLessThanOrEqual(360);
}

describe('title block of a decision', () => {
  it('prints "QUYẾT ĐỊNH" and the summary 14 pt bold centred, with a short rule under the summary', () => {
    const ps = mainParagraphs(founding);
    const i = ps.findIndex((p) => p.text === 'QUYẾT ĐỊNH');
    expect(i).toBeGreaterThanOrEqual(0);
    const [type, summary, rule] = ps.slice(i, i + 3) as [ParagraphInfo, ParagraphInfo, ParagraphInfo];
    expectRuns(type, { size: 28, bold: true, italic: false });
    expect(type.align).toBe('center');
    expect(summary.text).toBe('Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn');
    expectRuns(summary, { size: 28, bold: true, italic: false });
    expect(summary.align).toBe('center');
    expect(rule.text).toBe('');
    expect(rule.runs).toHaveLength(0);
    expect(rule.borders).toEqual({ top: 'single' });
    expect(Math.abs(rule.indent.left - rule.indent.right)).toBeLessThanOrEqual(1);
    const width = narrowedWidth(rule, TEXT_WIDTH);
    const text = textWidthPt(summary.text, 14, { bold: true }) * 20;
    expect(width).toBeGreaterThanOrEqual(text / 3);
    expect(width).toBeLessThanOrEqual(text / 2);
  });

  it('breaks a long summary evenly on two lines and sizes the rule to the wider one', () => {
    const summary = villages.paragraph(/^Về việc thành lập/u);
    expect(summary.text).toBe(
      'Về việc thành lập Tổ Công nghệ số cộng đồng \ntại các thôn trên địa bàn xã Đông Sơn',
    );
    const [first, second] = summary.text.split(' \n').map((t) => textWidthPt(t, 14, { bold: true }) * 20) as [
      number,
      number,
    ];
    expect(Math.max(first, second)).toBeLessThan(TEXT_WIDTH);
    const ps = mainParagraphs(villages);
    const rule = ps[ps.findIndex((p) => p.node === summary.node) + 1] as ParagraphInfo;
    expect(rule.borders).toEqual({ top: 'single' });
    const width = narrowedWidth(rule, TEXT_WIDTH);
    expect(width).toBeGreaterThanOrEqual(Math.max(first, second) / 3);
    expect(width).toBeLessThanOrEqual(Math.max(first, second) / 2);
  });

  it('prints the authority line in upper case, 14 pt bold centred', () => {
    const p = founding.paragraph('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    expectRuns(p, { size: 28, bold: true, italic: false });
    expect(p.align).toBe('center');
  });
});

describe('legal bases and articles', () => {
  it('prints each legal basis in italics 14 pt as a body paragraph, ";" after each but the last, "."', () => {
    const bases = mainParagraphs(founding).filter((p) => p.text.startsWith('Căn cứ'));
    expect(bases.map((p) => p.text)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Công văn số 3730/UBND-KGVX ngày 27 tháng 7 năm 2022 của Ủy ban nhân dân tỉnh Quảng Ngãi về việc triển khai Tổ Công nghệ số cộng đồng tại các địa phương.',
    ]);
    for (const p of bases) {
      expectRuns(p, { size: 28, bold: false, italic: true });
      expectBody(p);
    }
  });

  it('prints "Theo đề nghị của … ." in italics and "QUYẾT ĐỊNH:" 14 pt bold centred', () => {
    const proposal = founding.paragraph(/^Theo đề nghị/u);
    expect(proposal.text).toBe('Theo đề nghị của công chức Văn hóa - Xã hội.');
    expectRuns(proposal, { size: 28, bold: false, italic: true });
    const decides = founding.paragraph('QUYẾT ĐỊNH:');
    expectRuns(decides, { size: 28, bold: true, italic: false });
    expect(decides.align).toBe('center');
    const ps = mainParagraphs(founding);
    const at = (q: ParagraphInfo): number => ps.findIndex((p) => p.node === q.node);
    expect(at(decides)).toBe(at(proposal) + 1);
  });

  it('starts each article with "Điều N." in bold, the rest upright, indented like the body', () => {
    const articles = mainParagraphs(founding).filter((p) => /^Điều \d+\./u.test(p.text));
    expect(articles.map((p) => p.runs[0]?.text)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.', 'Điều 4.']);
    for (const p of articles) {
      expect(p.runs[0]).toMatchObject({ bold: true, italic: false, size: 28 });
      for (const run of p.runs.slice(1)) expect(run).toMatchObject({ bold: false, italic: false, size: 28 });
      expect(p.text).toMatch(/^Điều \d+\. \S/u);
      expectBody(p);
    }
    const tasks = mainParagraphs(founding).filter((p) => p.text.startsWith('- '));
    expect(tasks).toHaveLength(3);
    for (const p of tasks) expectBody(p);
  });

  it('ends the last article with "./." once, kept with the signature block', () => {
    const ps = mainParagraphs(founding);
    const withEnd = founding.paragraphs.filter((p) => p.text.includes('./.'));
    expect(withEnd).toHaveLength(1);
    const last = withEnd[0] as ParagraphInfo;
    expect(last.text).toMatch(/chịu trách nhiệm thi hành Quyết định này\.\/\.$/u);
    expect(last.text.startsWith('Điều 4.')).toBe(true);
    expect(last.keepNext).toBe(true);
    expect(last.keepLines).toBe(true);
    // The signature table follows the last article directly.
    const [main] = founding.sections;
    const blocks = main?.blocks ?? [];
    const index = blocks.indexOf(last.node);
    expect(blocks[index + 1]?.name).toBe('w:tbl');
    expect(ps.filter((p) => p.text.endsWith('./.'))).toEqual([last]);
    // A text typed without its final period still ends with "./." (villages fixture).
    expect(villages.paragraph(/^Điều 4\./u).text).toMatch(/Quyết định này\.\/\.$/u);
  });

  it('keeps every paragraph of the last article with the next', () => {
    const ps = mainParagraphs(founding);
    const start = ps.findIndex((p) => p.text.startsWith('Điều 4.'));
    expect(start).toBeGreaterThan(0);
    for (const p of ps.slice(start).filter((q) => q.text !== '')) expect(p.keepNext).toBe(true);
    // Earlier articles flow freely.
    expect(founding.paragraph(/^Điều 1\./u).keepNext).toBe(false);
  });
});

function signatureOf(built: BuiltDocx): { table: XmlElement; left: ParagraphInfo[]; right: ParagraphInfo[] } {
  const [main] = built.sections;
  const tables = (main?.blocks ?? []).filter((b) => b.name === 'w:tbl');
  const table = tables[tables.length - 1];
  if (table === undefined || tables.length < 2) throw new Error('no signature table');
  const [[left, right]] = tableCells(table) as [[XmlElement[], XmlElement[]]];
  return {
    table,
    left: left.map((p) => built.sheet.paragraph(p)),
    right: right.map((p) => built.sheet.paragraph(p)),
  };
}

describe('signature block', () => {
  it('is a borderless 45/55 table whose one row cannot split', () => {
    const { table } = signatureOf(founding);
    for (const side of child(child(table, 'w:tblPr'), 'w:tblBorders')?.children ?? []) {
      expect(['none', 'nil']).toContain(val(side));
    }
    expect(findDeep(table, 'w:tcBorders')).toHaveLength(0);
    expect(gridColumns(table)).toEqual([SIGNATURE_LEFT, SIGNATURE_RIGHT]);
    expect(SIGNATURE_LEFT + SIGNATURE_RIGHT).toBe(TEXT_WIDTH);
    expect(SIGNATURE_LEFT / TEXT_WIDTH).toBeCloseTo(0.45, 2);
    const rows = children(table, 'w:tr');
    expect(rows).toHaveLength(1);
    expect(child(child(rows[0], 'w:trPr'), 'w:cantSplit')).toBeDefined();
  });

  it('lists the recipients: "Nơi nhận:" 12 pt bold italic, then "- …;" 11 pt, the last with "."', () => {
    const { left } = signatureOf(founding);
    expect(left.map((p) => p.text)).toEqual([
      'Nơi nhận:',
      '- Như Điều 4;',
      '- Sở Khoa học và Công nghệ tỉnh (b/c);',
      '- CT, các PCT UBND xã;',
      '- Lưu: VT, VHXH.',
    ]);
    expectRuns(left[0] as ParagraphInfo, { size: 24, bold: true, italic: true });
    for (const p of left.slice(1)) {
      expectRuns(p, { size: 22, bold: false, italic: false });
      expect(p.align).toBe('left');
      expect(p.markSize).toBe(22);
    }
  });

  it('signs with the authority lines 14 pt bold upper case, space for the seal, then the name', () => {
    const { right } = signatureOf(founding);
    expect(right.map((p) => p.text)).toEqual([
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      ...Array<string>(SIGNATURE_SPACE_LINES).fill(''),
      'Trần Văn Hùng',
    ]);
    expect(SIGNATURE_SPACE_LINES).toBeGreaterThanOrEqual(4);
    for (const p of right) {
      expect(p.align).toBe('center');
      expect(p.markSize).toBe(28);
      for (const run of p.runs) expect(run).toMatchObject({ size: 28, bold: true, italic: false });
    }
    expect(signatureOf(villages).right[0]?.text).toBe('CHỦ TỊCH');
    expect(
      signatureOf(report)
        .right.slice(0, 2)
        .map((p) => p.text),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('keeps every paragraph of the block together and with the next', () => {
    const { left, right } = signatureOf(founding);
    for (const p of [...left, ...right]) {
      expect(p.keepNext).toBe(true);
      expect(p.keepLines).toBe(true);
    }
  });

  it('ends the section with a 1-pt paragraph, so nothing after the block can spill onto a new page', () => {
    const [main] = founding.sections;
    const last = main?.blocks[main.blocks.length - 1];
    expect(last?.name).toBe('w:p');
    const p = founding.sheet.paragraph(last as XmlElement);
    expect(p.text).toBe('');
    expect(p.spacing).toMatchObject({ lineRule: 'exact', before: 0, after: 0 });
    expect(p.spacing.line).toBeLessThanOrEqual(20);
    expect(CELL_PADDING).toBe(108);
  });
});

describe('report', () => {
  it('has "BÁO CÁO", the summary, "Kính gửi: X." and no authority line nor "QUYẾT ĐỊNH:"', () => {
    const ps = mainParagraphs(report);
    const i = ps.findIndex((p) => p.text === 'BÁO CÁO');
    expect(i).toBeGreaterThanOrEqual(0);
    expectRuns(ps[i] as ParagraphInfo, { size: 28, bold: true, italic: false });
    expect(ps[i + 1]?.text).toBe('Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 11 năm 2026');
    expect(ps[i + 2]?.borders).toEqual({ top: 'single' });
    const to = ps[i + 3] as ParagraphInfo;
    expect(to.text).toBe('Kính gửi: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi.');
    expectRuns(to, { size: 28, bold: false, italic: false });
    expect(to.align).toBe('center');
    expect(ps.some((p) => p.text === 'QUYẾT ĐỊNH:')).toBe(false);
    expect(ps.some((p) => p.text.startsWith('CHỦ TỊCH ỦY BAN'))).toBe(false);
  });

  it('lists several addressees under "Kính gửi:", one per line, aligned, ";" then "."', () => {
    const ps = mainParagraphs(office);
    const i = ps.findIndex((p) => p.text.startsWith('Kính gửi:'));
    const [first, second] = ps.slice(i, i + 2) as [ParagraphInfo, ParagraphInfo];
    expect(first.text).toBe('Kính gửi:\t- Sở Khoa học và Công nghệ tỉnh Quảng Ngãi;');
    expect(second.text).toBe('- Ủy ban nhân dân huyện Bình Sơn.');
    expect(first.indent.left).toBe(second.indent.left);
    expect(first.indent.hanging).toBeGreaterThan(0);
    expect(first.indent.left - first.indent.hanging).toBeGreaterThan(0);
    for (const p of [first, second]) expectRuns(p, { size: 28, bold: false, italic: false });
  });

  it('prints section headings in bold as body paragraphs and ends the last paragraph with "./."', () => {
    const heading = report.paragraph('I. TÌNH HÌNH TRIỂN KHAI');
    expectRuns(heading, { size: 28, bold: true, italic: false });
    expectBody(heading);
    expect(heading.keepNext).toBe(true);
    const text = report.paragraph(/^Toàn xã có/u);
    expectRuns(text, { size: 28, bold: false, italic: false });
    expectBody(text);
    const ends = report.paragraphs.filter((p) => p.text.endsWith('./.'));
    expect(ends.map((p) => p.text)).toEqual([
      'Tiếp tục hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt./.',
    ]);
    expect(ends[0]?.keepNext).toBe(true);
  });
});
