/**
 * The receiving unit's aggregate on real files: two communes' bundles imported, a third that sent
 * only another month, a fourth that sent nothing. The totals are checked against the bundles'
 * own records (counted here, not by the figures module), the per-commune rows against each
 * commune's figures, and the aggregated report read back from its .docx and .xlsx.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerifiedBundle } from '../../../shared/contract/bundle-format';
import type { ReceivedCommune } from '../../../shared/contract/receiving-types';
import type { FileDownload } from '../../../shared/contract/types';
import type { ReceivedAggregate } from '../../../shared/contract/report-types';
import { parsePeriod, type Period } from '../../../shared/domain/periods';
import { compareVi } from '../../../shared/vi/text';
import { readBuilt } from '../../../test-support/docx';
import { buildBundle, communeKey } from '../../../test-support/received-bundles';
import { loadWorkbook, sheetNamed } from '../../../test-support/report-workbook';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import type { Backend } from '../backend';
import { COMMUNES_SHEET } from '../report/report-xlsx';
import { aggregateFigures, aggregateHeaderOf, signerLines } from './aggregate-service';
import { applyImport, planImport } from './import-service';
import { requireReceivingProfile } from './receiving-unit';

let backend: Backend & { dir: string };
const api = contractCaller(() => backend);
const texts = {
  difficulties: 'Một số xã gửi số liệu chậm.',
  proposals: 'Đề nghị hỗ trợ tài liệu.',
  nextTasks: 'Đôn đốc các xã chưa gửi.',
};

function march(): Period {
  const parsed = parsePeriod('2026-03');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}

const bundles: VerifiedBundle[] = [];
/** The communes' names as the official list gives them. */
let nameOf: Record<string, string> = {};

beforeEach(async () => {
  backend = await tempBackend();
  await api.call('setupReceivingUnit', {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    issuerName: 'Sở Khoa học và Công nghệ',
    signerName: 'Lê Văn Hùng',
    signerTitle: 'Phó Giám đốc',
    symbol: 'BC-SKHCN',
    communes: [
      // Typed names, used only for a code the official list lacks.
      { code: '21025', name: 'Xã Thử Một' },
      { code: '21028', name: 'Xã Thử Hai' },
      { code: '21031', name: 'Xã Thử Ba' },
      { code: '21034', name: 'Xã Thử Bốn' },
    ],
  });
  const listed = await api.call<ReceivedCommune[]>('listReceivedCommunes');
  nameOf = Object.fromEntries(listed.map((c) => [c.code, c.name]));
  bundles.length = 0;
  bundles.push(
    buildBundle({ communeCode: '21025', period: '2026-03', key: communeKey(), activities: 5, trainings: 1 }),
    buildBundle({ communeCode: '21028', period: '2026-03', key: communeKey(), activities: 8, trainings: 2 }),
    // Only January: nothing of March from this one.
    buildBundle({ communeCode: '21031', period: '2026-01', key: communeKey(), activities: 4 }),
  );
  const ctx = { db: backend.ctx.db, databasePath: backend.ctx.databasePath };
  const plan = await planImport(
    ctx,
    bundles.map((bundle) => ({ ok: true as const, bundle })),
  );
  const results = await applyImport(ctx, plan);
  expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added']);
});
afterEach(async () => {
  await backend.close();
});

/** Counted from the March bundles' records themselves. */
function bundleTotals(list: readonly VerifiedBundle[]) {
  const acts = list.flatMap((b) => b.records.activities);
  return {
    activities: acts.length,
    people: acts.reduce((s, a) => s + (a.people_reached ?? 0), 0),
    households: acts.reduce((s, a) => s + (a.households_reached ?? 0), 0),
    vneid: list
      .flatMap((b) => b.records.activity_results)
      .filter((r) => r.indicator_code === 'vneid_activated')
      .reduce((s, r) => s + r.value, 0),
    sessions: list.flatMap((b) => b.records.trainings).length,
  };
}

