/**
 * The report's content composed from the hand-written figures of Xã Đông Sơn, tháng 3 năm 2026
 * (test-support/report-fixture.ts): the title of every period kind, the sentences with the exact
 * figures, the tables per pillar, the "Biểu số liệu" with its total row, and the refusal of a text
 * section left empty.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import type { Profile } from '../../../shared/contract/types';
import type { ReportFigures } from '../../../shared/contract/report-types';
import type { BodySection, DocumentContent, TableAppendix } from '../../../shared/documents/content';
import { demoProfile } from '../demo/demo-data';
import {
  BIEU_FIXED_TITLES,
  BIEU_INDICATOR_TITLES,
  figures57of800,
  manyVillagesFigures,
  monthFigures,
} from '../../../test-support/report-fixture';
import { pillarColumns } from './report-columns';
import { composeReport, type ReportContentInput, type ReportTexts } from './report-content';

const profile: Profile = { ...demoProfile, updatedAt: '2026-01-01T00:00:00.000Z' };

const texts: ReportTexts = {
  difficulties:
    'Một số thôn vùng núi sóng di động còn yếu.\n\n  Người cao tuổi chưa có điện thoại thông minh.  ',
  proposals: 'Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu hướng dẫn kỹ năng số.',
  nextTasks:
    'Tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến.\r\nĐôn đốc Tổ thôn Vĩnh An triển khai hoạt động.',
};

function input(overrides: Partial<ReportContentInput> = {}): ReportContentInput {
  return {
    figures: monthFigures(),
    profile,
    texts,
    signer: { mode: 'chairman', name: 'Trần Văn Thành' },
    when: { number: 5, date: '2026-03-16', year: 2026 },
    ...overrides,
  };
}

function section(content: DocumentContent, heading: string): BodySection {
  const found = content.body.find((s) => s.heading === heading);
  if (found === undefined) throw new Error(`no section ${heading}`);
  return found;
}

function withPeriod(code: string, kind: ReportFigures['period']['kind']): ReportFigures {
  const figures = monthFigures();
  return { ...figures, period: { ...figures.period, code, kind } };
}

function refusal(texts: ReportTexts): AppError {
  try {
    composeReport(input({ texts }));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the report was composed');
}

describe('the report’s heading part', () => {
  it('is a report of the commune’s People’s Committee, BC-UBND, with the profile’s place, number and date', () => {
    const content = composeReport(input());
    expect(content).toMatchObject({
      kind: 'report',
      supervisingBody: null,
      issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN'],
      number: 5,
      symbol: 'BC-UBND',
      placeName: 'Đông Sơn',
      date: '2026-03-16',
      year: 2026,
      typeTitle: 'BÁO CÁO',
      summary: 'Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 3 năm 2026',
      periodNote: 'Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.',
      authorityLine: null,
      addressees: ['Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'],
      legalBases: [],
      proposal: null,
      articles: [],
      recipients: ['Như trên', 'CT, các PCT UBND xã', 'Lưu: VT, VHXH'],
    });
  });

  it('titles each kind of period as the report says it', () => {
    const cases: [string, ReportFigures['period']['kind'], string][] = [
      ['2026-03', 'month', 'tháng 3 năm 2026'],
      ['2026-Q1', 'quarter', 'quý I năm 2026'],
      ['2026-H1', 'half_year', '6 tháng đầu năm 2026'],
      ['2026-H2', 'half_year', '6 tháng cuối năm 2026'],
      ['2026-9M', 'nine_months', '9 tháng năm 2026'],
      ['2026', 'year', 'năm 2026'],
    ];
    for (const [code, kind, words] of cases) {
      const content = composeReport(input({ figures: withPeriod(code, kind) }));
      expect(content.summary, code).toBe(`Kết quả hoạt động của Tổ Công nghệ số cộng đồng ${words}`);
    }
    const quarter = composeReport(input({ figures: withPeriod('2026-Q1', 'quarter') }));
    expect(section(quarter, '1. Tổ Công nghệ số cộng đồng và thành viên').paragraphs[1]).toMatch(
      /^Trong quý, /u,
    );
  });

  it('signs on behalf of the People’s Committee: CHỦ TỊCH, or KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', () => {
    expect(composeReport(input()).signature).toEqual({
      lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      name: 'Trần Văn Thành',
    });
    const vice = composeReport(input({ signer: { mode: 'vice_chairman', name: 'Nguyễn Thị Mỹ Hạnh' } }));
    expect(vice.signature).toEqual({
      lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      name: 'Nguyễn Thị Mỹ Hạnh',
    });
  });

  it('takes the addressees and recipients given, and leaves the number and date blank for signing', () => {
    const content = composeReport(
      input({
        addressees: ['Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', 'Ủy ban nhân dân huyện Bình Sơn'],
        recipients: ['Như trên', 'Lưu: VT'],
        when: { number: null, date: null, year: 2026 },
      }),
    );
    expect(content.addressees).toHaveLength(2);
    expect(content.recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(content.number).toBeNull();
    expect(content.appendices[0]?.reference).toBe(
      '(Kèm theo Báo cáo số       /BC-UBND ngày      tháng      năm 2026 của Ủy ban nhân dân xã Đông Sơn)',
    );
  });
});

describe('section I, written from the figures', () => {
  const content = composeReport(input());

  it('orders the sections I (1–4), II, III, IV after an opening sentence', () => {
    expect(content.body[0]?.paragraphs).toEqual([
      'Ủy ban nhân dân xã Đông Sơn báo cáo kết quả hoạt động của Tổ Công nghệ số cộng đồng trên địa bàn xã tháng 3 năm 2026 như sau:',
    ]);
    expect(content.body.map((s) => s.heading).filter((h) => h !== undefined)).toEqual([
      'I. TÌNH HÌNH TRIỂN KHAI',
      '1. Tổ Công nghệ số cộng đồng và thành viên',
      '2. Công tác tuyên truyền, hướng dẫn, hỗ trợ người dân',
      '3. Kết quả thực hiện các chỉ tiêu',
      'a) Chính quyền số',
      'b) Kinh tế số',
      'c) Xã hội số',
      '4. Công tác tập huấn, bồi dưỡng',
      'II. KHÓ KHĂN, VƯỚNG MẮC',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
    ]);
  });

  it('writes the teams, the members and the changes of the period as sentences', () => {
    expect(section(content, '1. Tổ Công nghệ số cộng đồng và thành viên').paragraphs).toEqual([
      'Toàn xã hiện có 01 Tổ Công nghệ số cộng đồng cấp xã với 17 thành viên và 03 Tổ cấp thôn, tổ dân phố với 24 thành viên; tổng số 41 thành viên.',
      'Trong tháng, thành lập mới 01 Tổ, kiện toàn 01 Tổ; bổ sung 06 thành viên, 02 thành viên thôi tham gia.',
    ]);
  });

  it('writes the activities by kind and the people and households reached', () => {
    expect(section(content, '2. Công tác tuyên truyền, hướng dẫn, hỗ trợ người dân').paragraphs).toEqual([
      'Trong tháng, các Tổ Công nghệ số cộng đồng đã thực hiện 23 hoạt động, gồm: 09 buổi tuyên truyền, 08 buổi hướng dẫn, 04 lượt hỗ trợ trực tiếp, 01 buổi tập huấn và 01 cuộc họp; qua đó đã tuyên truyền, hướng dẫn, hỗ trợ cho 1.064 lượt người dân và 538 lượt hộ gia đình.',
      'Kết quả hoạt động của từng Tổ thôn, tổ dân phố chi tiết tại Biểu số liệu kèm theo Báo cáo này.',
    ]);
  });

  it('writes the trainings and the members trained', () => {
    expect(section(content, '4. Công tác tập huấn, bồi dưỡng').paragraphs).toEqual([
      'Trong tháng, thành viên các Tổ đã tham gia 02 lớp tập huấn, bồi dưỡng với tổng thời lượng 7 giờ, 29 lượt người tham dự; có 21 thành viên được tập huấn, bồi dưỡng kỹ năng số.',
    ]);
  });

  it('says so when nothing changed, no activity was held and no training took place', () => {
    const figures = monthFigures();
    const quiet: ReportFigures = {
      ...figures,
      teams: { ...figures.teams, founded: 0, reorganized: 0, dissolved: 0 },
      members: { ...figures.members, joined: 0, left: 0 },
      activities: {
        total: 0,
        byKind: { propaganda: 0, guidance: 0, direct_support: 0, training: 0, meeting: 0 },
      },
      reached: { people: 0, households: 0 },
      trainings: { sessions: 0, hours: 0, attendances: 0, trainedMembers: 0 },
    };
    const c = composeReport(input({ figures: quiet }));
    expect(section(c, '1. Tổ Công nghệ số cộng đồng và thành viên').paragraphs[1]).toBe(
      'Trong tháng, không có thay đổi về tổ chức và thành viên của các Tổ.',
    );
    expect(section(c, '2. Công tác tuyên truyền, hướng dẫn, hỗ trợ người dân').paragraphs[0]).toBe(
      'Trong tháng, các Tổ Công nghệ số cộng đồng chưa tổ chức hoạt động tuyên truyền, hướng dẫn nào.',
    );
    expect(section(c, '4. Công tác tập huấn, bồi dưỡng').paragraphs).toEqual([
      'Trong tháng, chưa có lớp tập huấn, bồi dưỡng nào cho thành viên các Tổ.',
    ]);
  });

  it('draws one table per pillar whose rows are the figures’ indicator lines', () => {
    const columns = section(content, 'a) Chính quyền số').table?.columns ?? [];
    expect(columns.map((c) => c.title)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu năm 2026',
      'Kết quả trong kỳ',
      'Lũy kế từ đầu năm',
      'Tỷ lệ % so với chỉ tiêu năm',
    ]);
    expect(columns.slice(3).every((c) => c.align === 'right')).toBe(true);
    expect(pillarColumns(2026).map((c) => c.title)).toEqual(columns.map((c) => c.title));
    expect(section(content, 'a) Chính quyền số').table?.rows).toEqual([
      ['1', 'Hồ sơ dịch vụ công trực tuyến được hướng dẫn nộp', 'hồ sơ', '600', '57', '139', '23,17'],
      ['2', 'Tài khoản định danh điện tử mức 2 được kích hoạt', 'tài khoản', '1.200', '96', '251', '20,92'],
      ['3', 'Người dân được cấp chữ ký số', 'người', '-', '4', '9', '-'],
    ]);
    expect(section(content, 'b) Kinh tế số').table?.rows).toEqual([
      ['1', 'Tài khoản thanh toán không dùng tiền mặt được mở', 'tài khoản', '400', '31', '77', '19,25'],
      ['2', 'Gian hàng số, tài khoản thương mại điện tử được mở', 'gian hàng', '40', '0', '0', '0'],
    ]);
    expect(section(content, 'c) Xã hội số').table?.rows).toEqual([
      ['1', 'Người cài đặt sổ sức khỏe điện tử', 'người', '900', '64', '190', '21,11'],
      ['2', 'Buổi tuyên truyền được tổ chức', 'buổi', '96', '9', '22', '22,92'],
    ]);
    expect(content.body.filter((s) => s.table !== undefined)).toHaveLength(3);
  });

  it('puts the officer’s texts in II–IV, one paragraph per non-empty line', () => {
    expect(section(content, 'II. KHÓ KHĂN, VƯỚNG MẮC').paragraphs).toEqual([
      'Một số thôn vùng núi sóng di động còn yếu.',
      'Người cao tuổi chưa có điện thoại thông minh.',
    ]);
    expect(section(content, 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI').paragraphs).toEqual([
      'Tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến.',
      'Đôn đốc Tổ thôn Vĩnh An triển khai hoạt động.',
    ]);
  });
});

describe('the "Biểu số liệu" appendix', () => {
  const content = composeReport(input());
  const appendix = content.appendices[0] as TableAppendix;

  it('is one appendix with the period in its title and a reference to the report', () => {
    expect(content.appendices).toHaveLength(1);
    expect(appendix.label).toBe('Phụ lục');
    expect(appendix.title).toBe(
      'BIỂU SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG CỦA CÁC TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN, TỔ DÂN PHỐ THÁNG 3 NĂM 2026',
    );
    expect(appendix.reference).toBe(
      '(Kèm theo Báo cáo số 05/BC-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân xã Đông Sơn)',
    );
  });

  it('has a column per count and per indicator with a village result, landscape for its 12 columns', () => {
    expect(appendix.table.columns.map((c) => c.title)).toEqual([
      ...BIEU_FIXED_TITLES,
      ...BIEU_INDICATOR_TITLES,
    ]);
    expect(appendix.table.columns.slice(2).every((c) => c.align === 'right')).toBe(true);
    expect(appendix.landscape).toBe(true);
  });

  it('has one row per village team and a total row that adds them up', () => {
    expect(appendix.table.rows).toEqual([
      ['1', 'Thôn An Hải', '9', '10', '512', '260', '8', '30', '50', '0', '30', '4'],
      ['2', 'Thôn Tân Phú', '8', '9', '402', '203', '7', '27', '46', '31', '0', '4'],
      ['3', 'Thôn Vĩnh An', '7', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(appendix.table.total).toEqual([
      '',
      'Tổng cộng',
      '24',
      '19',
      '914',
      '463',
      '15',
      '57',
      '96',
      '31',
      '30',
      '8',
    ]);
  });

  it('adds the 40 rows of a large commune up to the totals worked out by hand', () => {
    const figures = manyVillagesFigures(40);
    const big = composeReport(input({ figures })).appendices[0] as TableAppendix;
    expect(big.table.rows).toHaveLength(40);
    expect(big.table.rows.map((r) => r[1])).toEqual(figures.villages.map((v) => v.villageName));
    // Members: 40 × 5 + 8 × (0+1+2+3+4) = 280; activities: 5 × (0+…+6) + (0+…+4) = 115; people
    // Σ (i mod 7)(17 + i mod 11) = 2 489; households Σ (i mod 7)(9 + i mod 5) = 1 275; trained
    // 10 × (0+1+2+3) = 60; each indicator Σ ((i+1)(k+3) mod 23) over the rows with activities.
    expect(big.table.total).toEqual([
      '',
      'Tổng cộng',
      '280',
      '115',
      '2.489',
      '1.275',
      '60',
      '356',
      '398',
      '371',
      '367',
      '363',
    ]);
  });

  it('notes under the Biểu that its total leaves out the commune team, which section I counts', () => {
    expect(appendix.note).toBe(
      'Ghi chú: Biểu chỉ gồm các Tổ ở thôn, tổ dân phố, không gồm Tổ cấp xã; số liệu toàn xã (cả Tổ cấp xã) xem tại mục I của Báo cáo.',
    );
  });

  it('continues in the same appendix, under "Biểu số liệu (tiếp theo)", when more indicators have results than a page can hold', () => {
    const figures = monthFigures();
    const codes = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    const wide: ReportFigures = {
      ...figures,
      indicators: codes.map((code, i) => ({
        code,
        name: `Chỉ tiêu thử ${i + 1}`,
        unit: 'người',
        pillar: 'digital_society',
        target: null,
        result: i + 1,
        cumulative: i + 1,
        percent: null,
      })),
      villages: figures.villages.map((v) => ({
        ...v,
        results: Object.fromEntries(codes.map((c, i) => [c, i + 1])),
      })),
    };
    const appendices = composeReport(input({ figures: wide })).appendices as TableAppendix[];
    expect(appendices).toHaveLength(1);
    const [only] = appendices;
    expect(only?.label).toBe('Phụ lục');
    expect(only?.title).toBe(
      'BIỂU SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG CỦA CÁC TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN, TỔ DÂN PHỐ THÁNG 3 NĂM 2026',
    );
    expect(only?.table.columns).toHaveLength(2 + 5 + 6);
    expect(only?.landscape).toBe(true);
    expect(only?.continued).toHaveLength(1);
    const [second] = only?.continued ?? [];
    expect(second?.caption).toBe('Biểu số liệu (tiếp theo)');
    expect(second?.table.columns.map((c) => c.title)).toEqual([
      'STT',
      'Thôn, tổ dân phố',
      'Chỉ tiêu thử 7 (người)',
      'Chỉ tiêu thử 8 (người)',
    ]);
    expect(second?.table.total).toEqual(['', 'Tổng cộng', '21', '24']);
  });

  it('has no appendix, nor a sentence pointing to one, without village teams', () => {
    const c = composeReport(input({ figures: { ...monthFigures(), villages: [] } }));
    expect(c.appendices).toEqual([]);
    expect(JSON.stringify(c.body)).not.toContain('Biểu số liệu');
  });
});

describe('what the figures leave open or at zero', () => {
  it('marks an unfinished period’s figures as not final, as the workbook does', () => {
    const figures = monthFigures();
    figures.period.closed = false;
    expect(composeReport(input({ figures })).periodNote).toBe(
      'Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026. (Số liệu chưa chốt.)',
    );
  });

  it('prints a percent rounded as the figures round it: 57 of 800 is 7,13', () => {
    const figures = figures57of800();
    expect(figures.pillars[0]?.indicators[0]?.percent).toBe(7.13);
    expect(section(composeReport(input({ figures })), 'a) Chính quyền số').table?.rows).toEqual([
      ['1', 'Tài khoản định danh', 'tài khoản', '800', '57', '57', '7,13'],
    ]);
  });

  it('leaves a zero part out of a sentence and writes hours without a leading zero', () => {
    const figures = monthFigures();
    figures.reached = { people: 120, households: 0 };
    figures.trainings = { sessions: 1, hours: 3, attendances: 0, trainedMembers: 0 };
    figures.members = { ...figures.members, commune: 0, total: 24 };
    const c = composeReport(input({ figures }));
    expect(section(c, '1. Tổ Công nghệ số cộng đồng và thành viên').paragraphs[0]).toBe(
      'Toàn xã hiện có 01 Tổ Công nghệ số cộng đồng cấp xã và 03 Tổ cấp thôn, tổ dân phố với 24 thành viên; tổng số 24 thành viên.',
    );
    expect(section(c, '2. Công tác tuyên truyền, hướng dẫn, hỗ trợ người dân').paragraphs[0]).toBe(
      'Trong tháng, các Tổ Công nghệ số cộng đồng đã thực hiện 23 hoạt động, gồm: 09 buổi tuyên truyền, 08 buổi hướng dẫn, 04 lượt hỗ trợ trực tiếp, 01 buổi tập huấn và 01 cuộc họp; qua đó đã tuyên truyền, hướng dẫn, hỗ trợ cho 120 lượt người dân.',
    );
    expect(section(c, '4. Công tác tập huấn, bồi dưỡng').paragraphs).toEqual([
      'Trong tháng, thành viên các Tổ đã tham gia 01 lớp tập huấn, bồi dưỡng với tổng thời lượng 3 giờ.',
    ]);
  });
});

describe('the officer’s text sections', () => {
  it('refuses an empty section and names it', () => {
    const error = refusal({ ...texts, proposals: '  \n \n' });
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'Chưa nhập nội dung mục "III. ĐỀ XUẤT, KIẾN NGHỊ" của báo cáo. Hãy nhập ít nhất một đoạn cho mục này rồi lập lại báo cáo.',
    );
    expect(error.details?.fields).toEqual([
      { path: 'proposals', message: 'Chưa nhập nội dung mục "III. ĐỀ XUẤT, KIẾN NGHỊ".' },
    ]);
  });

  it('names every empty section at once', () => {
    const error = refusal({ difficulties: '', proposals: 'Đề nghị hỗ trợ.', nextTasks: '\t' });
    expect(error.message).toBe(
      'Chưa nhập nội dung các mục "II. KHÓ KHĂN, VƯỚNG MẮC", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI" của báo cáo. Hãy nhập ít nhất một đoạn cho mỗi mục rồi lập lại báo cáo.',
    );
    expect(error.details?.fields?.map((f) => f.path)).toEqual(['difficulties', 'nextTasks']);
  });

  it('refuses a paragraph too long for a document, with the empty section named first', () => {
    // 201 × "Sóng yếu. " trimmed: 2 009 characters on one line, over the 2 000 of a paragraph.
    const error = refusal({ ...texts, difficulties: 'Sóng yếu. '.repeat(201), nextTasks: '' });
    expect(error.message).toBe(
      'Chưa nhập nội dung mục "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI" của báo cáo. Hãy nhập ít nhất một đoạn cho mục này rồi lập lại báo cáo. Mục "II. KHÓ KHĂN, VƯỚNG MẮC": có đoạn dài quá 2000 ký tự, hãy xuống dòng để tách thành nhiều đoạn.',
    );
    expect(error.details?.fields?.map((f) => f.path)).toEqual(['difficulties', 'nextTasks']);
  });
});
