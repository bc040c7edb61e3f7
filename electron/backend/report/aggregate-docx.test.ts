/**
 * The receiving unit's aggregated report read back from its .docx: two real communes (the
 * hand-counted small one and the demo, each computed by the figures module on its own database)
 * and one that sent nothing, added up by combineFigures. The header under the supervising body,
 * the unit's symbol, the title, "Kính gửi", the sentences over the totals, the pillar tables with
 * the summed targets and recomputed percentages, the table of communes with its total row and the
 * silent commune's "Chưa gửi", the signature.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import type { AggregateFigures, ReportFigures } from '../../../shared/contract/report-types';
import type { TableAppendix } from '../../../shared/documents/content';
import { parsePeriod } from '../../../shared/domain/periods';
import { formatCount, formatCountInText } from '../../../shared/vi/numbers';
import {
  aggregateHeader,
  aggregateTexts,
  communeCounts,
  communeSources,
  COMMUNES_FIXED_TITLES,
  threeCommunes,
  UNIT,
  type CommuneSources,
} from '../../../test-support/aggregate-fixture';
import {
  borderedTables,
  type BuiltDocx,
  child,
  children,
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
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from '../documents/docx/units';
import { combineFigures } from './aggregate';
import { aggregateReportSummary, buildAggregateReport, composeAggregateReport } from './aggregate-content';
import { percentCell } from './report-tables';

const when = { number: 12, date: '2026-03-18', year: 2026 };
let sources: CommuneSources;
let figures: AggregateFigures;
let built: BuiltDocx;

beforeAll(async () => {
  sources = await communeSources();
  figures = threeCommunes(sources);
  built = readBuilt(
    await buildAggregateReport({ figures, header: aggregateHeader, texts: aggregateTexts, when }),
  );
}, 60_000);

const both = (pick: (f: ReportFigures) => number): number => pick(sources.small) + pick(sources.demo);

describe('header and title', () => {
  it('prints the supervising body upright above the unit in bold, the unit broken evenly, and the number', () => {
    const left = tableCells(built.tables[0] as XmlElement)[0]?.[0] ?? [];
    const lines = left.map((p) => built.sheet.paragraph(p)).filter((p) => p.text !== '');
    expect(lines.map((p) => p.text)).toEqual(['UBND TỈNH QUẢNG NGÃI', 'SỞ KHOA HỌC', 'VÀ CÔNG NGHỆ']);
    runsAre(lines[0] as ParagraphInfo, { size: 26, bold: false, italic: false });
    for (const p of lines.slice(1)) runsAre(p, { size: 26, bold: true, italic: false });
    runsAre(built.paragraph('Số: 12/BC-SKHCN'), { size: 26, bold: false, italic: false });
    runsAre(built.paragraph('Quảng Ngãi, ngày 18 tháng 3 năm 2026'), { size: 26, bold: false, italic: true });
  });

  it('titles the report over the area, with the period line and "Kính gửi" one per line', () => {
    const main = (built.sections[0]?.blocks ?? [])
      .filter((b) => b.name === 'w:p')
      .map((p) => built.sheet.paragraph(p));
    const i = main.findIndex((p) => p.text === 'BÁO CÁO');
    const [type, summary, , period, to1, to2] = main.slice(i, i + 6) as ParagraphInfo[];
    runsAre(type as ParagraphInfo, { size: 28, bold: true, italic: false });
    expect(summary?.text.replace(' \n', ' ')).toBe(
      'Kết quả hoạt động của Tổ Công nghệ số cộng đồng trên địa bàn tỉnh Quảng Ngãi tháng 3 năm 2026',
    );
    expect(period?.text).toBe('Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.');
    expect([to1?.text, to2?.text]).toEqual([
      'Kính gửi:\t- Bộ Khoa học và Công nghệ;',
      '- Ủy ban nhân dân tỉnh Quảng Ngãi.',
    ]);
  });

  it('names the period as the commune report does: month, quarter, half year, nine months, year', () => {
    const titles = ['2026-03', '2026-Q1', '2026-H1', '2026-9M', '2026'].map((code) => {
      const parsed = parsePeriod(code);
      if (!parsed.ok) throw new Error(parsed.message);
      return aggregateReportSummary(parsed.period, 'tỉnh Quảng Ngãi').replace(
        'Kết quả hoạt động của Tổ Công nghệ số cộng đồng trên địa bàn tỉnh Quảng Ngãi ',
        '',
      );
    });
    expect(titles).toEqual([
      'tháng 3 năm 2026',
      'quý I năm 2026',
      '6 tháng đầu năm 2026',
      '9 tháng năm 2026',
      'năm 2026',
    ]);
  });
});

describe('section I over the received communes', () => {
  it('says how many communes sent their data and names the one that did not', () => {
    expect(built.paragraph(/^Có 02\/03 xã, phường/u).text).toBe(
      'Có 02/03 xã, phường đã gửi số liệu tháng 3 năm 2026; còn 01 xã, phường chưa gửi: phường Bình Minh.',
    );
    expect(built.paragraph(/^Sở Khoa học và Công nghệ tỉnh Quảng Ngãi báo cáo/u).text).toBe(
      'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi báo cáo kết quả hoạt động của Tổ Công nghệ số cộng đồng trên địa bàn tỉnh Quảng Ngãi tháng 3 năm 2026 như sau:',
    );
  });

  it('writes the teams, activities, reach and trainings over the two communes’ sums', () => {
    const c = formatCountInText;
    // The small commune was counted by hand: 4 activities, 115 people, 52 households.
    expect(sources.small.activities.total).toBe(4);
    expect(figures.activities.total).toBe(4 + sources.demo.activities.total);
    expect(built.paragraph(/^Tại 02\/03 xã, phường đã gửi số liệu, hiện có/u).text).toBe(
      `Tại 02/03 xã, phường đã gửi số liệu, hiện có ${c(both((f) => f.teams.commune))} Tổ Công nghệ số cộng đồng cấp xã với ${c(both((f) => f.members.commune))} thành viên và ${c(both((f) => f.teams.village))} Tổ cấp thôn, tổ dân phố với ${c(both((f) => f.members.village))} thành viên; tổng số ${c(both((f) => f.members.total))} thành viên.`,
    );
    const activities = built.paragraph(/đã thực hiện \S+ hoạt động/u).text;
    expect(activities).toContain(`đã thực hiện ${c(both((f) => f.activities.total))} hoạt động`);
    expect(activities).toContain(
      `hỗ trợ cho ${formatCount(115 + sources.demo.reached.people)} lượt người dân và ${formatCount(52 + sources.demo.reached.households)} lượt hộ gia đình.`,
    );
    const trainings = built.paragraph(/lớp tập huấn, bồi dưỡng/u).text;
    expect(trainings).toContain(`đã tham gia ${c(both((f) => f.trainings.sessions))} lớp tập huấn`);
    expect(trainings).toContain(`có ${c(both((f) => f.trainings.trainedMembers))} thành viên được tập huấn`);
    expect(
      built.paragraph('Kết quả của từng xã, phường chi tiết tại Biểu tổng hợp kèm theo Báo cáo này.'),
    ).toBeDefined();
  });

  it('draws a table per pillar with the summed targets, results and the percentage from the sums', () => {
    const tables = borderedTables(built);
    expect(tables).toHaveLength(figures.pillars.length + 3);
    figures.pillars.forEach((pillar, p) => {
      const table = tables[p] as XmlElement;
      expect(gridColumns(table).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      const rows = tableTexts(built, table).slice(1);
      expect(rows).toHaveLength(pillar.indicators.length);
      pillar.indicators.forEach((line, i) => {
        const parts = [sources.small, sources.demo].flatMap((f) =>
          f.indicators.filter((l) => l.code === line.code),
        );
        const targets = parts.flatMap((l) => (l.target === null ? [] : [l.target]));
        const target = targets.length === 0 ? null : targets.reduce((a, b) => a + b, 0);
        const cumulative = parts.reduce((a, l) => a + l.cumulative, 0);
        expect(rows[i], line.name).toEqual([
          String(i + 1),
          line.name,
          line.unit,
          target === null ? '-' : formatCount(target),
          formatCount(parts.reduce((a, l) => a + l.result, 0)),
          formatCount(cumulative),
          percentCell(target === null ? null : Math.round((cumulative / target) * 10_000) / 100),
        ]);
      });
    });
    // At least one indicator is shared by the two communes, so a sum is really checked.
    const shared = figures.indicators.filter(
      (l) =>
        sources.small.indicators.some((s) => s.code === l.code && s.target !== null) &&
        sources.demo.indicators.some((d) => d.code === l.code && d.target !== null),
    );
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('sections II–IV, recipients and signature', () => {
  it('prints the officer’s texts, the last ending "./."', () => {
    expect(built.paragraph('Một số xã, phường gửi số liệu chậm so với thời hạn.')).toBeDefined();
    expect(built.paragraphs.filter((p) => p.text.endsWith('./.')).map((p) => p.text)).toEqual([
      'Tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến./.',
    ]);
  });

  it('signs KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC and the name, and lists the recipients', () => {
    for (const text of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Văn Hùng']) {
      const p = built.paragraph(text);
      runsAre(p, { size: 28, bold: true, italic: false });
      expect(p.align).toBe('center');
    }
    runsAre(built.paragraph('Nơi nhận:'), { size: 24, bold: true, italic: true });
    for (const text of ['- Như trên;', '- Giám đốc, các Phó Giám đốc Sở;', '- Lưu: VT, CĐS.']) {
      runsAre(built.paragraph(text), { size: 22, bold: false, italic: false });
    }
  });

  it('refuses an empty section with the commune report’s message, naming it', () => {
    const compose = () =>
      composeAggregateReport({
        figures,
        header: aggregateHeader,
        texts: { ...aggregateTexts, proposals: ' ' },
        when,
      });
    expect(compose).toThrow(AppError);
    expect(compose).toThrow('Chưa nhập nội dung mục "III. ĐỀ XUẤT, KIẾN NGHỊ" của báo cáo.');
  });
});

describe('the table of communes', () => {
  it('opens a landscape section with "Phụ lục", its title and the reference to the report', () => {
    const size = child(built.sections[1]?.sectPr, 'w:pgSz');
    expect([num(size, 'w:w'), num(size, 'w:h'), val(size, 'w:orient')]).toEqual([16838, 11906, 'landscape']);
    const [label, title, reference] = (built.sections[1]?.blocks ?? []).map((b) =>
      b.name === 'w:p' ? built.sheet.paragraph(b) : null,
    );
    expect(label?.text).toBe('Phụ lục');
    expect(title?.text.replace(/ \n/gu, ' ')).toBe('BIỂU TỔNG HỢP KẾT QUẢ THEO XÃ, PHƯỜNG THÁNG 3 NĂM 2026');
    expect(reference?.text.replace(/ \n/gu, ' ')).toBe(
      '(Kèm theo Báo cáo số 12/BC-SKHCN ngày 18 tháng 3 năm 2026 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi)',
    );
  });

  it('has a row per commune with its own figures, "Chưa gửi" and dashes for the silent one, and the total', () => {
    const tables = borderedTables(built).slice(figures.pillars.length);
    const appendix = composeAggregateReport({ figures, header: aggregateHeader, texts: aggregateTexts, when })
      .appendices[0] as TableAppendix;
    const first = tableTexts(built, tables[0] as XmlElement);
    expect(first[0]?.slice(0, 8)).toEqual([...COMMUNES_FIXED_TITLES]);
    const counts = (f: ReportFigures): string[] => communeCounts(f).map(formatCount);
    expect(first[1]?.slice(0, 4)).toEqual(['1', 'Phường Bình Minh', 'Chưa gửi', '-']);
    expect(new Set(first[1]?.slice(3))).toEqual(new Set(['-']));
    expect(first[2]?.slice(0, 8)).toEqual(['2', 'Xã An Bình', ...counts(sources.demo)]);
    expect(first[3]?.slice(0, 8)).toEqual(['3', 'Xã Đông Sơn', ...counts(sources.small)]);
    // Counted by hand (report-data.ts): 4 activities, 115 people, 52 households.
    expect(first[3]?.slice(4, 7)).toEqual(['4', '115', '52']);
    const total = communeCounts(figures).map(formatCount);
    expect(first.at(-1)?.slice(0, 8)).toEqual(['', 'Tổng cộng', ...total]);

    // Every indicator with a result has a column in one of the tables, its total the aggregate's result.
    const columns = tables.flatMap((t) => {
      const rows = tableTexts(built, t);
      return (rows[0] ?? []).map((title, k) => ({ title, total: rows.at(-1)?.[k], silent: rows[1]?.[k] }));
    });
    for (const line of figures.indicators.filter((l) => l.result > 0)) {
      const column = columns.find((c) => c.title === `${line.name} (${line.unit})`);
      expect(column, line.name).toBeDefined();
      expect(column?.total, line.name).toBe(formatCount(line.result));
      expect(['-', 'Chưa gửi']).toContain(column?.silent);
    }
    // The further tables are the appendix's, each under its caption; all within the landscape width.
    expect(tables).toHaveLength(1 + (appendix.continued?.length ?? 0));
    expect(
      built.paragraphs.filter((p) => p.text === 'Biểu tổng hợp kết quả theo xã, phường (tiếp theo)'),
    ).toHaveLength(appendix.continued?.length ?? 0);
    for (const t of tables) {
      expect(gridColumns(t).reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
      expect(child(child(children(t, 'w:tr')[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
    }
    expect(built.paragraph(/^Ghi chú: Dòng Tổng cộng/u).text).toBe(
      'Ghi chú: Dòng Tổng cộng chỉ gồm các xã, phường đã gửi số liệu; Phường Bình Minh chưa gửi số liệu của kỳ này ("Chưa gửi").',
    );
  });
});

describe('every commune, or none, sent its data', () => {
  const paragraphs = (f: AggregateFigures): string[] =>
    composeAggregateReport({ figures: f, header: aggregateHeader, texts: aggregateTexts, when }).body.flatMap(
      (s) => s.paragraphs,
    );

  it('with all communes received, speaks of the whole area and adds no note under the table', () => {
    const all = combineFigures({ name: UNIT.name, communeCodes: ['21109', '21100'] }, sources.small.period, [
      { code: '21109', name: 'Xã Đông Sơn', figures: sources.small },
      { code: '21100', name: 'Xã An Bình', figures: sources.demo },
    ]);
    const body = paragraphs(all);
    expect(body).toContain('Có 02/02 xã, phường đã gửi số liệu tháng 3 năm 2026.');
    expect(body.some((p) => p.startsWith('Trên địa bàn tỉnh Quảng Ngãi hiện có '))).toBe(true);
    expect(body.some((p) => p.includes('chưa gửi:') || p.startsWith('Số liệu tại Báo cáo này'))).toBe(false);
    const content = composeAggregateReport({
      figures: all,
      header: aggregateHeader,
      texts: aggregateTexts,
      when,
    });
    const appendix = content.appendices[0] as TableAppendix;
    expect(appendix.note).toBeUndefined();
    expect(appendix.table.rows.map((r) => r[1])).toEqual(['Xã An Bình', 'Xã Đông Sơn']);
  });

  it('with nothing received, says so, counts no team, and prints every commune as not sent', () => {
    const none = combineFigures({ name: UNIT.name, communeCodes: ['21109', '21112'] }, sources.small.period, [
      { code: '21109', name: 'Xã Đông Sơn', figures: null },
      { code: '21112', name: 'Phường Bình Minh', figures: null },
    ]);
    const body = paragraphs(none);
    expect(body).toContain(
      'Chưa có xã, phường nào gửi số liệu tháng 3 năm 2026 (00/02): phường Bình Minh, xã Đông Sơn.',
    );
    expect(body).toContain(
      'Tại 00/02 xã, phường đã gửi số liệu, chưa có Tổ Công nghệ số cộng đồng nào đang hoạt động.',
    );
    const content = composeAggregateReport({
      figures: none,
      header: aggregateHeader,
      texts: aggregateTexts,
      when,
    });
    const appendix = content.appendices[0] as TableAppendix;
    expect(appendix.table.rows).toEqual([
      ['1', 'Phường Bình Minh', 'Chưa gửi', '-', '-', '-', '-', '-'],
      ['2', 'Xã Đông Sơn', 'Chưa gửi', '-', '-', '-', '-', '-'],
    ]);
    expect(appendix.table.total).toEqual(['', 'Tổng cộng', '0', '0', '0', '0', '0', '0']);
  });
});
