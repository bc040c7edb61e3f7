/**
 * `bundle scan` on a real receiving unit's database and a real folder holding a commune's signed
 * bundle: not set, set with --set, the new file listed, then after `bundle import` of the folder
 * no longer; a folder gone is a notice (exit 0), and the scan writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WatchFolderScan } from '../../shared/contract/watch-types';
import { bundleCommune, exportMarch } from '../../test-support/bundle-fixture';
import { cliHarness, closedDatabaseHash, receivingUnitArgs, type CliHarness } from '../../test-support/cli';

let bundle: { fileName: string; bytes: Buffer };
let h: CliHarness;

beforeAll(async () => {
  const commune = await bundleCommune();
  try {
    const { made, bytes } = await exportMarch(commune);
    bundle = { fileName: made.fileName, bytes };
  } finally {
    await commune.close();
  }
});

beforeEach(async () => {
  h = cliHarness();
  expect((await h.cli(receivingUnitArgs(['21109']))).code).toBe(0);
});

describe('bundle scan', () => {
  it('says how to set the folder when none is set', async () => {
    const result = await h.cli(['bundle', 'scan']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe(
      'Chưa đặt thư mục theo dõi. Đặt bằng: bundle scan --set <thư mục dùng chung hoặc thư mục đồng bộ>.',
    );
  });

  it('lists the new bundle, writes nothing, and no longer lists it once imported', async () => {
    const folder = path.join(h.dir, 'OneDrive');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, bundle.fileName), bundle.bytes);
    const set = (await h.json(['bundle', 'scan', '--set', 'OneDrive'])) as WatchFolderScan;
    expect(set).toMatchObject({ folder, notice: null, skipped: [], alreadyReceived: 0 });
    expect(set.files.map((f) => [f.fileName, f.bytes])).toEqual([[bundle.fileName, bundle.bytes.length]]);

    const before = closedDatabaseHash(h.db);
    const text = await h.cli(['bundle', 'scan']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Có 1 tệp mới trong thư mục theo dõi «${folder}»:`);
    expect(text.stdout).toContain(bundle.fileName);
    expect(closedDatabaseHash(h.db)).toBe(before);

    expect((await h.cli(['bundle', 'import', 'OneDrive'])).code).toBe(0);
    expect(await h.json(['bundle', 'scan'])).toMatchObject({ files: [], alreadyReceived: 1 });
  });

  it('prints a notice, not a failure, when the folder is gone', async () => {
    const folder = path.join(h.dir, 'o-mang');
    fs.mkdirSync(folder);
    expect((await h.cli(['bundle', 'scan', '--set', folder])).code).toBe(0);
    fs.rmSync(folder, { recursive: true });
    const result = await h.cli(['bundle', 'scan']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Không tìm thấy thư mục theo dõi «${folder}»`);
  });
});
