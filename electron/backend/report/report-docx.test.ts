/**
 * The report's .docx read back against admin-format.md, as the decisions are: the page and its
 * margins, the page number from page 2 in every section, Times New Roman in the sizes of each
 * part, "Số: 05/BC-UBND", "BÁO CÁO" and its summary, the period line, "Kính gửi", the headings,
 * the tables per pillar and the "Biểu số liệu" with the figures' numbers, the TM. signature.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/contract/types';
import type { TableAppendix } from '../../../shared/documents/content';
import { demoProfile } from '../demo/demo-data';
import { buildDocument } from '../documents/docx/build';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from '../documents/docx/units';
import {
  borderedTables,
  type BuiltDocx,
  child,
  children,
  findDeep,
  gridColumns,
  num,
  type ParagraphInfo,
  readBuilt,
  tableCells,
  tableTexts,
  val,
  type XmlElement,
} from '../../../test-support/docx';
import { runsAre } from '../../../test-support/docx-expect';
import { monthFigures } from '../../../test-support/report-fixture';
import { composeReport } from './report-content';

const profile: Profile = { ...demoProfile, updatedAt: '2026-01-01T00:00:00.000Z' };
const content = composeReport({
  figures: monthFigures(),
  profile,
  texts: {
    difficulties: 'Một số thôn vùng núi sóng di động còn yếu.',
    proposals: 'Đề nghị Sở hỗ trợ tài liệu hướng dẫn kỹ năng số.',
    nextTasks: 'Tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến.',
  },
  signer: { mode: 'vice_chairman', name: 'Nguyễn Thị Mỹ Hạnh' },
  when: { number: 5, date: '2026-03-16', year: 2026 },
});

let built: BuiltDocx;

beforeAll(async () => {
  built = readBuilt(await buildDocument(content));
});

describe('page', () => {
  it('is A4 with Decree 30’s margins: the report portrait, the wide "Biểu số liệu" landscape', () => {
    expect(built.sections).toHaveLength(2);
    const sizes = built.sections.map((s) => {
      const size = child(s.sectPr, 'w:pgSz');
      return [num(size, 'w:w'), num(size, 'w:h'), val(size, 'w:orient')];
    });
    expect(sizes).toEqual([
      [11906, 16838, 'portrait'],
      [16838, 11906, 'landscape'],
    ]);
    for (const section of built.sections) {
      const margin = child(section.sectPr, 'w:pgMar');
      expect(['w:top', 'w:bottom', 'w:left', 'w:right'].map((a) => num(margin, a))).toEqual([
        1134, 1134, 1701, 850,
      ]);
    }
  });

  it('numbers the pages from 1 in each section with the PAGE field, none on a section’s first page', () => {
    for (const section of built.sections) {
      expect(child(section.sectPr, 'w:titlePg')).toBeDefined();
      expect(num(child(section.sectPr, 'w:pgNumType'), 'w:start')).toBe(1);
      const headers = built.headers(section);
      expect(findDeep(headers.default as XmlElement, 'w:instrText').map((i) => i.text.trim())).toEqual([
        'PAGE',
      ]);
      const number = built.sheet.paragraph(findDeep(headers.default as XmlElement, 'w:p')[0] as XmlElement);
      expect(number.align).toBe('center');
      for (const run of number.runs) expect(run).toMatchObject({ size: 26, bold: false, italic: false });
      expect(findDeep(headers.first as XmlElement, 'w:instrText')).toHaveLength(0);
      expect(
        findDeep(headers.first as XmlElement, 'w:t')
          .map((t) => t.text)
          .join(''),
      ).toBe('');
    }
  });

  it('is Times New Roman, black, everywhere', () => {
    for (const p of built.paragraphs) {
      for (const run of p.runs) {
        expect(run.font, p.text).toBe('Times New Roman');
        expect(['000000', 'auto']).toContain(run.color);
        expect(run.underline).toBe(false);
      }
    }
  });
});

describe('header and title', () => {
  it('numbers the report BC-UBND beside its place and date', () => {
    runsAre(built.paragraph('Số: 05/BC-UBND'), { size: 26, bold: false, italic: false });
    runsAre(built.paragraph('Đông Sơn, ngày 16 tháng 3 năm 2026'), { size: 26, bold: false, italic: true });
    runsAre(built.paragraph('XÃ ĐÔNG SƠN'), { size: 26, bold: true, italic: false });
  });

  it('prints "BÁO CÁO", the summary with its rule, the period line in italics, then "Kính gửi"', () => {
    const main = (built.sections[0]?.blocks ?? [])
      .filter((b) => b.name === 'w:p')
      .map((p) => built.sheet.paragraph(p));
    const i = main.findIndex((p) => p.text === 'BÁO CÁO');
    const [type, summary, rule, period, to] = main.slice(i, i + 5) as ParagraphInfo[];
    runsAre(type as ParagraphInfo, { size: 28, bold: true, italic: false });
    expect(summary?.text.replace(' \n', ' ')).toBe(
      'Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 3 năm 2026',
    );
    runsAre(summary as ParagraphInfo, { size: 28, bold: true, italic: false });
    expect(rule?.borders).toEqual({ top: 'single' });
    expect(period?.text).toBe('Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.');
    runsAre(period as ParagraphInfo, { size: 28, bold: false, italic: true });
    expect(to?.text).toBe('Kính gửi: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi.');
    runsAre(to as ParagraphInfo, { size: 28, bold: false, italic: false });
    for (const p of [type, summary, period, to]) expect(p?.align).toBe('center');
    expect(main.some((p) => p.text === 'QUYẾT ĐỊNH:')).toBe(false);
  });
});

describe('body', () => {
  it('prints the headings bold and the sentences as justified body text, indented 1 cm', () => {
    for (const heading of [
      'I. TÌNH HÌNH TRIỂN KHAI',
      '3. Kết quả thực hiện các chỉ tiêu',
      'a) Chính quyền số',
    ]) {
      const p = built.paragraph(heading);
      runsAre(p, { size: 28, bold: true, italic: false });
      expect(p.keepNext).toBe(true);
    }
    const sentence = built.paragraph(/^Toàn xã hiện có 01 Tổ/u);
    runsAre(sentence, { size: 28, bold: false, italic: false });
    expect(sentence.align).toBe('both');
    expect(sentence.indent.firstLine).toBe(567);
    expect(built.paragraph(/1\.064 lượt người dân và 538 lượt hộ gia đình\.$/u).style).toBe('VanBan');
  });

  it('ends the last paragraph of section IV, and only it, with "./."', () => {
    expect(built.paragraphs.filter((p) => p.text.endsWith('./.')).map((p) => p.text)).toEqual([
      'Tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến./.',
    ]);
  });

  it('draws the three pillar tables with the figures’ rows, as wide as the text', () => {
    const pillars = borderedTables(built).slice(0, 3);
    expect(pillars.map((t) => tableTexts(built, t).slice(1))).toEqual(
      content.body.filter((s) => s.table !== undefined).map((s) => s.table?.rows),
    );
    expect(tableTexts(built, pillars[0] as XmlElement)[2]).toEqual([
      '2',
      'Tài khoản định danh điện tử mức 2 được kích hoạt',
      'tài khoản',
      '1.200',
      '96',
      '251',
      '20,92',
    ]);
    for (const t of pillars) {
      expect(gridColumns(t).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      const rows = children(t, 'w:tr');
      expect(child(child(rows[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
      for (const row of rows) expect(child(child(row, 'w:trPr'), 'w:cantSplit')).toBeDefined();
      for (const row of tableCells(t).slice(1)) {
        const aligns = row.map((cell) => built.sheet.paragraph(cell[0] as XmlElement).align);
        expect(aligns).toEqual(['center', 'left', 'center', 'right', 'right', 'right', 'right']);
      }
    }
  });
});

describe('signature and recipients', () => {
  it('signs TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, 14 pt bold, then the name', () => {
    for (const text of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Mỹ Hạnh']) {
      const p = built.paragraph(text);
      runsAre(p, { size: 28, bold: true, italic: false });
      expect(p.align).toBe('center');
    }
  });

  it('lists "Nơi nhận:" 12 pt bold italic and the recipients 11 pt, "- …;" then "."', () => {
    runsAre(built.paragraph('Nơi nhận:'), { size: 24, bold: true, italic: true });
    for (const text of ['- Như trên;', '- CT, các PCT UBND xã;', '- Lưu: VT, VHXH.']) {
      runsAre(built.paragraph(text), { size: 22, bold: false, italic: false });
    }
  });
});

describe('the "Biểu số liệu"', () => {
  it('opens its section with "Phụ lục", the title and the reference to the report', () => {
    const [label, title, reference] = (built.sections[1]?.blocks ?? []).map((b) =>
      b.name === 'w:p' ? built.sheet.paragraph(b) : null,
    );
    expect(label?.text).toBe('Phụ lục');
    expect(title?.text.replace(/ \n/gu, ' ')).toBe(
      'BIỂU SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG CỦA CÁC TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN, TỔ DÂN PHỐ THÁNG 3 NĂM 2026',
    );
    expect(reference?.text.replace(/ \n/gu, ' ')).toBe(
      '(Kèm theo Báo cáo số 05/BC-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân xã Đông Sơn)',
    );
    runsAre(reference as ParagraphInfo, { size: 28, bold: false, italic: true });
  });

  it('holds a row per village and a bold total row, as wide as the landscape text', () => {
    const appendix = content.appendices[0] as TableAppendix;
    const table = borderedTables(built)[3] as XmlElement;
    expect(built.sections[1]?.blocks).toContain(table);
    const rows = tableTexts(built, table);
    expect(rows[0]).toEqual(appendix.table.columns.map((c) => c.title));
    expect(rows.slice(1)).toEqual([...appendix.table.rows, appendix.table.total]);
    const total = tableCells(table).at(-1) ?? [];
    for (const cell of total)
      for (const run of built.sheet.paragraph(cell[0] as XmlElement).runs) expect(run.bold).toBe(true);
    expect(gridColumns(table).reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    expect(child(child(children(table, 'w:tr')[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
  });
});
