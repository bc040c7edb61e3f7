/** The commune's key (issue 10, item 1): made at setup and at start, shown, exported, renewed. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommuneKeyInfo, CommuneKeyRenewed } from '../../../shared/contract/bundle-types';
import type { FileDownload } from '../../../shared/contract/types';
import { bundleProfile } from '../../../test-support/bundle-fixture';
import { databaseAtVersion } from '../../../test-support/old-database';
import { contractCaller, RecordingHost, tempBackend, tempDir } from '../../../test-support/temp';
import { latestSchemaVersion } from '../db/migrations';
import { demoProfile } from '../demo/demo-data';
import { createBackend, type Backend } from '../backend';
import { keyFingerprint } from './fingerprint';
import { KEY_FILE, KEY_FOLDER, keyFileOf, publicKeyFromRaw, readKey } from './keys';

let backend: Backend | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
});

function open(dir: string): Promise<Backend> {
  return createBackend({
    databasePath: path.join(dir, 'data.sqlite3'),
    host: new RecordingHost(dir),
    appVersion: '0.0.0-test',
    log: () => undefined,
  });
}

describe('the commune key', () => {
  it('is made at setup, in the data folder beside the database, readable by the user only', async () => {
    const b = await tempBackend();
    backend = b;
    const file = path.join(b.dir, KEY_FOLDER, KEY_FILE);
    expect(fs.existsSync(file)).toBe(false);
    await contractCaller(() => b).call('setupProfile', bundleProfile);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/u);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const key = readKey(file);
    expect(key?.privateKey.asymmetricKeyType).toBe('ed25519');
  });

  it('is made at the first start of a database set up before keys existed, and kept after', async () => {
    const dir = tempDir();
    backend = await open(dir);
    await contractCaller(() => backend!).call('setupProfile', bundleProfile);
    await backend.close();
    // As a database of an older version: no key folder.
    fs.rmSync(path.join(dir, KEY_FOLDER), { recursive: true });
    backend = await open(dir);
    const first = readKey(keyFileOf(path.join(dir, 'data.sqlite3')));
    expect(first).not.toBeNull();
    await backend.close();
    backend = await open(dir);
    expect(readKey(keyFileOf(path.join(dir, 'data.sqlite3')))?.publicKey).toBe(first?.publicKey);
  });

  it('is not made for a database not set up', async () => {
    const b = await tempBackend();
    backend = b;
    expect(fs.existsSync(path.join(b.dir, KEY_FOLDER))).toBe(false);
    const refused = await contractCaller(() => b).refused('getCommuneKey', undefined);
    expect(refused.code).toBe('not_set_up');
  });

  it('shows its fingerprint, and the public key it signs with', async () => {
    const b = await tempBackend();
    backend = b;
    const { call } = contractCaller(() => b);
    await call('setupProfile', bundleProfile);
    const info = await call<CommuneKeyInfo>('getCommuneKey');
    expect(info.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/u);
    expect(info.fingerprint).toBe(keyFingerprint(info.publicKey));
    const key = readKey(path.join(b.dir, KEY_FOLDER, KEY_FILE))!;
    const message = Buffer.from('báo cáo tháng 3');
    const signature = crypto.sign(null, message, key.privateKey);
    expect(crypto.verify(null, message, publicKeyFromRaw(info.publicKey), signature)).toBe(true);
  });

  it('exports the public key as a small text file naming the commune', async () => {
    const b = await tempBackend();
    backend = b;
    const { call } = contractCaller(() => b);
    await call('setupProfile', bundleProfile);
    const info = await call<CommuneKeyInfo>('getCommuneKey');
    const file = await call<FileDownload>('exportPublicKey');
    expect(file.fileName).toBe('TCNSCD_21109_Dong-Son_khoa-cong-khai.pub');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).toContain('Mã xã: 21109');
    expect(text).toContain('Xã: Xã Đông Sơn');
    expect(text).toContain(`Khóa công khai (base64): ${info.publicKey}`);
    expect(text).toContain(`Dấu vân tay: ${info.fingerprint}`);
    expect(text).not.toContain('PRIVATE');
  });

  it('makes a new key on confirmation, keeping the old one renamed with its date', async () => {
    const b = await tempBackend();
    backend = b;
    const { call, refused } = contractCaller(() => b);
    await call('setupProfile', bundleProfile);
    const before = await call<CommuneKeyInfo>('getCommuneKey');
    expect((await refused('renewCommuneKey', {})).code).toBe('validation');
    const renewed = await call<CommuneKeyRenewed>('renewCommuneKey', { confirm: true });
    expect(renewed.previousFingerprint).toBe(before.fingerprint);
    expect(renewed.fingerprint).not.toBe(before.fingerprint);
    expect((await call<CommuneKeyInfo>('getCommuneKey')).fingerprint).toBe(renewed.fingerprint);
    const folder = path.join(b.dir, KEY_FOLDER);
    const old = fs.readdirSync(folder).filter((f) => f !== KEY_FILE);
    expect(old).toHaveLength(1);
    expect(old[0]).toMatch(/^commune-ed25519-\d{4}-\d{2}-\d{2}\.pem$/u);
    expect(readKey(path.join(folder, old[0]!))?.publicKey).toBe(before.publicKey);
    await call('renewCommuneKey', { confirm: true });
    expect(fs.readdirSync(folder).filter((f) => f !== KEY_FILE)).toHaveLength(2);
  });
});

describe('a database of the version before bundles (schema 8)', () => {
  it('is upgraded: the exports table is there, and the commune gets its key at that start', async () => {
    const { file, old } = await databaseAtVersion(8);
    // The profile as that version wrote it: today's setup also looks at the receiving unit's
    // table, which a later migration brings.
    const p = demoProfile;
    old.sqlite
      .prepare(
        `insert into commune_profile (id, province_code, province_name, district_name, commune_code,
           commune_name, issuer_name, place_name, receiving_level, updated_at)
         values (1, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
      )
      .run(
        p.provinceCode,
        p.provinceName,
        p.districtName,
        p.communeCode,
        p.communeName,
        p.issuerName,
        p.placeName,
        p.receivingLevel,
      );
    await old.close();
    const dir = path.dirname(file);
    expect(fs.existsSync(path.join(dir, KEY_FOLDER))).toBe(false);
    backend = await createBackend({
      databasePath: file,
      host: new RecordingHost(dir),
      appVersion: '0.0.0-test',
      log: () => undefined,
    });
    expect(backend.ctx.schemaVersion).toBe(latestSchemaVersion);
    expect(readKey(keyFileOf(file))?.privateKey.asymmetricKeyType).toBe('ed25519');
    const b = backend;
    expect(await contractCaller(() => b).call('listBundleExports')).toEqual([]);
  });
});

describe('a damaged key file', () => {
  it('is said, not used, and replaced by a new key', async () => {
    const b = await tempBackend();
    backend = b;
    const { call, refused } = contractCaller(() => b);
    await call('setupProfile', bundleProfile);
    const file = path.join(b.dir, KEY_FOLDER, KEY_FILE);
    fs.writeFileSync(file, 'hỏng');
    const error = await refused('getCommuneKey', undefined);
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('hãy tạo khóa mới trong Cài đặt');
    expect((await refused('exportBundle', { period: '2026-03' })).code).toBe('unavailable');
    const renewed = await call<CommuneKeyRenewed>('renewCommuneKey', { confirm: true });
    expect(renewed.previousFingerprint).toBeNull();
    expect((await call<CommuneKeyInfo>('getCommuneKey')).fingerprint).toBe(renewed.fingerprint);
  });
});

describe('the demo commune', () => {
  it('gets its key when the demo is loaded', async () => {
    const b = await tempBackend();
    backend = b;
    await contractCaller(() => b).call('loadDemo');
    expect(fs.existsSync(path.join(b.dir, KEY_FOLDER, KEY_FILE))).toBe(true);
  });
});
