/**
 * The contract's limits, text sanitiser, date rule and number rule as the CLI meets them, in-process
 * through runCli on real SQLite files after `demo`: refused with a message, nothing written.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readZip } from '../../test-support/sheets';
import type { RegisterEntryJson, TeamJson } from './shapes';
import { cliHarness, fileHash, type CliHarness } from '../../test-support/cli';

const ESC = '\u001b';

let h: CliHarness;
let villageTeam: TeamJson;

beforeEach(async () => {
  h = cliHarness('to-cnscd-cli-limits-');
  await h.json(['demo']);
  const teams = (await h.json(['teams', 'list'])) as TeamJson[];
  const quiet = teams.find((t) => t.level === 'village' && t.warnings.length === 0);
  if (!quiet) throw new Error('the demo has no village team without warnings');
  villageTeam = quiet;
});

/** Every text value of every table that holds one ESC (there should be none). */
function textsWithEsc(db: string): string[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    const tables = sqlite
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name);
    return tables.flatMap((table) =>
      sqlite
        .prepare<[], Record<string, unknown>>(`SELECT * FROM "${table}"`)
        .all()
        .flatMap((row) => Object.values(row))
        .filter((v): v is string => typeof v === 'string' && v.includes(ESC)),
    );
  } finally {
    sqlite.close();
  }
}

