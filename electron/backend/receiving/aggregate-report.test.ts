/**
 * The aggregated report as an outgoing document of the receiving unit, on real files: communes'
 * bundles imported, the unit's signers set in its profile, the report drafted with a deputy
 * signing, numbered in the unit's register, and its .docx and .xlsx read back from the issued
 * record — unchanged after another commune's bundle arrives.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivedCommune, ReceivingProfile } from '../../../shared/contract/receiving-types';
import type { ReportListItem } from '../../../shared/contract/report-types';
import type { DocumentDetail, FileDownload } from '../../../shared/contract/types';
import { contentHash } from '../../../test-support/content-hash';
import { readBuilt } from '../../../test-support/docx';
import { buildBundle, communeKey } from '../../../test-support/received-bundles';
import { loadWorkbook, sheetNamed } from '../../../test-support/report-workbook';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import type { Backend } from '../backend';
import { COMMUNES_SHEET } from '../report/report-xlsx';
import { applyImport, planImport } from './import-service';

let backend: Backend & { dir: string };
const api = contractCaller(() => backend);
const texts = {
  difficulties: 'Một số xã gửi số liệu chậm.',
  proposals: 'Đề nghị hỗ trợ tài liệu.',
  nextTasks: 'Đôn đốc các xã chưa gửi.',
};
const profileInput = {
  name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  issuerName: 'Sở Khoa học và Công nghệ',
  placeName: 'Quảng Ngãi',
  symbol: 'BC-SKHCN',
  deadlineDay: 10,
  head: { name: 'Nguyễn Văn Sở', title: 'Giám đốc' },
  deputies: [
    { name: 'Lê Văn Hùng', title: 'Phó Giám đốc' },
    { name: 'Phạm Thị Lan', title: 'Phó Giám đốc' },
  ],
};

async function importMarch(codes: readonly string[]): Promise<void> {
  const ctx = { db: backend.ctx.db, databasePath: backend.ctx.databasePath };
  const bundles = codes.map((code, i) =>
    buildBundle({ communeCode: code, period: '2026-03', key: communeKey(), activities: 4 + i }),
  );
  const plan = await planImport(
    ctx,
    bundles.map((bundle) => ({ ok: true as const, bundle })),
  );
  await applyImport(ctx, plan);
}

/** Every row of the workbook's table of communes, as its cells' values. */
async function communeRows(file: FileDownload): Promise<string[]> {
  const rows: string[] = [];
  sheetNamed(await loadWorkbook(Buffer.from(file.base64, 'base64')), COMMUNES_SHEET).eachRow((row) =>
    rows.push(JSON.stringify(row.values)),
  );
  return rows;
}

function paragraphs(file: FileDownload): string[] {
  return readBuilt(Buffer.from(file.base64, 'base64')).paragraphs.map((p) => p.text);
}

beforeEach(async () => {
  backend = await tempBackend();
  await api.call('setupReceivingUnit', {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    communes: [
      { code: '21025', name: 'Xã Thử Một' },
      { code: '21028', name: 'Xã Thử Hai' },
      { code: '21031', name: 'Xã Thử Ba' },
    ],
  });
  await importMarch(['21025', '21028']);
});
afterEach(async () => {
  await backend.close();
});

