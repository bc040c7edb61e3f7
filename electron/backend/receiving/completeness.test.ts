/**
 * The completeness rules on a real database: received, late (after the deadline day of the next
 * month, a setting), missing after the deadline, not yet due, replaced; the communes to call;
 * and the workbook read back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../test-support/report-workbook';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import type { Backend } from '../backend';
import type { BundleReceiptsTable } from '../db/schema';
import { getCompleteness, monthDeadline } from './completeness';
import { completenessWorkbook, MATRIX_SHEET, TO_CALL_SHEET } from './completeness-xlsx';

let backend: Backend;
const api = contractCaller(() => backend);

function receipt(
  commune: string,
  period: string,
  receivedAt: string,
  status: 'added' | 'replaced' = 'added',
): BundleReceiptsTable {
  return {
    id: `${commune}-${period}-${receivedAt}`.padEnd(36, '0').slice(0, 36),
    commune_code: commune,
    period_code: period,
    period_from: '2026-01-15',
    period_to: '2026-02-14',
    status,
    file_name: `TCNSCD_${commune}_${period}.zip`,
    bundle_sha256: 'a'.repeat(64),
    public_key: 'k',
    fingerprint: 'F',
    created_at: receivedAt,
    received_at: receivedAt,
    counts: '{}',
  };
}

beforeEach(async () => {
  backend = await tempBackend();
  await api.call('setupReceivingUnit', {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    communes: [{ code: '21025' }, { code: '21028', contact: '0912 345 678' }],
  });
});
afterEach(async () => {
  await backend.close();
});

describe('completeness', () => {
  it('marks each month received, late, missing or not due, counts replacements, lists whom to call', async () => {
    await backend.ctx.db
      .insertInto('bundle_receipts')
      .values([
        receipt('21025', '2026-01', '2026-02-10T05:00:00.000Z'),
        // On the deadline day itself: on time.
        receipt('21025', '2026-02', '2026-03-15T05:00:00.000Z'),
        // The day after: late; replaced twice since.
        receipt('21025', '2026-03', '2026-04-16T05:00:00.000Z'),
        receipt('21025', '2026-03', '2026-04-20T05:00:00.000Z', 'replaced'),
        receipt('21025', '2026-03', '2026-04-22T05:00:00.000Z', 'replaced'),
        receipt('21028', '2026-01', '2026-02-01T05:00:00.000Z'),
        // Another year: not a month of 2026.
        receipt('21028', '2025-12', '2026-01-05T05:00:00.000Z'),
        // The first quarter, sent on 5 April: January has its own bundle; February's deadline
        // (15 March) had passed, March's (15 April) had not.
        receipt('21028', '2026-Q1', '2026-04-05T05:00:00.000Z'),
      ])
      .execute();
    const data = await getCompleteness(backend.ctx.db, 2026, '2026-05-16');
    expect(data.asOf).toBe('2026-05-16');
    const [camThanh, nghiaLo] = data.rows;
    expect(camThanh?.communeName).toBe('Phường Cẩm Thành');
    expect(camThanh?.cells.slice(0, 6).map((c) => c.status)).toEqual([
      'received',
      'received',
      'late',
      // April's deadline (15 May) has passed on 16 May; May's is 15 June.
      'missing',
      'not_due',
      'not_due',
    ]);
    expect(camThanh?.cells[2]).toMatchObject({
      replacements: 2,
      firstReceivedAt: '2026-04-16T05:00:00.000Z',
      deadline: '2026-04-15',
    });
    expect(camThanh).toMatchObject({ received: 3, late: 1, missing: 1 });
    expect(nghiaLo?.cells.slice(0, 4).map((c) => [c.status, c.coveredBy])).toEqual([
      ['received', null],
      ['late', '2026-Q1'],
      ['received', '2026-Q1'],
      ['missing', null],
    ]);
    expect(nghiaLo).toMatchObject({ received: 3, late: 1, missing: 1 });
    expect(data.toCall).toEqual([
      { communeCode: '21025', communeName: 'Phường Cẩm Thành', contact: null, months: [4] },
      { communeCode: '21028', communeName: 'Phường Nghĩa Lộ', contact: '0912 345 678', months: [4] },
    ]);
  });

  it('follows the deadline day set for the unit, December’s falling in January', async () => {
    await api.call('setupReceivingUnit', {
      name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
      provinceCode: '51',
      communes: [],
      deadlineDay: 5,
      force: true,
    });
    expect(monthDeadline(2026, 12, 5)).toBe('2027-01-05');
    await backend.ctx.db
      .insertInto('bundle_receipts')
      .values(receipt('21025', '2026-01', '2026-02-06T05:00:00.000Z'))
      .execute();
    const data = await getCompleteness(backend.ctx.db, 2026, '2027-02-01');
    expect(data.deadlineDay).toBe(5);
    expect(data.rows[0]?.cells[0]?.status).toBe('late');
    expect(data.rows[0]?.cells[11]).toMatchObject({ status: 'missing', deadline: '2027-01-05' });
  });

  it('counts a month its half-year or year bundle covers, the earliest covering one deciding, the month’s own first', async () => {
    await backend.ctx.db
      .insertInto('bundle_receipts')
      .values([
        // The first half-year, on 10 July: June on time (deadline 15 July), May late.
        receipt('21025', '2026-H1', '2026-07-10T05:00:00.000Z'),
        // May's own bundle after it: the month is judged by its own bundle.
        receipt('21025', '2026-05', '2026-07-20T05:00:00.000Z'),
        // The year's bundle of another year covers nothing of 2026.
        receipt('21028', '2025', '2026-01-10T05:00:00.000Z'),
        // The year 2026 sent on 10 January 2027, the 9 months on 12 October 2026.
        receipt('21028', '2026', '2027-01-10T05:00:00.000Z'),
        receipt('21028', '2026-9M', '2026-10-12T05:00:00.000Z'),
      ])
      .execute();
    const data = await getCompleteness(backend.ctx.db, 2026, '2027-02-01');
    const [camThanh, nghiaLo] = data.rows;
    expect(camThanh?.cells.slice(3, 7).map((c) => [c.status, c.coveredBy])).toEqual([
      ['late', '2026-H1'],
      ['late', null],
      ['received', '2026-H1'],
      ['missing', null],
    ]);
    expect(nghiaLo?.cells.map((c) => c.coveredBy)).toEqual([
      ...Array<string>(9).fill('2026-9M'),
      '2026',
      '2026',
      '2026',
    ]);
    // September on time (deadline 15 October), December on time (deadline 15 January 2027).
    expect(nghiaLo?.cells.map((c) => c.status)).toEqual([
      ...Array<string>(8).fill('late'),
      'received',
      'late',
      'late',
      'received',
    ]);
    expect(nghiaLo?.missing).toBe(0);
    const workbook = await loadWorkbook(
      await completenessWorkbook(data, 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'),
    );
    const rows = (workbook.getWorksheet(MATRIX_SHEET)?.getSheetValues() ?? []).filter(
      Array.isArray,
    ) as unknown[][];
    expect(rows.find((r) => r.includes('Phường Cẩm Thành'))?.slice(7, 10)).toEqual([
      'Muộn (6T1)',
      'Muộn',
      'Đã nhận (6T1)',
    ]);
  });

  it('writes the matrix and the communes to call to a workbook', async () => {
    await backend.ctx.db
      .insertInto('bundle_receipts')
      .values([
        receipt('21025', '2026-01', '2026-02-10T05:00:00.000Z'),
        receipt('21025', '2026-02', '2026-03-20T05:00:00.000Z'),
      ])
      .execute();
    const data = await getCompleteness(backend.ctx.db, 2026, '2026-03-20');
    const workbook = await loadWorkbook(
      await completenessWorkbook(data, 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'),
    );
    const sheet = workbook.getWorksheet(MATRIX_SHEET);
    const rows = (sheet?.getSheetValues() ?? []).filter(Array.isArray) as unknown[][];
    const camThanh = rows.find((r) => r.includes('Phường Cẩm Thành'));
    // March is not due on 20 March: its cell stays empty.
    expect(camThanh?.slice(4, 7)).toEqual(['Đã nhận', 'Muộn', undefined]);
    expect(camThanh?.slice(16, 19)).toEqual([2, 1, 0]);
    const nghiaLo = rows.find((r) => r.includes('Phường Nghĩa Lộ'));
    expect(nghiaLo?.slice(4, 6)).toEqual(['Chưa nhận', 'Chưa nhận']);
    const calls = (workbook.getWorksheet(TO_CALL_SHEET)?.getSheetValues() ?? []).filter(
      Array.isArray,
    ) as unknown[][];
    expect(calls.find((r) => r.includes('Phường Nghĩa Lộ'))?.slice(4, 6)).toEqual(['T1, T2', '0912 345 678']);
  });
});