describe('document dates: one rule, 2000–2100, refused before anything is written', () => {
  const before = () => fileHash(h.db);

  it.each(['1899-01-01', '2999-12-31'])('decision found --issue --date %s is refused', async (date) => {
    const hash = before();
    const result = await h.cli([
      'decision',
      'found',
      '--team',
      villageTeam.id,
      '--out',
      'qd.docx',
      '--issue',
      '--date',
      date,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ngày phải trong các năm 2000–2100');
    expect(fs.existsSync(path.join(h.dir, 'qd.docx'))).toBe(false);
    expect(fileHash(h.db)).toBe(hash);
  });

  it('decision reorganize --issue --date 1000-01-01 is refused', async () => {
    const hash = before();
    const result = await h.cli([
      'decision',
      'reorganize',
      '--team',
      villageTeam.id,
      '--out',
      'kt.docx',
      '--issue',
      '--date',
      '1000-01-01',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ngày phải trong các năm 2000–2100');
    expect(fileHash(h.db)).toBe(hash);
  });

  it('decision record --date 1899-12-31 is refused; the contract refuses it too', async () => {
    const result = await h.cli([
      'decision',
      'record',
      '--team',
      villageTeam.id,
      '--number',
      '3',
      '--date',
      '1899-12-31',
      '--signer',
      'Lê Văn A',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2000–2100');
    await expect(
      h.dispatch('recordPastDecision', {
        teamIds: [villageTeam.id],
        number: 3,
        date: '2101-01-01',
        signer: 'Lê Văn A',
        summary: 'Về việc thành lập Tổ',
      }),
    ).rejects.toThrow(/2000–2100/u);
    expect(await h.json(['register', 'list', '--all'])).toEqual([]);
  });
});

describe('document numbers: one rule, whole numbers 1–99,999, never rounded', () => {
  it.each([
    ['0', 'không nhận số 0 hay số âm'],
    ['-4', 'không nhận số 0 hay số âm'],
    ['1.5', 'không có phần thập phân'],
    ['100000', 'quá lớn'],
    ['7e2', 'Cần một số viết bằng chữ số'],
  ])('--number %s is refused', async (value, message) => {
    const hash = fileHash(h.db);
    const result = await h.cli([
      'decision',
      'found',
      '--team',
      villageTeam.id,
      '--out',
      'qd.docx',
      '--issue',
      `--number=${value}`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(fileHash(h.db)).toBe(hash);
  });

  it('the issue operation refuses 0 instead of taking the next number', async () => {
    const draft = await h.dispatch<{ id: string }>('createDecision', {
      kind: 'founding_village',
      teamIds: [villageTeam.id],
    });
    await expect(
      h.dispatch('issueDocument', { id: draft.id, number: 0, date: '2026-02-05' }),
    ).rejects.toThrow(/không nhận số 0/u);
    const register = (await h.json(['register', 'list', '--year', '2026'])) as RegisterEntryJson[];
    expect(register).toEqual([]);
  });
});

describe('text limits and the sanitiser', () => {
  it('a 120,000-character --symbol is refused by the contract; nothing is recorded', async () => {
    const hash = fileHash(h.db);
    const result = await h.cli([
      'decision',
      'record',
      '--team',
      villageTeam.id,
      '--number',
      '3',
      '--date',
      '2024-03-01',
      '--signer',
      'Lê Văn A',
      '--symbol',
      'A'.repeat(120_000),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Ký hiệu dài quá 40 ký tự');
    expect(result.stderr.length).toBeLessThan(2000);
    expect(fileHash(h.db)).toBe(hash);
  });

  it('ESC reaches neither the database, nor the terminal, nor a .docx', async () => {
    await h.dispatch('updateTeam', {
      id: villageTeam.id,
      name: `${ESC}[31mTổ thôn Mới${ESC}[0m`,
      zaloLink: null,
      zaloHouseholds: null,
      notes: `Ghi${ESC}chú\u0000 có\u202E đảo chiều`,
    });
    const recorded = await h.cli([
      'decision',
      'record',
      '--team',
      villageTeam.id,
      '--number',
      '3',
      '--date',
      '2024-03-01',
      '--signer',
      `Lê Văn${ESC}[2J A`,
      '--summary',
      `Về việc${ESC}[31m thành lập`,
    ]);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain('Lê Văn[2J A');
    // The team has a founding decision in force (the one just recorded): a second one is asked for knowingly.
    const found = await h.cli(['decision', 'found', '--team', villageTeam.id, '--force', '--out', 'qd.docx']);
    expect(found.code).toBe(0);
    const listed = await h.cli(['teams', 'list']);
    expect(listed.stdout).toContain('[31mTổ thôn Mới[0m');

    expect(textsWithEsc(h.db)).toEqual([]);
    for (const output of [recorded, found, listed]) {
      expect(output.stdout + output.stderr).not.toContain(ESC);
    }
    const xml = readZip(fs.readFileSync(path.join(h.dir, 'qd.docx'))).get('word/document.xml');
    expect(xml?.toString('utf8')).toContain('[31mTổ thôn Mới[0m');
    expect(xml?.toString('utf8')).not.toContain(ESC);
  });

  it('a control character typed in an option is not echoed to the terminal', async () => {
    const result = await h.cli(['people', 'list', '--search', `Nguyễn${ESC}]0;title\u0007`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nguyễn]0;title');
    expect(result.stdout.replaceAll('\n', '')).not.toMatch(/\p{Cc}/u);
  });
});

describe('init: the unit follows the official list', () => {
  it('refuses codes 99 / 99999 named after listed units, and leaves the profile as it was', async () => {
    const hash = fileHash(h.db);
    const result = await h.cli([
      'init',
      '--force',
      '--province-code',
      '99',
      '--province-name',
      'Quảng Ngãi',
      '--commune-code',
      '99999',
      '--commune-name',
      'Đông Sơn',
      '--chairman',
      'Trần Văn Thành',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Tỉnh Quảng Ngãi có trong danh mục với mã 51, không phải mã 99.');
    expect(fileHash(h.db)).toBe(hash);
  });

  it('refuses a listed code with another name instead of keeping either silently', async () => {
    const result = await h.cli([
      'init',
      '--force',
      '--province-code',
      '51',
      '--commune-code',
      '21109',
      '--commune-name',
      'Xã Bình Hiệp',
      '--chairman',
      'Trần Văn Thành',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Mã xã 21109 trong danh mục là Xã Đông Sơn, không phải «Xã Bình Hiệp».');
  });
});