describe('the unit’s profile in Settings', () => {
  it('keeps the signers, the symbol and the deadline day, and the completeness matrix follows the day', async () => {
    const before = await api.call<{ rows: { cells: { deadline: string }[] }[] }>('getCompleteness', {
      year: 2026,
    });
    expect(before.rows[0]?.cells[2]?.deadline).toBe('2026-04-15');
    const saved = await api.call<ReceivingProfile>('updateReceivingProfile', profileInput);
    expect(saved).toMatchObject({
      symbol: 'BC-SKHCN',
      deadlineDay: 10,
      head: profileInput.head,
      deputies: profileInput.deputies,
      onBehalf: null,
    });
    const after = await api.call<{ deadlineDay: number; rows: { cells: { deadline: string }[] }[] }>(
      'getCompleteness',
      { year: 2026 },
    );
    expect(after.deadlineDay).toBe(10);
    expect(after.rows[0]?.cells[2]?.deadline).toBe('2026-04-10');
  });

  it('refuses a deadline day outside 1–28 or a signer without a name, writing nothing', async () => {
    const file = backend.ctx.databasePath;
    const hash = contentHash(file);
    for (const deadlineDay of [0, 29, 31, 1.5]) {
      const error = await api.refused('updateReceivingProfile', { ...profileInput, deadlineDay });
      expect(error.code).toBe('validation');
      expect(error.message).toMatch(/Hạn gửi phải/u);
    }
    const noName = await api.refused('updateReceivingProfile', {
      ...profileInput,
      head: { name: ' ', title: 'Giám đốc' },
    });
    expect(noName.code).toBe('validation');
    expect(contentHash(file)).toBe(hash);
  });

  it('signs a People’s Committee’s report on its behalf (TM.)', async () => {
    const saved = await api.call<ReceivingProfile>('updateReceivingProfile', {
      ...profileInput,
      name: 'Ủy ban nhân dân huyện Bình Sơn',
      issuerName: 'ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN',
      head: { name: 'Trần Văn Huyện', title: 'Chủ tịch' },
      deputies: [{ name: 'Võ Thị Phó', title: 'Phó Chủ tịch' }],
    });
    expect(saved.onBehalf).toBe('TM. ỦY BAN NHÂN DÂN');
    const draft = await api.call<DocumentDetail>('createAggregateReport', {
      period: '2026-03',
      texts,
      signer: { mode: 'vice_chairman', name: 'Võ Thị Phó' },
    });
    const all = paragraphs(await api.call<FileDownload>('renderDocument', { id: draft.id, format: 'docx' }));
    const at = all.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(at).toBeGreaterThan(0);
    expect(all.slice(at, at + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(all).toContain('Võ Thị Phó');
    // A district's committee reports on its district, to the province's committee.
    expect(draft.summary).toBe(
      'Kết quả hoạt động của Tổ Công nghệ số cộng đồng trên địa bàn huyện Bình Sơn tháng 3 năm 2026',
    );
    expect(all).toContain('Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi.');
  });
});

describe('the aggregated report in the unit’s register', () => {
  beforeEach(async () => {
    await api.call('updateReceivingProfile', profileInput);
  });

  it('is drafted with the deputy chosen, numbered in the unit’s series, and printed from the issued record', async () => {
    const draft = await api.call<DocumentDetail>('createAggregateReport', {
      period: '2026-03',
      texts,
      signer: { mode: 'vice_chairman', name: 'Phạm Thị Lan' },
    });
    expect(draft).toMatchObject({
      kind: 'report',
      status: 'draft',
      numberText: null,
      signerName: 'Phạm Thị Lan',
    });
    expect(draft.summary).toBe(
      'Kết quả hoạt động của Tổ Công nghệ số cộng đồng trên địa bàn tỉnh Quảng Ngãi tháng 3 năm 2026',
    );
    expect(draft.report).toMatchObject({ scope: 'received', periodLabel: 'Tháng 3/2026', figures: null });

    // The copy for signing: a blank number, the deputy signing for the director.
    const copy = paragraphs(await api.call<FileDownload>('renderDocument', { id: draft.id, format: 'docx' }));
    expect(copy.some((t) => /^Số:\s+\/BC-SKHCN$/u.test(t))).toBe(true);

    const issued = await api.call<DocumentDetail>('issueDocument', { id: draft.id, date: '2026-04-20' });
    expect(issued).toMatchObject({ status: 'issued', numberText: '01/BC-SKHCN', date: '2026-04-20' });
    const reports = await api.call<ReportListItem[]>('listReports');
    expect(reports.map((r) => [r.period, r.document.numberText])).toEqual([['2026-03', '01/BC-SKHCN']]);

    const listed = await api.call<ReceivedCommune[]>('listReceivedCommunes');
    const docx = await api.call<FileDownload>('renderDocument', { id: draft.id, format: 'docx' });
    const all = paragraphs(docx);
    for (const line of [
      'UBND TỈNH QUẢNG NGÃI',
      // The issuer in capitals, on the two lines the header's column holds.
      'SỞ KHOA HỌC',
      'VÀ CÔNG NGHỆ',
      'Số: 01/BC-SKHCN',
      'Quảng Ngãi, ngày 20 tháng 4 năm 2026',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Phạm Thị Lan',
      texts.proposals,
      ...listed.map((c) => c.name),
    ]) {
      expect(all, line).toContain(line);
    }
    expect(all.filter((t) => t === 'Chưa gửi')).toHaveLength(1);

    const xlsx = await api.call<FileDownload>('reportWorkbook', { id: draft.id });
    expect(xlsx.fileName).toMatch(/01-bc-skhcn/u);
    const names: string[] = [];
    sheetNamed(await loadWorkbook(Buffer.from(xlsx.base64, 'base64')), COMMUNES_SHEET).eachRow((row) =>
      names.push(String(row.getCell(2).value)),
    );
    expect(names).toEqual(expect.arrayContaining(listed.map((c) => c.name)));

    // The third commune's March arrives after the issue: the issued report does not move.
    await importMarch(['21031']);
    expect(
      paragraphs(await api.call<FileDownload>('renderDocument', { id: draft.id, format: 'docx' })),
    ).toEqual(all);
    const again = await api.call<FileDownload>('reportWorkbook', { id: draft.id });
    expect(await communeRows(again)).toEqual(await communeRows(xlsx));
    // …while the live aggregate has the third commune now.
    const live = await api.call<{ communes: { received: boolean }[] }>('getAggregateData', {
      period: '2026-03',
    });
    expect(live.communes.every((c) => c.received)).toBe(true);
  });

  it('takes the next number of the unit’s own register and refuses a number already used', async () => {
    const march = await api.call<DocumentDetail>('createAggregateReport', {
      period: '2026-03',
      texts,
      issue: { number: 7, date: '2026-04-20' },
    });
    expect(march).toMatchObject({ numberText: '07/BC-SKHCN', signerName: 'Nguyễn Văn Sở' });
    const hash = contentHash(backend.ctx.databasePath);
    const taken = await api.refused('createAggregateReport', {
      period: '2026-Q1',
      texts,
      issue: { number: 7, date: '2026-04-21' },
    });
    expect(taken).toMatchObject({ code: 'conflict' });
    expect(contentHash(backend.ctx.databasePath)).toBe(hash);
    const quarter = await api.call<DocumentDetail>('createAggregateReport', {
      period: '2026-Q1',
      texts,
      issue: { number: null, date: '2026-04-21' },
    });
    expect(quarter.numberText).toBe('08/BC-SKHCN');
  });

  it('is one per period, changes its signer while a draft, and refuses a deputy not on the list', async () => {
    const draft = await api.call<DocumentDetail>('createAggregateReport', { period: '2026-03', texts });
    expect(draft.signerName).toBe('Nguyễn Văn Sở');
    const second = await api.refused('createAggregateReport', { period: '2026-03', texts });
    expect(second.code).toBe('conflict');
    expect(second.message).toMatch(/đang có dự thảo báo cáo/u);
    const changed = await api.call<DocumentDetail>('updateAggregateReport', {
      id: draft.id,
      texts: { ...texts, nextTasks: 'Tổng hợp quý I.' },
      signer: { mode: 'vice_chairman', name: 'Lê Văn Hùng' },
    });
    expect(changed).toMatchObject({ signerName: 'Lê Văn Hùng' });
    expect(changed.report?.sections.nextTasks).toBe('Tổng hợp quý I.');
    const copy = paragraphs(await api.call<FileDownload>('renderDocument', { id: draft.id, format: 'docx' }));
    expect(copy).toContain('KT. GIÁM ĐỐC');
    expect(copy).toContain('Lê Văn Hùng');
  });

  it('refuses a signer when the profile has none to sign, writing nothing', async () => {
    await api.call('updateReceivingProfile', { ...profileInput, deputies: [] });
    const hash = contentHash(backend.ctx.databasePath);
    const error = await api.refused('createAggregateReport', {
      period: '2026-03',
      texts,
      signer: { mode: 'vice_chairman' },
    });
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/chưa có cấp phó ký thay/u);
    expect(contentHash(backend.ctx.databasePath)).toBe(hash);
  });
});

describe('at a commune database', () => {
  it('is refused: the database is not a receiving unit', async () => {
    const commune = await tempBackend();
    try {
      const error = await contractCaller(() => commune).refused('createAggregateReport', {
        period: '2026-03',
        texts,
      });
      expect(error.code).toBe('not_set_up');
    } finally {
      await commune.close();
    }
  });
});