describe('aggregateFigures', () => {
  it('adds up the communes that sent the period, each computed on its own file', async () => {
    const ctx = { db: backend.ctx.db, databasePath: backend.ctx.databasePath };
    const f = await aggregateFigures(ctx, march(), '2026-04-20');
    const sent = bundleTotals(bundles.slice(0, 2));
    expect(f.scope.name).toBe('Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
    expect([...f.scope.communeCodes].sort()).toEqual(['21025', '21028', '21031', '21034']);
    expect(f.activities.total).toBe(sent.activities);
    expect(f.reached).toEqual({ people: sent.people, households: sent.households });
    expect(f.trainings.sessions).toBe(sent.sessions);
    const vneid = f.indicators.find((l) => l.code === 'vneid_activated');
    expect(vneid).toMatchObject({ result: sent.vneid, target: 1000 });
    expect(f.teams).toMatchObject({ commune: 2, village: 2 });

    // Each row is that commune's own count; the January-only commune and the silent one are "not sent".
    const rows = Object.fromEntries(f.communes.map((c) => [c.communeCode, c]));
    for (const [code, bundle] of [
      ['21025', bundles[0]],
      ['21028', bundles[1]],
    ] as const) {
      const own = bundleTotals(bundle === undefined ? [] : [bundle]);
      expect(rows[code]).toMatchObject({ received: true, activities: own.activities, people: own.people });
      expect(f.communeTeams[code]?.map((v) => v.villageName)).toEqual(['Thôn An Phú']);
    }
    expect(rows['21031']).toMatchObject({ received: false, activities: 0 });
    expect(rows['21034']).toMatchObject({ received: false, activities: 0 });
    expect(f.communeTeams['21031']).toBeUndefined();
    const missing = f.warnings.find((w) => w.code === 'communes_missing');
    const silent = [nameOf['21031'] ?? '', nameOf['21034'] ?? ''].sort(compareVi).join(', ');
    // Neither sent January or February: their cumulative since the start of the year is short, and said so.
    const partial = f.warnings.find((w) => w.code === 'cumulative_partial');
    expect(partial?.communeCodes).toEqual(
      ['21025', '21028'].sort((a, b) => compareVi(nameOf[a] ?? '', nameOf[b] ?? '')),
    );
    expect(missing?.message).toMatch(new RegExp(`^2 xã chưa gửi số liệu tháng 3/2026: ${silent}\\.`, 'u'));
  });

  it('counts January for the commune that sent January', async () => {
    const ctx = { db: backend.ctx.db, databasePath: backend.ctx.databasePath };
    const parsed = parsePeriod('2026-01');
    if (!parsed.ok) throw new Error(parsed.message);
    const f = await aggregateFigures(ctx, parsed.period, '2026-04-20');
    expect(f.communes.filter((c) => c.received).map((c) => c.communeCode)).toEqual(['21031']);
    // January is the year's first month: what was received covers the year so far.
    expect(f.warnings.map((w) => w.code)).not.toContain('cumulative_partial');
    expect(f.activities.total).toBe(bundleTotals(bundles.slice(2)).activities);
  });

  it('is what getAggregateData answers through the contract', async () => {
    const viaContract = await api.call<ReceivedAggregate>('getAggregateData', { period: '2026-03' });
    expect(viaContract.activities.total).toBe(bundleTotals(bundles.slice(0, 2)).activities);
  });
});

describe('the aggregated report', () => {
  it('is headed by the unit’s profile: UBND above the Sở, its symbol, a deputy signing for the director', async () => {
    const header = aggregateHeaderOf(await requireReceivingProfile(backend.ctx.db));
    expect(header).toMatchObject({
      supervisingBody: 'UBND TỈNH QUẢNG NGÃI',
      issuerName: 'Sở Khoa học và Công nghệ',
      areaInText: 'tỉnh Quảng Ngãi',
      placeName: 'Quảng Ngãi',
      symbol: 'BC-SKHCN',
      addressees: ['Ủy ban nhân dân tỉnh Quảng Ngãi'],
      signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Lê Văn Hùng' },
    });
    expect(signerLines('Giám đốc')).toEqual(['GIÁM ĐỐC']);
    // The default issuer name (the unit's name in capitals) loses the province printed above it.
    const byDefault = aggregateHeaderOf({
      ...(await requireReceivingProfile(backend.ctx.db)),
      issuerName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI',
    });
    expect([byDefault.supervisingBody, byDefault.issuerName]).toEqual([
      'UBND TỈNH QUẢNG NGÃI',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    ]);
  });

  it('reads back from the .docx with its symbol, the communes and the totals', async () => {
    const file = await api.call<FileDownload>('aggregateReportFile', {
      period: '2026-03',
      format: 'docx',
      texts,
      number: 12,
      date: '2026-04-20',
    });
    expect(file.fileName).toMatch(/\.docx$/u);
    const built = readBuilt(Buffer.from(file.base64, 'base64'));
    const all = built.paragraphs.map((p) => p.text);
    expect(all).toContain('Số: 12/BC-SKHCN');
    expect(all).toContain('UBND TỈNH QUẢNG NGÃI');
    for (const name of Object.values(nameOf)) {
      expect(all).toContain(name);
    }
    expect(all.filter((t) => t === 'Chưa gửi')).toHaveLength(2);
    expect(all).toContain(texts.proposals);
  });

  it('writes the .xlsx with a row per commune', async () => {
    const file = await api.call<FileDownload>('aggregateReportFile', { period: '2026-03', format: 'xlsx' });
    const sheet = sheetNamed(await loadWorkbook(Buffer.from(file.base64, 'base64')), COMMUNES_SHEET);
    const names: string[] = [];
    sheet.eachRow((row) => names.push(String(row.getCell(2).value)));
    expect(names).toEqual(expect.arrayContaining(Object.values(nameOf)));
  });

  it('refuses a .docx without sections II–IV, saying what to type', async () => {
    const error = await api.refused('aggregateReportFile', { period: '2026-03', format: 'docx' });
    expect(error).toMatchObject({ code: 'validation' });
    expect(error.message).toMatch(/^Chưa nhập nội dung mục II–IV/u);
  });
});

describe('at a commune database', () => {
  it('is refused: the database is not a receiving unit', async () => {
    const commune = await tempBackend();
    try {
      const error = await contractCaller(() => commune).refused('getAggregateData', { period: '2026-03' });
      expect(error.code).toBe('not_set_up');
    } finally {
      await commune.close();
    }
  });
});
