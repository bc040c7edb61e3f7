/**
 * The bundle reader (issue 10, items 5 and 9): a valid bundle is read back whole; each kind of
 * damaged, tampered, foreign, oversized, zip-slip or zip-bomb file is refused with a Vietnamese
 * sentence naming the file, the reason and what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import type crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT_VERSION, bundleLimits } from '../../../shared/contract/bundle-format';
import { bundleCommune, exportMarch, type BundleCommune } from '../../../test-support/bundle-fixture';
import { entriesOf, renameInBytes, resigned, zipOf } from '../../../test-support/bundle-zip';
import { tempDir } from '../../../test-support/temp';
import { keyFileOf, readKey } from './keys';
import { readBundle, readBundleFile } from './verify';
import type { ZipEntryBytes } from './zip-read';

const NAME = 'TCNSCD_21109_Dong-Son_2026-03.zip';
let commune: BundleCommune;
let valid: Buffer;
let entries: ZipEntryBytes[];
let privateKey: crypto.KeyObject;

beforeAll(async () => {
  commune = await bundleCommune();
  valid = (await exportMarch(commune)).bytes;
  entries = await entriesOf(valid);
  privateKey = readKey(keyFileOf(commune.ctx.databasePath))!.privateKey;
});
afterAll(async () => {
  await commune.close();
});

async function refusal(bytes: Buffer, name = NAME): Promise<string> {
  const check = await readBundle(bytes, name);
  if (check.ok) throw new Error('accepted');
  expect(check.reason).toContain(`Tệp «${path.basename(name)}»`);
  return check.reason;
}

function replacePart(name: string, bytes: Buffer) {
  return (parts: ZipEntryBytes[]) => parts.map((p) => (p.name === name ? { name, bytes } : p));
}

function table(name: string): Record<string, unknown>[] {
  return JSON.parse(entries.find((e) => e.name === `data/${name}.json`)!.bytes.toString('utf8')) as Record<
    string,
    unknown
  >[];
}

describe('reading a bundle', () => {
  it('reads a valid bundle back whole', async () => {
    const check = await readBundle(valid, NAME);
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.bundle.fileName).toBe(NAME);
      expect(check.bundle.manifest.commune.code).toBe('21109');
      expect(check.bundle.records.activities).toHaveLength(3);
    }
  });

  it('refuses a part changed after signing', async () => {
    const tampered = await zipOf(
      entries.map((e) =>
        e.name === 'data/activity_results.json'
          ? { ...e, bytes: Buffer.from(e.bytes.toString('utf8').replace('"value":5', '"value":9')) }
          : e,
      ),
    );
    expect(await refusal(tampered)).toMatch(
      /đã bị thay đổi sau khi xã ký \(nội dung phần «data\/activity_results.json»/u,
    );
  });

  it('refuses a manifest changed after signing, or signed by another key', async () => {
    const edited = await zipOf(
      entries.map((e) =>
        e.name === 'manifest.json'
          ? { ...e, bytes: Buffer.from(e.bytes.toString().replace('Đông Sơn', 'Đông Hà')) }
          : e,
      ),
    );
    expect(await refusal(edited)).toContain('chữ ký không khớp');
    const noSignature = await zipOf(entries.filter((e) => e.name !== 'signature'));
    expect(await refusal(noSignature)).toContain('không có chữ ký');
  });

  it('asks for the newer application for a newer format', async () => {
    const newer = await resigned(
      entries,
      privateKey,
      (p) => p,
      (m) => ({ ...m, formatVersion: BUNDLE_FORMAT_VERSION + 1 }),
    );
    expect(await refusal(newer)).toMatch(/phiên bản mới hơn.*Hãy cập nhật ứng dụng/u);
  });

  it('refuses another program’s zip and what is not a zip', async () => {
    const docx = entries.find((e) => e.name.endsWith('.docx'))!.bytes;
    expect(await refusal(docx, 'bao-cao.docx')).toContain('không phải gói số liệu của phần mềm Tổ CNSCĐ');
    expect(await refusal(Buffer.from('Xin chào'), 'thu.txt')).toContain('không phải tệp nén .zip');
    expect(await refusal(Buffer.alloc(0))).toContain('không phải tệp nén .zip');
  });

  it('refuses a truncated file', async () => {
    expect(await refusal(valid.subarray(0, Math.floor(valid.length / 2)))).toContain(
      'bị hỏng hoặc không đầy đủ',
    );
  });

  it('refuses zip-slip names: "..", absolute paths, backslashes', async () => {
    const padded = await zipOf([...entries, { name: 'data/zz_evil_x.json', bytes: Buffer.from('[]') }]);
    for (const evil of ['../../evil.json', '/etc/evil.json1', 'C:/evil.json12', 'data\\evil_x.json']) {
      const target = evil.padEnd('data/zz_evil_x.json'.length, 'x');
      expect(await refusal(renameInBytes(padded, 'data/zz_evil_x.json', target))).toContain('không an toàn');
    }
  });

  it('refuses duplicated entries, and entries out of order', async () => {
    const twice = await zipOf([...entries, entries[3]!]);
    expect(await refusal(twice)).toContain('xuất hiện hai lần');
    const swapped = await zipOf([entries[1]!, entries[0]!, ...entries.slice(2)]);
    expect(await refusal(swapped)).toContain('manifest.json không đứng đầu');
    const reordered = await zipOf([...entries.slice(0, 2), entries[3]!, entries[2]!, ...entries.slice(4)]);
    expect(await refusal(reordered)).toContain('không theo thứ tự');
  });

  it('refuses a zip bomb: an entry that expands 1,000 times', async () => {
    const bomb = Buffer.alloc(4 * 1024 * 1024, 0x20);
    const file = await resigned(entries, privateKey, replacePart('data/activities.json', bomb));
    expect(await refusal(file)).toContain('bom nén');
  });

  it('refuses an entry that inflates beyond the size it declares, and one shorter than declared', async () => {
    /** The zip with the uncompressed size of `name` set to `size`, in its local and central headers. */
    const declaring = (zip: Buffer, name: string, size: number): Buffer => {
      const out = Buffer.from(zip);
      const nameBytes = Buffer.from(name, 'utf8');
      for (const [signature, nameAt, sizeAt] of [
        [0x04034b50, 30, 22],
        [0x02014b50, 46, 24],
      ] as const) {
        for (let at = out.indexOf(nameBytes); at !== -1; at = out.indexOf(nameBytes, at + 1)) {
          const header = at - nameAt;
          if (header >= 0 && out.readUInt32LE(header) === signature) out.writeUInt32LE(size, header + sizeAt);
        }
      }
      return out;
    };
    const activities = entries.find((e) => e.name === 'data/activities.json')!.bytes;
    const smaller = declaring(valid, 'data/activities.json', Math.floor(activities.length / 2));
    expect(await refusal(smaller)).toContain('lớn hơn kích thước khai báo');
    const larger = declaring(valid, 'data/activities.json', activities.length + 10);
    expect(await refusal(larger)).toMatch(/bị hỏng/u);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = Buffer.alloc(bundleLimits.fileBytes + 1);
    valid.copy(big);
    expect(await refusal(big)).toContain('quá lớn');
    const dir = tempDir();
    const file = path.join(dir, NAME);
    fs.writeFileSync(file, big);
    const check = await readBundleFile(file);
    expect(check.ok).toBe(false);
    const missing = await readBundleFile(path.join(dir, 'khong-co.zip'));
    expect(missing).toEqual({
      ok: false,
      reason: expect.stringContaining('Không đọc được tệp «khong-co.zip»'),
    });
  });

  it('refuses deeply nested JSON and too many rows even when signed', async () => {
    const deep = Buffer.from(`${'['.repeat(50)}${']'.repeat(50)}`);
    expect(
      await refusal(await resigned(entries, privateKey, replacePart('data/villages.json', deep))),
    ).toContain('lồng quá sâu');
    const rows = Buffer.from(JSON.stringify(new Array(bundleLimits.rows + 1).fill(0)));
    const many = await resigned(entries, privateKey, replacePart('data/villages.json', rows));
    expect(await refusal(many)).toMatch(/quá nhiều bản ghi|bom nén/u);
  });

  it('refuses a record of the wrong type, naming the table and the field, even when signed', async () => {
    const activities = table('activities');
    activities[0] = { ...activities[0], people_reached: 'mười hai' };
    const file = await resigned(
      entries,
      privateKey,
      replacePart('data/activities.json', Buffer.from(JSON.stringify(activities))),
    );
    expect(await refusal(file)).toMatch(
      /bản ghi thứ 1 của «data\/activities.json» sai ở trường "people_reached"/u,
    );
  });

  it('refuses records that point outside the bundle, and counts that disagree', async () => {
    const activities = table('activities');
    activities[0] = { ...activities[0], team_id: '01a2295f-9a16-77f5-a44f-740318548423' };
    const orphan = await resigned(
      entries,
      privateKey,
      replacePart('data/activities.json', Buffer.from(JSON.stringify(activities))),
    );
    expect(await refusal(orphan)).toContain('một hoạt động trỏ tới bản ghi không có trong gói');
    const fewer = Buffer.from(JSON.stringify(table('activities').slice(1)));
    expect(
      await refusal(await resigned(entries, privateKey, replacePart('data/activities.json', fewer))),
    ).toContain('danh mục ghi 3');
  });
});
