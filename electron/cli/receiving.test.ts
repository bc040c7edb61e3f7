/**
 * The receiving unit on the command line: `init --receiving-unit` (and a database never both a
 * commune's and a receiving unit's), `completeness`, and `bundle import` run with bundles from the
 * test builder through its reader parameter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BundleCheck, VerifiedBundle } from '../../shared/contract/bundle-format';
import {
  cliHarness,
  closedDatabaseHash,
  initArgs,
  receivingUnitArgs,
  type CliHarness,
} from '../../test-support/cli';
import { contentHash } from '../../test-support/content-hash';
import { buildBundle, communeKey } from '../../test-support/received-bundles';
import { communeStorePath } from '../backend/receiving/commune-store';
import { openNodeBackend } from './run';

const receivingArgs = receivingUnitArgs(['21025', '21028', '99001=Xã Thử Nghiệm']);

let h: CliHarness;
beforeEach(() => {
  h = cliHarness();
});

describe('init --receiving-unit', () => {
  it('sets up the receiving unit with communes from the list and one typed', async () => {
    const out = (await h.json([...receivingArgs])) as {
      profile: { name: string; provinceName: string; issuerName: string; deadlineDay: number };
      communes: { code: string; name: string }[];
    };
    expect(out.profile).toMatchObject({
      name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
      provinceName: 'Tỉnh Quảng Ngãi',
      issuerName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI',
      deadlineDay: 15,
    });
    expect(out.communes.map((c) => [c.code, c.name])).toEqual([
      ['21025', 'Phường Cẩm Thành'],
      ['21028', 'Phường Nghĩa Lộ'],
      ['99001', 'Xã Thử Nghiệm'],
    ]);
  });

  it('refuses to make a commune’s database a receiving unit, and the other way round, writing nothing', async () => {
    expect((await h.cli([...initArgs])).code).toBe(0);
    const before = closedDatabaseHash(h.db);
    const asUnit = await h.cli([...receivingArgs]);
    expect(asUnit.code).toBe(1);
    expect(asUnit.stderr).toMatch(/không thể vừa là của xã vừa là của cơ quan nhận báo cáo/u);
    expect(closedDatabaseHash(h.db)).toBe(before);

    const other = cliHarness();
    expect((await other.cli([...receivingArgs])).code).toBe(0);
    const unitBefore = closedDatabaseHash(other.db);
    const asCommune = await other.cli([...initArgs]);
    expect(asCommune.code).toBe(1);
    expect(asCommune.stderr).toMatch(/là của cơ quan nhận báo cáo Sở Khoa học và Công nghệ tỉnh Quảng Ngãi/u);
    expect(closedDatabaseHash(other.db)).toBe(unitBefore);
  });

  it('is a usage error without --name, or with a commune’s option', async () => {
    const noName = await h.cli(['init', '--receiving-unit', '--province-code', '51']);
    expect(noName.code).toBe(2);
    expect(noName.stderr).toMatch(/--name/u);
    const mixed = await h.cli([...receivingArgs, '--chairman', 'Lê Văn A']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/"--chairman" là của hồ sơ xã/u);
    const commune = await h.cli(['init', '--province-code', '51', '--commune-code', '21109']);
    expect(commune.code).toBe(2);
    expect(commune.stderr).toMatch(/--chairman/u);
    expect(fs.existsSync(h.db)).toBe(false);
  });

  it('refuses an unknown commune code typed without its name', async () => {
    const result = await h.cli([
      'init',
      '--receiving-unit',
      '--name',
      'Sở',
      '--province-code',
      '51',
      '--commune-code',
      '99002',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Không có xã mã 99002 trong danh mục.*ghi kèm tên xã/u);
  });
});

/**
 * Runs `bundle import` (through the CLI, its contract operation and the backend) with a reader
 * that serves the builder's bundles by file name, as bundle/verify.ts will serve real ones.
 */
async function bundleImport(args: readonly string[], bundles: readonly VerifiedBundle[]) {
  const byName = new Map(bundles.map((b) => [b.fileName, b]));
  const readBundle = async (_bytes: Uint8Array, fileName: string): Promise<BundleCheck> => {
    const bundle = byName.get(fileName);
    return bundle ? { ok: true, bundle } : { ok: false, reason: `${fileName}: không phải gói dữ liệu.` };
  };
  return h.raw(['--db', h.db, 'bundle', 'import', ...args], {
    openBackend: async (databasePath, log) => {
      const backend = await openNodeBackend(databasePath, log);
      backend.ctx.readBundle = readBundle;
      return backend;
    },
  });
}

interface ImportJson {
  dryRun: boolean;
  files: {
    file: string;
    communeCode: string | null;
    period: string | null;
    status: string;
    reason: string | null;
    key: string | null;
    fingerprint: string | null;
    previousFingerprint: string | null;
  }[];
}

