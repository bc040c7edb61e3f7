/** `backup create|list|restore|verify` and `doctor`, in-process on real files. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corruptTable } from '../../test-support/damage';
import { cliHarness, fileHash, initArgs } from '../../test-support/cli';

interface Entry {
  name: string;
  trigger: string;
  location: string;
  path: string;
  size: number;
  verified: boolean;
}

describe('CLI backup', () => {
  it('create, list, restore a listed copy after a change, and undo the restore', async () => {
    const h = cliHarness();
    expect((await h.cli([...initArgs])).code).toBe(0);
    const made = (await h.json(['backup', 'create'])) as { backup: Entry; notices: string[] };
    expect(made.backup.trigger).toBe('manual');
    expect(fs.existsSync(made.backup.path)).toBe(true);
    expect(made.notices).toEqual([]);

    const list = (await h.json(['backup', 'list'])) as { backups: Entry[]; outsideCopyOverdue: boolean };
    expect(list.backups.map((b) => b.name)).toEqual([made.backup.name]);
    expect(list.backups[0]).toMatchObject({ location: 'local', verified: true });
    expect(list.outsideCopyOverdue).toBe(true);
    const text = await h.cli(['backup', 'list']);
    expect(text.stdout).toContain('Sao lưu ngay');
    expect(text.stdout).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/u);

    const villagesBefore = (await h.counts()).villages ?? 0;
    await h.dispatch('createVillage', { name: 'Thôn Mới Lập', kind: 'thon', households: 10 });
    expect((await h.counts()).villages).toBe(villagesBefore + 1);

    const restored = await h.cli(['backup', 'restore', made.backup.name]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('Đã khôi phục');
    expect(restored.stdout).toContain('Để hoàn tác: backup restore ');
    expect((await h.counts()).villages).toBe(villagesBefore);

    const undoName = /Để hoàn tác: backup restore (\S+)/u.exec(restored.stdout)?.[1] ?? '';
    expect(undoName).toMatch(/_before_restore\.sqlite3$/u);
    const undone = (await h.json(['backup', 'restore', undoName])) as {
      restored: { counts: { villages: number } };
    };
    expect(undone.restored.counts.villages).toBe(villagesBefore + 1);
    expect((await h.counts()).villages).toBe(villagesBefore + 1);
  });

  it('restore FILE of another commune needs --other-commune; refused, nothing changes', async () => {
    const other = cliHarness();
    expect(
      (
        await other.cli([
          'init',
          '--province-code',
          '51',
          '--commune-code',
          '21040',
          '--chairman',
          'Lê Văn A',
        ])
      ).code,
    ).toBe(0);
    const copy = ((await other.json(['backup', 'create'])) as { backup: Entry }).backup.path;

    const h = cliHarness();
    expect((await h.cli([...initArgs])).code).toBe(0);
    const refused = await h.cli(['backup', 'restore', copy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--other-commune');
    expect(fs.existsSync(path.join(h.dir, 'backups'))).toBe(false);
    expect(await h.json(['info'])).toMatchObject({ commune: { code: '21109' } });

    expect((await h.cli(['backup', 'restore', copy, '--other-commune'])).code).toBe(0);
    expect(await h.json(['info'])).toMatchObject({ commune: { code: '21040' } });
  });

  it('verify: a good copy says what it holds; a damaged one is exit 1; the files are untouched', async () => {
    const h = cliHarness();
    expect((await h.cli([...initArgs])).code).toBe(0);
    const copy = ((await h.json(['backup', 'create'])) as { backup: Entry }).backup.path;
    const good = (await h.json(['backup', 'verify', copy])) as { ok: boolean; communeCode: string };
    expect(good).toMatchObject({ ok: true, communeCode: '21109' });

    const damaged = path.join(h.dir, 'hong.sqlite3');
    fs.copyFileSync(copy, damaged);
    corruptTable(damaged, 'villages');
    const before = fileHash(damaged);
    const result = await h.cli(['backup', 'verify', damaged]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('đã bị hỏng');
    expect(fileHash(damaged)).toBe(before);
    expect((await h.cli(['backup', 'verify', path.join(h.dir, 'khong-co.sqlite3')])).code).toBe(1);
  });
});

describe('CLI doctor', () => {
  it('reports integrity, version, sizes, backups, free space and LibreOffice; a damaged file is reported, untouched', async () => {
    const h = cliHarness();
    expect((await h.cli([...initArgs])).code).toBe(0);
    let report = (await h.json(['doctor'])) as {
      database: {
        integrity: { status: string };
        schemaVersion: number;
        supportedSchemaVersion: number;
        size: number;
      };
      backups: { count: number; last: unknown };
      disk: { freeBytes: number };
      libreOffice: { found: boolean };
      problems: string[];
    };
    expect(report.database.integrity.status).toBe('ok');
    expect(report.database.schemaVersion).toBe(report.database.supportedSchemaVersion);
    expect(report.database.size).toBe(fs.statSync(h.db).size);
    expect(report.backups).toMatchObject({ count: 0, last: null });
    expect(report.disk.freeBytes).toBeGreaterThan(0);
    expect(typeof report.libreOffice.found).toBe('boolean');
    expect(report.problems.join(' ')).toContain('Chưa có bản sao lưu nào');

    await h.json(['backup', 'create']);
    report = (await h.json(['doctor'])) as typeof report;
    expect(report.backups.count).toBe(1);
    expect(report.problems.join(' ')).not.toContain('Chưa có bản sao lưu nào');

    corruptTable(h.db, 'villages');
    const before = fileHash(h.db);
    const damaged = await h.cli(['doctor']);
    expect(damaged.code).toBe(0);
    expect(damaged.stdout).toContain('CÓ VẤN ĐỀ (db_corrupt)');
    expect(damaged.stdout).toContain('đã bị hỏng');
    expect(fileHash(h.db)).toBe(before);
  });
});
