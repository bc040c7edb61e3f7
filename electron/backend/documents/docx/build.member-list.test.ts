/** A standalone member list: the header, "DANH SÁCH", the member table in the main part, the signature. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../../shared/contract/types';
import { composeMemberList } from '../compose';
import { MEMBER_COLUMNS } from './appendix';
import { HEADER_LEFT } from './header-table';
import { members } from '../../../../test-support/docx-fixtures';
import {
  buildEach,
  child,
  children,
  tableCells,
  type BuiltDocx,
  type XmlElement,
} from '../../../../test-support/docx';

const profile: Profile = {
  provinceCode: '51',
  provinceName: 'Quảng Ngãi',
  districtName: null,
  communeCode: '21001',
  communeName: 'Xã Đông Sơn',
  issuerName: 'Ủy ban nhân dân xã Đông Sơn',
  placeName: 'Đông Sơn',
  chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' },
  viceChairmen: [],
  receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const rows = members(12);
let built: BuiltDocx;

beforeAll(async () => {
  const content = composeMemberList({
    profile,
    team: { name: 'Tổ Công nghệ số cộng đồng thôn An Phú', villageName: 'An Phú', members: [] },
    date: '2026-03-09',
  });
  [built] = await buildEach({ ...content, memberTable: rows });
});

/** The main section's top-level tables: header, members, signature. */
function tables(): XmlElement[] {
  const [main] = built.sections;
  return (main?.blocks ?? []).filter((b) => b.name === 'w:tbl');
}

describe('standalone member list', () => {
  it('is one section, without an appendix', () => {
    expect(built.sections).toHaveLength(1);
    expect(built.paragraphs.some((p) => p.text.startsWith('Phụ lục'))).toBe(false);
  });

  it('has the header table with the issuer and the date line, and no "Số:" line', () => {
    const [header] = tables();
    if (header === undefined) throw new Error('no header table');
    const cells = tableCells(header).map((row) =>
      row.map((cell) => cell.map((p) => built.sheet.paragraph(p).text)),
    );
    expect(cells[0]?.[0]).toEqual(expect.arrayContaining(['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN']));
    expect(cells[1]?.[1]).toEqual(['Đông Sơn, ngày 09 tháng 3 năm 2026']);
    expect(cells[1]?.[0]?.join('')).toBe('');
    expect(Number(child(child(header, 'w:tblGrid'), 'w:gridCol')?.attrs['w:w'])).toBe(HEADER_LEFT);
    expect(built.paragraphs.some((p) => p.text.startsWith('Số:'))).toBe(false);
  });

  it('is titled "DANH SÁCH" with the team in the summary, and has no "Nơi nhận:"', () => {
    expect(built.paragraph('DANH SÁCH').align).toBe('center');
    expect(built.paragraph(/^Thành viên Tổ Công nghệ số cộng đồng thôn An Phú/u)).toBeDefined();
    expect(built.paragraphs.some((p) => p.text.startsWith('Nơi nhận'))).toBe(false);
  });

  it('lays the member table out between the title and the signature, header repeated, rows unsplit', () => {
    const [, table, signature] = tables();
    if (table === undefined || signature === undefined) throw new Error('missing tables');
    const trs = children(table, 'w:tr');
    expect(trs).toHaveLength(rows.length + 1);
    expect(child(child(trs[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
    for (const tr of trs) expect(child(child(tr, 'w:trPr'), 'w:cantSplit')).toBeDefined();
    const texts = tableCells(table).map((row) =>
      row.map((cell) => cell.map((p) => built.sheet.paragraph(p).text).join('')),
    );
    expect(texts[0]).toEqual([...MEMBER_COLUMNS]);
    expect(texts.slice(1).map((r) => r[1])).toEqual(rows.map((r) => r.fullName));
    const signatureTexts = tableCells(signature)
      .flat(2)
      .map((p) => built.sheet.paragraph(p).text);
    expect(signatureTexts).toEqual(
      expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Văn Hùng']),
    );
  });
});
