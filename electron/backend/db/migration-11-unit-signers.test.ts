import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../../test-support/old-database';
import { tempDir } from '../../../test-support/temp';
import { getReceivingProfile } from '../receiving/receiving-unit';
import { openDatabase, type OpenedDatabase } from './database';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

async function upgradedWithSigner(name: string | null, title: string) {
  const { file, old } = await databaseAtVersion(10);
  old.sqlite
    .prepare(
      `insert into receiving_profile (id, name, province_code, province_name, issuer_name, place_name,
         signer_name, signer_title, symbol, deadline_day, updated_at)
       values (1, 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi', '51', 'Tỉnh Quảng Ngãi', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
         'Quảng Ngãi', ?, ?, 'BC-SKHCN', 12, '2026-01-01T00:00:00.000Z')`,
    )
    .run(name, title);
  await old.close();
  const db = await openDatabase(file, { backupDir: path.join(tempDir(), 'b') });
  opened.push(db);
  return db;
}

describe('migration 11: the receiving unit’s signers move to the leaders table', () => {
  it('makes the one signer the head, keeping the rest of the profile', async () => {
    const db = await upgradedWithSigner('Nguyễn Văn Sở', 'Giám đốc');
    const profile = await getReceivingProfile(db.db);
    expect(profile).toMatchObject({
      head: { name: 'Nguyễn Văn Sở', title: 'Giám đốc' },
      deputies: [],
      onBehalf: null,
      symbol: 'BC-SKHCN',
      deadlineDay: 12,
    });
    const columns = db.sqlite.prepare('select name from pragma_table_info(?)').all('receiving_profile');
    expect(columns.map((c) => (c as { name: string }).name)).not.toContain('signer_name');
  });

  it('makes a deputy’s title a deputy (KT.), and no signer no one', async () => {
    const deputy = await upgradedWithSigner('Lê Văn Hùng', 'Phó Giám đốc');
    expect(await getReceivingProfile(deputy.db)).toMatchObject({
      head: null,
      deputies: [{ name: 'Lê Văn Hùng', title: 'Phó Giám đốc' }],
    });
    const capitals = await upgradedWithSigner('Trần Thị Mai', 'PHÓ GIÁM ĐỐC');
    expect(await getReceivingProfile(capitals.db)).toMatchObject({
      head: null,
      deputies: [{ name: 'Trần Thị Mai', title: 'PHÓ GIÁM ĐỐC' }],
    });
    const decomposed = await upgradedWithSigner('Lê Văn Hùng', 'Phó Giám đốc'.normalize('NFD'));
    expect((await getReceivingProfile(decomposed.db))?.deputies).toHaveLength(1);
    const none = await upgradedWithSigner(null, 'Giám đốc');
    expect(await getReceivingProfile(none.db)).toMatchObject({ head: null, deputies: [] });
  });
});