describe('bundle import (its reader serving the builder’s bundles)', () => {
  it('imports a folder of bundles: dry run first (nothing written), then applied, then again unchanged', async () => {
    await h.json([...receivingArgs]);
    const key = communeKey();
    const bundles = [
      buildBundle({ communeCode: '21025', period: '2026-03', key }),
      buildBundle({ communeCode: '21028', period: '2026-03', key: communeKey() }),
      buildBundle({ communeCode: '21172', period: '2026-03', key: communeKey() }),
    ];
    const folder = path.join(h.dir, 'goi');
    fs.mkdirSync(folder);
    for (const b of bundles) fs.writeFileSync(path.join(folder, b.fileName), 'zip');
    fs.writeFileSync(path.join(folder, 'khac.zip'), 'zip');

    const before = contentHash(h.db);
    const dry = await bundleImport(['goi', '--dry-run', '--json'], bundles);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toMatch(/2\/4 tệp bị từ chối/u);
    const dryJson = JSON.parse(dry.stdout) as ImportJson;
    expect(dryJson.dryRun).toBe(true);
    expect(dryJson.files.map((f) => [path.basename(f.file), f.status])).toEqual([
      ['TCNSCD_21025_Thu_2026-03.zip', 'added'],
      ['TCNSCD_21028_Thu_2026-03.zip', 'added'],
      ['TCNSCD_21172_Thu_2026-03.zip', 'refused'],
      ['khac.zip', 'refused'],
    ]);
    expect(dryJson.files[3]?.reason).toBe('khac.zip: không phải gói dữ liệu.');
    expect(contentHash(h.db)).toBe(before);
    expect(fs.existsSync(communeStorePath(h.db, '21025'))).toBe(false);

    const applied = JSON.parse((await bundleImport(['goi', '--json'], bundles)).stdout) as ImportJson;
    expect(applied.files[0]?.key).toBe('new');
    expect(applied.files.map((f) => f.status)).toEqual(['added', 'added', 'refused', 'refused']);
    expect(applied.files[0]).toMatchObject({
      file: path.join('goi', 'TCNSCD_21025_Thu_2026-03.zip'),
      communeCode: '21025',
      period: '2026-03',
      reason: null,
    });

    const again = await bundleImport([path.join('goi', bundles[0]?.fileName ?? '')], bundles);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Không thay đổi/u);
  });
});

describe('bundle import --accept-key-change', () => {
  it('shows the key change on the commune’s line, and with the option accepts exactly the changes shown', async () => {
    await h.json([...receivingArgs]);
    const march = buildBundle({ communeCode: '21025', period: '2026-03', key: communeKey() });
    const april = buildBundle({ communeCode: '21025', period: '2026-04', key: communeKey() });
    const other = buildBundle({ communeCode: '21028', period: '2026-04', key: communeKey() });
    for (const b of [march, april, other]) fs.writeFileSync(path.join(h.dir, b.fileName), 'zip');
    expect((await bundleImport([march.fileName], [march])).code).toBe(0);

    const refusedRun = await bundleImport([april.fileName, '--json'], [april]);
    expect(refusedRun.code).toBe(1);
    expect((JSON.parse(refusedRun.stdout) as ImportJson).files[0]).toMatchObject({
      status: 'refused',
      key: 'changed',
      fingerprint: april.fingerprint,
      previousFingerprint: march.fingerprint,
    });
    const accepted = await bundleImport(
      [april.fileName, other.fileName, '--accept-key-change', '--json'],
      [april, other],
    );
    expect(accepted.code).toBe(0);
    expect((JSON.parse(accepted.stdout) as ImportJson).files.map((f) => [f.status, f.key])).toEqual([
      ['added', 'changed'],
      ['added', 'new'],
    ]);
  });
});

describe('completeness', () => {
  it('prints the matrix with the communes to call, and writes the workbook', async () => {
    await h.json([...receivingArgs]);
    const out = (await h.json(['completeness', '--year', '2025', '--out', 'theo-doi.xlsx'])) as {
      rows: { communeCode: string; missing: number }[];
      toCall: { communeCode: string; months: number[] }[];
      path: string;
    };
    // 2025 is over: every month of every commune is missing.
    expect(out.rows.map((r) => r.missing)).toEqual([12, 12, 12]);
    expect(out.toCall[0]?.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(fs.existsSync(out.path)).toBe(true);
    const text = await h.cli(['completeness', '--year', '2025']);
    expect(text.stdout).toMatch(/Xã cần nhắc:/u);
    const bad = await h.cli(['completeness', '--year', '25']);
    expect(bad.code).toBe(2);
  });
});

describe('bundle import, refusals before anything is read', () => {
  it('is a usage error without a file, and refuses a file that is not there', async () => {
    await h.json([...receivingArgs]);
    expect((await h.cli(['bundle', 'import'])).code).toBe(2);
    const missing = await h.cli(['bundle', 'import', 'khong-co.zip']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Không tìm thấy tệp/u);
  });

  it('refuses on a commune’s database: the import is the receiving unit’s', async () => {
    await h.cli([...initArgs]);
    const bundle = buildBundle({ communeCode: '21025', period: '2026-03', key: communeKey() });
    fs.writeFileSync(path.join(h.dir, bundle.fileName), 'zip');
    const result = await bundleImport([bundle.fileName], [bundle]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/chưa được thiết lập là cơ quan nhận báo cáo/u);
  });
});
