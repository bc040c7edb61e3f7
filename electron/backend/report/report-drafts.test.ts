/**
 * A periodic report in the outgoing register, through the contract on a real database (the small
 * commune of report-data.ts, March 2026 counted by hand): the draft with its sections, signer and
 * "Kính gửi"; the copy for signing composed from the live figures; issuing freezes the content and
 * the figures, so the .docx and the .xlsx stay the same when activities are added later; one
 * report per period; last period's sections offered; the scan and cancelling as for a decision.
 */
import fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportListItem, ReportMade, ReportFigures } from '../../../shared/contract/report-types';
import type { DocumentDetail, DocumentSummary, FileDownload } from '../../../shared/contract/types';
import { readBuilt } from '../../../test-support/docx';
import { reportData, type ReportData } from '../../../test-support/report-data';
import { loadWorkbook } from '../../../test-support/report-workbook';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import type { Backend } from '../backend';

let backend: Backend & { dir: string };
let d: ReportData;
const { call, refused } = contractCaller(() => backend);

const march = {
  difficulties: 'Sóng di động ở thôn vùng núi còn yếu.\nMột số người cao tuổi chưa có điện thoại thông minh.',
  proposals: 'Đề nghị Sở hỗ trợ tài liệu hướng dẫn kỹ năng số.',
  nextTasks: 'Tiếp tục hướng dẫn người dân kích hoạt VNeID mức 2.',
};

beforeEach(async () => {
  backend = await tempBackend();
  d = await reportData(backend);
});

async function docxText(id: string): Promise<string[]> {
  const file = await call<FileDownload>('renderDocument', { id, format: 'docx' });
  return readBuilt(Buffer.from(file.base64, 'base64')).paragraphs.map((p) => p.text);
}

/** Every cell of every sheet, as values (formulas by their cached result). */
async function workbookValues(id: string): Promise<unknown[]> {
  const file = await call<FileDownload>('reportWorkbook', { id });
  const workbook = await loadWorkbook(Buffer.from(file.base64, 'base64'));
  const values: unknown[] = [];
  workbook.eachSheet((sheet: ExcelJS.Worksheet) => {
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const v = cell.value;
        values.push([sheet.name, r, c, typeof v === 'object' && v !== null && 'result' in v ? v.result : v]);
      });
    });
  });
  return values;
}

