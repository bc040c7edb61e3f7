/** `audit list`, in-process on a real file: what the writes left, the day range, the exit codes. */
import { describe, expect, it } from 'vitest';
import { cliHarness, initArgs } from '../../test-support/cli';

interface Entry {
  id: number;
  at: string;
  operation: string;
  operationLabel: string;
  entity: string;
  entityLabel: string;
  entityId: string | null;
  summary: string;
  appVersion: string;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('CLI audit list', () => {
  it('lists the writes of the CLI and of the contract, newest first, and nothing for reads', async () => {
    const h = cliHarness();
    expect((await h.cli([...initArgs])).code).toBe(0);
    await h.dispatch('createVillage', { name: 'Thôn Hòa Bình', kind: 'thon', households: 90 });
    await h.cli(['villages', 'list']);
    const entries = (await h.json(['audit', 'list'])) as Entry[];
    expect(entries.map((e) => e.operation)).toEqual(['createVillage', 'setupProfile']);
    expect(entries[0]).toMatchObject({
      operationLabel: 'Thêm thôn, tổ dân phố',
      entity: 'village',
      entityLabel: 'Thôn, tổ dân phố',
      summary: '«Thôn Hòa Bình»',
    });
    expect(entries[0]?.entityId).toMatch(/^[0-9a-f-]{36}$/u);

    const today = localToday();
    expect(((await h.json(['audit', 'list', '--from', today, '--to', today])) as Entry[]).length).toBe(2);
    expect(await h.json(['audit', 'list', '--to', '2025-12-31'])).toEqual([]);

    const text = await h.cli(['audit', 'list', '--from', today]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Thêm thôn, tổ dân phố');
    expect(text.stdout).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/u);
    expect(text.stdout).toContain('Tổng cộng: 2 thao tác.');
    const empty = await h.cli(['audit', 'list', '--to', '2025-12-31']);
    expect(empty.stdout).toContain('chưa có thao tác ghi nào');
  });

  it('a date typed wrong is a usage error (2); a range backwards is refused (1); nothing written', async () => {
    const h = cliHarness();
    expect((await h.cli([...initArgs])).code).toBe(0);
    const wrong = await h.cli(['audit', 'list', '--from', '31/12/2026']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('YYYY-MM-DD');
    const backwards = await h.cli(['audit', 'list', '--from', '2026-12-31', '--to', '2026-12-01']);
    expect(backwards.code).toBe(1);
    expect(backwards.stderr).toContain('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc');
    expect(((await h.json(['audit', 'list'])) as Entry[]).map((e) => e.operation)).toEqual(['setupProfile']);
  });
});
