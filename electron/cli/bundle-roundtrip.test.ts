/**
 * A commune's real bundle reaching its receiving unit, through both command lines and the real
 * reader (bundle/verify.ts): exported by `bundle export`, imported by `bundle import` (dry run
 * first, writing nothing and copying nothing; then applied after a verified backup of the unit's
 * database; then again, unchanged), and the same file with one byte of its data changed refused
 * with nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliHarness, initArgs, receivingUnitArgs, type CliHarness } from '../../test-support/cli';
import { contentHash } from '../../test-support/content-hash';
import { seedReportCommune } from '../../test-support/report-cli';
import { communeStorePath } from '../backend/receiving/commune-store';
import { backupFolderOf } from '../backend/backups/store';

let commune: CliHarness;
let unit: CliHarness;

beforeEach(async () => {
  commune = cliHarness();
  expect((await commune.cli([...initArgs])).code).toBe(0);
  await seedReportCommune(commune);
  unit = cliHarness();
  const setUp = await unit.cli(receivingUnitArgs(['21109']));
  expect(setUp.code).toBe(0);
});

interface ImportJson {
  files: { communeCode: string | null; period: string | null; status: string; reason: string | null }[];
}

function importBackups(): string[] {
  const folder = backupFolderOf(unit.db);
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.includes('bundle_import')) : [];
}

describe('a commune’s bundle at its receiving unit', () => {
  it('is checked, imported once after a backup, and unchanged the second time', async () => {
    const made = (await commune.json(['bundle', 'export', '--period', '2025-03', '--out', 'usb'])) as {
      path: string;
      counts: Record<string, number>;
    };
    const bundle = path.join(unit.dir, path.basename(made.path));
    fs.copyFileSync(made.path, bundle);

    const before = contentHash(unit.db);
    const dry = (await unit.json(['bundle', 'import', bundle, '--dry-run'])) as ImportJson;
    expect(dry.files).toEqual([
      expect.objectContaining({ communeCode: '21109', period: '2025-03', status: 'added' }),
    ]);
    expect(contentHash(unit.db)).toBe(before);
    expect(fs.existsSync(communeStorePath(unit.db, '21109'))).toBe(false);
    expect(importBackups()).toEqual([]);

    expect(made.counts.activities).toBeGreaterThan(0);
    const applied = (await unit.json(['bundle', 'import', bundle])) as ImportJson;
    expect(applied.files.map((f) => f.status)).toEqual(['added']);
    expect(importBackups()).toHaveLength(1);
    // The commune's file holds what the bundle counted.
    const store = new BetterSqlite3(communeStorePath(unit.db, '21109'), { readonly: true });
    try {
      const live = store.prepare('select count(*) from activities').pluck().get();
      expect(live).toBe(made.counts.activities);
    } finally {
      store.close();
    }

    const hash = contentHash(communeStorePath(unit.db, '21109'));
    const again = (await unit.json(['bundle', 'import', bundle])) as ImportJson;
    expect(again.files.map((f) => f.status)).toEqual(['unchanged']);
    expect(contentHash(communeStorePath(unit.db, '21109'))).toBe(hash);
  });

  it('refuses the same file with one byte of its data changed, writing nothing', async () => {
    const made = (await commune.json(['bundle', 'export', '--period', '2025-03', '--out', 'usb'])) as {
      path: string;
    };
    const bytes = fs.readFileSync(made.path);
    // Inside the first data part (stored after the manifest and the signature): its hash no longer matches.
    const at = bytes.indexOf(Buffer.from('data/'));
    const tampered = Buffer.from(bytes);
    tampered[at + 200] = (tampered[at + 200] ?? 0) ^ 0xff;
    const file = path.join(unit.dir, path.basename(made.path));
    fs.writeFileSync(file, tampered);

    const before = contentHash(unit.db);
    const result = await unit.cli(['bundle', 'import', file, '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as ImportJson;
    expect(json.files[0]?.status).toBe('refused');
    expect(json.files[0]?.reason).toContain(path.basename(file));
    expect(contentHash(unit.db)).toBe(before);
    expect(fs.existsSync(communeStorePath(unit.db, '21109'))).toBe(false);
  });
});