describe('a report draft', () => {
  it('keeps the sections, the Chairman and the receiving level, and returns the live figures with their warnings', async () => {
    const made = await call<ReportMade>('createReport', { period: '2026-03', texts: march });
    const figures = await call<ReportFigures>('getReportData', { period: '2026-03' });
    expect(made.figures).toEqual(figures);
    expect(made.figures.warnings.map((w) => w.code)).toContain('after_cutoff');
    expect(made.document).toMatchObject({
      kind: 'report',
      status: 'draft',
      symbol: 'BC-UBND',
      number: null,
      summary: 'Kết quả hoạt động của Tổ Công nghệ số cộng đồng tháng 3 năm 2026',
      signerName: 'Trần Văn Thành',
      texts: null,
    });
    expect(made.document.report).toEqual({
      period: '2026-03',
      periodLabel: 'Tháng 3/2026',
      sections: march,
      signer: { mode: 'chairman', name: 'Trần Văn Thành' },
      addressees: ['Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'],
      figures: null,
    });

    const text = await docxText(made.document.id);
    expect(text.find((t) => t.startsWith('Số:'))).toMatch(/^Số: +\/BC-UBND$/u);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kính gửi: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi.');
    expect(text).toContain('Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.');
    expect(text).toContain('Một số người cao tuổi chưa có điện thoại thông minh.');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('CHỦ TỊCH');
  });

  it('signs KT. CHỦ TỊCH for a Vice-Chairman named, and refuses one the profile does not have', async () => {
    const error = await refused('createReport', {
      period: '2026-03',
      texts: march,
      signer: { mode: 'vice_chairman' },
    });
    expect(error.code).toBe('validation');
    expect(error.message).toContain('chưa có Phó Chủ tịch');
    expect(await call<ReportListItem[]>('listReports')).toEqual([]);

    const made = await call<ReportMade>('createReport', {
      period: '2026-03',
      texts: march,
      signer: { mode: 'vice_chairman', name: 'Lê Thị Hoa' },
      addressees: ['Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', 'Ban Chỉ đạo chuyển đổi số tỉnh'],
    });
    const text = await docxText(made.document.id);
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).toContain('PHÓ CHỦ TỊCH');
    expect(text).toContain('Lê Thị Hoa');
    expect(text).toContain('Kính gửi:\t- Sở Khoa học và Công nghệ tỉnh Quảng Ngãi;');
    expect(text).toContain('- Ban Chỉ đạo chuyển đổi số tỉnh.');
  });

  it('takes new sections until issued; an empty section is refused and nothing changes', async () => {
    const { document } = await call<ReportMade>('createReport', { period: '2026-03', texts: march });
    await call('markDocumentPrinted', { id: document.id });
    const changed = await call<ReportMade>('updateReport', {
      id: document.id,
      texts: { ...march, proposals: 'Đề nghị cấp thêm máy tính bảng cho các Tổ thôn.' },
    });
    expect(changed.document.status).toBe('draft');
    expect(changed.document.report?.sections.proposals).toBe(
      'Đề nghị cấp thêm máy tính bảng cho các Tổ thôn.',
    );
    expect(changed.document.report?.signer.name).toBe('Trần Văn Thành');

    const error = await refused('updateReport', { id: document.id, texts: { ...march, nextTasks: ' \n ' } });
    expect(error.code).toBe('validation');
    expect(error.message).toContain('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI');
    const after = await call<DocumentDetail>('getDocument', { id: document.id });
    expect(after.report?.sections.nextTasks).toBe(march.nextTasks);
    const cancel = await refused('cancelDocument', { id: document.id });
    expect(cancel.message).toContain('chưa có số nên không có gì trong sổ để hủy');
    expect((await call<DocumentDetail>('getDocument', { id: document.id })).status).toBe('draft');
  });

  it('is one per period: a second is refused, naming the first', async () => {
    const { document } = await call<ReportMade>('createReport', { period: '2026-03', texts: march });
    const error = await refused('createReport', { period: '2026-03', texts: march });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Tháng 3/2026 đang có dự thảo báo cáo. Hãy mở dự thảo đó để sửa tiếp.');
    expect(error.details).toMatchObject({ documentId: document.id });
    await call('issueDocument', { id: document.id, number: 7, date: '2026-03-16' });
    const again = await refused('createReport', { period: '2026-03', texts: march });
    expect(again.message).toContain('đã có Báo cáo số 07/BC-UBND');
    await call('cancelDocument', { id: document.id });
    const second = await call<ReportMade>('createReport', { period: '2026-03', texts: march });
    expect(second.document.status).toBe('draft');
  });

  it('refuses a decision template on a report', async () => {
    const { document } = await call<ReportMade>('createReport', { period: '2026-03', texts: march });
    const decision = await call<DocumentDetail>('createDecision', {
      kind: 'reorganization',
      teamIds: [d.teams.C.id],
    });
    const error = await refused('updateDocumentTexts', { id: document.id, texts: decision.texts });
    expect(error.code).toBe('validation');
    expect((await call<DocumentDetail>('getDocument', { id: document.id })).report?.sections).toEqual(march);
  });
});

describe('an issued report', () => {
  it('keeps its content and its figures: the .docx and the .xlsx do not move when activities are added', async () => {
    const { document } = await call<ReportMade>('createReport', { period: '2026-03', texts: march });
    const issued = await call<DocumentDetail>('issueDocument', {
      id: document.id,
      number: 15,
      date: '2026-03-16',
    });
    expect(issued).toMatchObject({
      status: 'issued',
      number: 15,
      numberText: '15/BC-UBND',
      date: '2026-03-16',
    });
    const frozen = await call<ReportFigures>('getReportData', { period: '2026-03' });
    expect(issued.report?.figures?.indicators).toEqual(frozen.indicators);
    expect(issued.report?.figures?.activities).toEqual(frozen.activities);

    const docxBefore = await docxText(document.id);
    const xlsxBefore = await workbookValues(document.id);
    expect(docxBefore).toContain('Số: 15/BC-UBND');
    expect(
      xlsxBefore.some((v) => String((v as unknown[])[3]).includes('Kèm theo Báo cáo số 15/BC-UBND')),
    ).toBe(true);

    await call('addActivity', {
      teamId: d.teams.A.id,
      date: '2026-03-10',
      kind: 'guidance',
      platforms: ['vneid'],
      peopleReached: 40,
      householdsReached: 20,
      results: [{ indicator: 'vneid_activated', value: 25 }],
    });
    const live = await call<ReportFigures>('getReportData', { period: '2026-03' });
    expect(live.activities.total).toBe(frozen.activities.total + 1);

    expect(await docxText(document.id)).toEqual(docxBefore);
    expect(await workbookValues(document.id)).toEqual(xlsxBefore);
    const error = await refused('updateReport', { id: document.id, texts: march });
    expect(error.code).toBe('conflict');
  });

  it('is numbered in the one series of the register, takes its scan and can be cancelled', async () => {
    const { document } = await call<ReportMade>('createReport', { period: '2026-03', texts: march });
    const issued = await call<DocumentDetail>('issueDocument', { id: document.id, date: '2026-03-16' });
    // The two re-organisation decisions of report-data.ts took 1 and 2.
    expect(issued.number).toBe(3);
    const register = await call<DocumentSummary[]>('listRegister', { year: 2026 });
    expect(register.map((r) => [r.numberText, r.kindLabel])).toContainEqual([
      '03/BC-UBND',
      expect.any(String),
    ]);

    const pdf = Buffer.from('%PDF-1.4 bản quét');
    const signed = await call<DocumentDetail>('attachScan', {
      id: document.id,
      fileName: 'bao-cao.pdf',
      base64: pdf.toString('base64'),
    });
    expect(signed.status).toBe('signed');
    expect(signed.hasScan).toBe(true);
    expect(fs.existsSync(`${backend.dir}/scans/${document.id}.pdf`)).toBe(true);
    const cancelled = await call<DocumentDetail>('cancelDocument', { id: document.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', number: 3 });
  });
});

describe('a report made and issued in one request', () => {
  it('issues at once, and a refusal (a number taken) leaves no draft and takes no number', async () => {
    const error = await refused('createReport', {
      period: '2026-03',
      texts: march,
      issue: { number: 1, date: '2026-03-16' },
    });
    expect(error.code).toBe('conflict');
    expect(await call<ReportListItem[]>('listReports')).toEqual([]);

    const made = await call<ReportMade>('createReport', {
      period: '2026-03',
      texts: march,
      issue: { number: 9, date: '2026-03-16' },
    });
    expect(made.document).toMatchObject({ status: 'issued', numberText: '09/BC-UBND', date: '2026-03-16' });
    expect(made.document.report?.figures?.period.code).toBe('2026-03');
  });

  it('rewrites the period’s draft when asked to replace it, keeping one report for the period', async () => {
    const first = await call<ReportMade>('createReport', { period: '2026-03', texts: march });
    const newer = { ...march, difficulties: 'Thiếu thiết bị ở hai thôn.' };
    const again = await call<ReportMade>('createReport', {
      period: '2026-03',
      texts: newer,
      replaceDraft: true,
      issue: { number: null, date: '2026-03-17' },
    });
    expect(again.document.id).toBe(first.document.id);
    expect(again.document).toMatchObject({ status: 'issued', number: 3 });
    expect(again.document.report?.sections.difficulties).toBe('Thiếu thiết bị ở hai thôn.');
    expect(await call<ReportListItem[]>('listReports')).toHaveLength(1);
  });
});

describe('last period’s sections and the reports by period', () => {
  it('offers the sections of the report whose period ends last before this one, none before the first', async () => {
    expect(await call('lastReportTexts', { period: '2026-03' })).toBeNull();
    const first = await call<ReportMade>('createReport', { period: '2026-02', texts: march });
    await call('issueDocument', { id: first.document.id, date: '2026-02-16' });
    const q1 = { ...march, nextTasks: 'Tổng kết quý I.' };
    await call<ReportMade>('createReport', { period: '2026-Q1', texts: q1 });
    expect(await call('lastReportTexts', { period: '2026-03' })).toEqual(march);
    expect(await call('lastReportTexts', { period: '2026-04' })).toEqual(q1);
    expect(await call('lastReportTexts', { period: '2026-02' })).toBeNull();

    const list = await call<ReportListItem[]>('listReports');
    expect(list.map((r) => [r.period, r.periodLabel, r.document.status])).toEqual([
      ['2026-Q1', 'Quý I/2026', 'draft'],
      ['2026-02', 'Tháng 2/2026', 'issued'],
    ]);
  });
});
