/**
 * `decision found|reorganize|record`, `register list|export`, in-process through runCli on real
 * SQLite files, after `demo`.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamDetail } from '../../shared/contract/types';
import { previousDay, todayIso } from '../../shared/vi/dates';
import { readZip } from '../../test-support/sheets';
import type {
  DecisionWrittenJson,
  FileWrittenJson,
  RegisterEntryJson,
  ReorganizationWrittenJson,
  TeamJson,
} from './shapes';
import { openNodeBackend } from './run';
import { cliHarness, isoDate, uuid, type CliHarness } from '../../test-support/cli';

let h: CliHarness;
let teams: TeamJson[];

const FARMERS_TEAM = 'Tổ Công nghệ số cộng đồng thôn Tân Phú 10';
const YEAR = new Date().getFullYear();

beforeEach(async () => {
  h = cliHarness('to-cnscd-cli-documents-');
  await h.json(['demo']);
  teams = (await h.json(['teams', 'list'])) as TeamJson[];
});

function team(name: string): TeamJson {
  const found = teams.find((t) => t.name === name);
  if (!found) throw new Error(`no team ${name}`);
  return found;
}

const commune = () => team('Tổ Công nghệ số cộng đồng xã Đông Sơn');
/** Village teams of the demo without composition warnings. */
const quietVillages = () => teams.filter((t) => t.level === 'village' && t.warnings.length === 0);

/** The visible text of a .docx body: runs joined, one line per paragraph. */
function documentText(file: string): string {
  const xml = readZip(fs.readFileSync(file)).get('word/document.xml')?.toString('utf8') ?? '';
  return xml
    .replace(/<w:tab\/>/gu, '\t')
    .replace(/<\/w:p>/gu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&amp;/gu, '&');
}

async function register(args: readonly string[] = []): Promise<RegisterEntryJson[]> {
  return (await h.json(['register', 'list', ...args])) as RegisterEntryJson[];
}

/**
 * Everything in the working folder but the database (and its SQLite companions) and the commune's
 * signing key `init` made beside it: the data folder, not what a command wrote.
 */
function writtenFiles(): string[] {
  return fs
    .readdirSync(h.dir, { recursive: true })
    .map(String)
    .filter((f) => !f.startsWith('data.sqlite3') && !f.startsWith('default') && !f.startsWith('keys'))
    .sort();
}

describe('decision found --team', () => {
  it('without --issue: the copy for signing (blank number and date), a draft in the register', async () => {
    const result = await h.cli(['decision', 'found', '--team', commune().id, '--out', 'qd.docx', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as DecisionWrittenJson;
    expect(Object.keys(doc)).toEqual([
      'id',
      'kind',
      'status',
      'number',
      'numberText',
      'date',
      'summary',
      'teamIds',
      'path',
      'warnings',
    ]);
    expect(doc).toMatchObject({
      kind: 'founding_commune',
      status: 'draft',
      number: null,
      numberText: null,
      date: null,
      summary: 'Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn',
      teamIds: [commune().id],
      path: path.join(h.dir, 'qd.docx'),
      warnings: [],
    });
    expect(doc.id).toMatch(uuid);

    const text = documentText(doc.path);
    expect(text).toMatch(/Số:\s+\/QĐ-UBND/u);
    expect(text).toMatch(/Đông Sơn, ngày\s+tháng\s+năm \d{4}/u);
    for (const member of commune().members) expect(text).toContain(member.fullName);

    const all = await register(['--all']);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: doc.id, status: 'draft', number: null, numberText: null, date: null });
    // Without --all the register holds numbered documents only.
    expect(await register()).toEqual([]);
  });

  it('prints readable text', async () => {
    const { stdout, code } = await h.cli(['decision', 'found', '--team', commune().id, '--out', 'qd.docx']);
    expect(code).toBe(0);
    expect(stdout).toContain('Bản trình ký (để trống số và ngày)');
    expect(stdout).toContain(path.join(h.dir, 'qd.docx'));
  });

  it('--issue: the next free number and today, written into the document', async () => {
    const doc = (await h.json([
      'decision',
      'found',
      '--team',
      commune().id,
      '--out',
      'out/qd.docx',
      '--issue',
    ])) as DecisionWrittenJson;
    expect(doc).toMatchObject({ status: 'issued', number: 1, numberText: '01/QĐ-UBND', date: todayIso() });
    expect(documentText(doc.path)).toContain('Số: 01/QĐ-UBND');

    const entries = await register();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: doc.id,
      kind: 'founding_commune',
      status: 'issued',
      year: YEAR,
      number: 1,
      numberText: '01/QĐ-UBND',
      symbol: 'QĐ-UBND',
      date: todayIso(),
      signer: 'Trần Văn Thành',
      hasScan: false,
      external: false,
    });
  });

  it('--issue --number --date: the number and day given', async () => {
    const doc = (await h.json([
      'decision',
      'found',
      '--team',
      quietVillages()[0]?.id ?? '',
      '--out',
      'qd.docx',
      '--issue',
      '--number',
      '7',
      '--date',
      '2025-09-05',
    ])) as DecisionWrittenJson;
    expect(doc).toMatchObject({ kind: 'founding_village', number: 7, numberText: '07/QĐ-UBND' });
    expect(doc.date).toBe('2025-09-05');
    const text = documentText(doc.path);
    expect(text).toContain('Số: 07/QĐ-UBND');
    expect(text).toContain('ngày 05 tháng 9 năm 2025');
    expect((await register(['--year', '2025']))[0]?.number).toBe(7);
  });

  it('a number already used that year: exit 1, no file, no draft left', async () => {
    await h.json([
      'decision',
      'found',
      '--team',
      commune().id,
      '--out',
      'a.docx',
      '--issue',
      '--number',
      '1',
    ]);
    const before = await register(['--all']);
    const result = await h.cli([
      'decision',
      'found',
      '--team',
      quietVillages()[0]?.id ?? '',
      '--out',
      'b.docx',
      '--issue',
      '--number',
      '1',
      '--json',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('01/QĐ-UBND');
    expect(result.stderr).toContain('đã được dùng');
    expect(fs.existsSync(path.join(h.dir, 'b.docx'))).toBe(false);
    expect(await register(['--all'])).toEqual(before);
  });

  it('composition warnings not confirmed: exit 1, each warning quoting its rule, nothing written', async () => {
    const warned = team(FARMERS_TEAM);
    const result = await h.cli(['decision', 'found', '--team', warned.id, '--out', 'qd.docx', '--issue']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi: /u);
    expect(result.stderr).toContain('village.members.farmers_union');
    expect(result.stderr).toContain('Hội Nông dân');
    expect(result.stderr).toContain('Hướng dẫn:');
    expect(result.stderr).toContain('--confirm-warnings');
    expect(writtenFiles()).toEqual([]);
    expect(await register(['--all'])).toEqual([]);

    const confirmed = (await h.json([
      'decision',
      'found',
      '--team',
      warned.id,
      '--out',
      'qd.docx',
      '--issue',
      '--confirm-warnings',
    ])) as DecisionWrittenJson;
    expect(confirmed.status).toBe('issued');
    expect(confirmed.warnings).toEqual([
      expect.objectContaining({
        teamId: warned.id,
        teamName: FARMERS_TEAM,
        ruleId: 'village.members.farmers_union',
      }),
    ]);
    expect(fs.existsSync(confirmed.path)).toBe(true);
  });

  it('the backend decides, not a copy of its checks in the CLI: the refusal is explained, nothing is left', async () => {
    const warned = team(FARMERS_TEAM);
    // Were the CLI to check the team itself, it would see no warnings and go on.
    const result = await h.raw(
      ['--db', h.db, 'decision', 'found', '--team', warned.id, '--out', 'qd.docx', '--issue'],
      {
        openBackend: async (databasePath, log) => {
          const backend = await openNodeBackend(databasePath, log);
          const getTeam = backend.handlers.getTeam;
          backend.handlers.getTeam = async (input) => ({ ...(await getTeam(input)), warnings: [] });
          return backend;
        },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('village.members.farmers_union');
    expect(result.stderr).toContain('Hội Nông dân');
    expect(result.stderr).toContain('--confirm-warnings');
    expect(writtenFiles()).toEqual([]);
    // One operation, one transaction: not even a draft is left behind.
    expect(await register(['--all'])).toEqual([]);
  });

  it('without --issue a team with warnings still gets its copy for signing, warnings reported', async () => {
    const doc = (await h.json([
      'decision',
      'found',
      '--team',
      team(FARMERS_TEAM).id,
      '--out',
      'qd.docx',
    ])) as DecisionWrittenJson;
    expect(doc.status).toBe('draft');
    expect(doc.warnings.map((w) => w.ruleId)).toEqual(['village.members.farmers_union']);
  });

  it('an unknown team is refused (exit 1), nothing written', async () => {
    const result = await h.cli([
      'decision',
      'found',
      '--team',
      '01a2299d-0000-7000-8000-000000000000',
      '--out',
      'qd.docx',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Lỗi: /u);
    expect(writtenFiles()).toEqual([]);
  });
});

describe('decision found --teams', () => {
  it('one decision per village, files named after the villages in the --out folder', async () => {
    const three = quietVillages().slice(0, 3);
    const result = (await h.json([
      'decision',
      'found',
      '--teams',
      three.map((t) => t.id).join(','),
      '--out',
      'thon',
    ])) as { documents: DecisionWrittenJson[] };
    expect(Object.keys(result)).toEqual(['documents']);
    expect(result.documents).toHaveLength(3);
    const names = fs.readdirSync(path.join(h.dir, 'thon')).sort();
    expect(names).toHaveLength(3);
    expect(names).toContain('QD-thanh-lap-to-CNSCD-thon-An-Hai.docx');
    for (const name of names) expect(name).toMatch(/^QD-thanh-lap-to-CNSCD-[A-Za-z0-9-]+\.docx$/u);
    result.documents.forEach((doc, i) => {
      const village = three[i];
      expect(doc.kind).toBe('founding_village');
      expect(doc.teamIds).toEqual([village?.id]);
      expect(path.dirname(doc.path)).toBe(path.join(h.dir, 'thon'));
      expect(documentText(doc.path)).toContain(village?.members[0]?.fullName);
    });
    expect((await register(['--all'])).filter((e) => e.status === 'draft')).toHaveLength(3);
  });

  it('--issue: consecutive numbers from --number', async () => {
    const two = quietVillages().slice(0, 2);
    const result = (await h.json([
      'decision',
      'found',
      '--teams',
      two.map((t) => t.id).join(','),
      '--out',
      'thon',
      '--issue',
      '--number',
      '3',
    ])) as { documents: DecisionWrittenJson[] };
    expect(result.documents.map((d) => d.numberText)).toEqual(['03/QĐ-UBND', '04/QĐ-UBND']);
    expect(documentText(result.documents[1]?.path ?? '')).toContain('Số: 04/QĐ-UBND');
  });

  it('--combined: one decision, one appendix per village', async () => {
    const three = quietVillages().slice(0, 3);
    const result = (await h.json([
      'decision',
      'found',
      '--teams',
      three.map((t) => t.id).join(','),
      '--combined',
      '--out',
      'chung.docx',
    ])) as { documents: DecisionWrittenJson[] };
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({
      kind: 'founding_villages',
      teamIds: three.map((t) => t.id),
      path: path.join(h.dir, 'chung.docx'),
    });
    expect(writtenFiles()).toEqual(['chung.docx']);
    const text = documentText(path.join(h.dir, 'chung.docx'));
    expect(text).toContain('Phụ lục I');
    expect(text).toContain('Phụ lục II');
    expect(text).toContain('Phụ lục III');
  });

  it('one team with warnings among them: refused before anything is made', async () => {
    const ids = [quietVillages()[0]?.id ?? '', team(FARMERS_TEAM).id];
    const result = await h.cli(['decision', 'found', '--teams', ids.join(','), '--out', 'thon', '--issue']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(FARMERS_TEAM);
    expect(writtenFiles()).toEqual([]);
    expect(await register(['--all'])).toEqual([]);
  });

  it('the commune team is refused in --teams', async () => {
    const ids = [quietVillages()[0]?.id ?? '', commune().id];
    const result = await h.cli(['decision', 'found', '--teams', ids.join(','), '--out', 'thon']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--team');
    expect(writtenFiles()).toEqual([]);
    expect(await register(['--all'])).toEqual([]);
  });
});

describe('decision reorganize', () => {
  it('lists the changes since the last decision: a member who left', async () => {
    const village = quietVillages()[0];
    if (!village) throw new Error('no village team');
    await h.json([
      'decision',
      'found',
      '--team',
      village.id,
      '--out',
      'qd.docx',
      '--issue',
      '--date',
      '2025-09-05',
    ]);
    const leaving = village.members.find((m) => m.role === 'member');
    if (!leaving) throw new Error('no member');
    await h.dispatch<TeamDetail>('endMembership', {
      membershipId: leaving.membershipId,
      endDate: previousDay(todayIso()),
    });

    const doc = (await h.json([
      'decision',
      'reorganize',
      '--team',
      village.id,
      '--out',
      'kien-toan.docx',
    ])) as ReorganizationWrittenJson;
    expect(doc.kind).toBe('reorganization');
    expect(doc.status).toBe('draft');
    expect(doc.changes).toEqual([expect.stringContaining(`Thôi tham gia: ${leaving.fullName}`)]);
    const text = documentText(doc.path);
    expect(text).toContain('Thôi tham gia');
    expect(text).toContain(leaving.fullName);
    expect(text).toContain('Về việc kiện toàn');

    const issued = (await h.json([
      'decision',
      'reorganize',
      '--team',
      village.id,
      '--out',
      'kien-toan.docx',
      '--issue',
      // The member who left may have been the one a rule counts on.
      '--confirm-warnings',
    ])) as ReorganizationWrittenJson;
    // The founding decision was in 2025: this year's series starts again at 1.
    expect(issued).toMatchObject({ status: 'issued', numberText: '01/QĐ-UBND' });
    expect(issued.changes).toEqual(doc.changes);
  });
});

describe('decision record', () => {
  it('records a past decision; register list --json has its number; the same number again is refused', async () => {
    const village = quietVillages()[0];
    if (!village) throw new Error('no village team');
    const date = `${YEAR}-01-15`;
    const recorded = (await h.json([
      'decision',
      'record',
      '--team',
      village.id,
      '--number',
      '12',
      '--date',
      date,
      '--signer',
      'Lê Văn A',
    ])) as RegisterEntryJson;
    expect(recorded).toMatchObject({
      kind: 'external_decision',
      status: 'issued',
      number: 12,
      numberText: '12/QĐ-UBND',
      date,
      summary: `Về việc thành lập ${village.name}`,
      signer: 'Lê Văn A',
      hasScan: false,
      external: true,
      teamIds: [village.id],
    });

    const entries = await register();
    expect(entries.map((e) => e.number)).toEqual([12]);

    const again = await h.cli([
      'decision',
      'record',
      '--team',
      commune().id,
      '--number',
      '12',
      '--date',
      `${YEAR}-03-01`,
      '--signer',
      'Lê Văn B',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('12/QĐ-UBND');
    expect(await register()).toHaveLength(1);

    // The register's next free number follows it.
    const next = (await h.json([
      'decision',
      'found',
      '--team',
      commune().id,
      '--out',
      'qd.docx',
      '--issue',
    ])) as DecisionWrittenJson;
    expect(next.number).toBe(13);
  });

  it('--scan keeps the signed copy: status signed, hasScan; --summary and --symbol as given', async () => {
    fs.writeFileSync(path.join(h.dir, 'qd-5.pdf'), '%PDF-1.4\n%…\n');
    const recorded = (await h.json([
      'decision',
      'record',
      '--team',
      commune().id,
      '--number',
      '5',
      '--date',
      '2022-09-05',
      '--signer',
      'Trần Văn Thành',
      '--summary',
      'Về việc thành lập Tổ công nghệ số cộng đồng xã',
      '--symbol',
      'QĐ-CT',
      '--scan',
      'qd-5.pdf',
    ])) as RegisterEntryJson;
    expect(recorded).toMatchObject({
      status: 'signed',
      hasScan: true,
      symbol: 'QĐ-CT',
      numberText: '05/QĐ-CT',
      summary: 'Về việc thành lập Tổ công nghệ số cộng đồng xã',
      year: 2022,
    });
  });

  it('a missing scan file: exit 1 before the database is touched', async () => {
    const result = await h.cli([
      'decision',
      'record',
      '--team',
      commune().id,
      '--number',
      '5',
      '--date',
      '2022-09-05',
      '--signer',
      'A',
      '--scan',
      'khong-co.pdf',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('khong-co.pdf');
  });
});

describe('register list', () => {
  it('--json is a pure JSON array, entries with every field', async () => {
    const empty = await h.cli(['register', 'list', '--json']);
    expect(empty.stdout).toBe('[]\n');
    await h.json(['decision', 'found', '--team', commune().id, '--out', 'qd.docx', '--issue']);
    const result = await h.cli(['register', 'list', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('[')).toBe(true);
    const entries = JSON.parse(result.stdout) as RegisterEntryJson[];
    expect(Array.isArray(entries)).toBe(true);
    expect(Object.keys(entries[0] ?? {})).toEqual([
      'id',
      'kind',
      'status',
      'year',
      'number',
      'numberText',
      'symbol',
      'date',
      'summary',
      'signer',
      'recipients',
      'hasScan',
      'external',
      'teamIds',
    ]);
    expect(entries[0]?.date).toMatch(isoDate);
    expect(Number.isInteger(entries[0]?.number)).toBe(true);
  });

  it('prints the register as a table, drafts with --all', async () => {
    await h.json(['decision', 'found', '--team', commune().id, '--out', 'a.docx', '--issue']);
    await h.json(['decision', 'found', '--team', quietVillages()[0]?.id ?? '', '--out', 'b.docx']);
    const { stdout } = await h.cli(['register', 'list', '--all']);
    expect(stdout).toContain(`Sổ văn bản đi năm ${YEAR}`);
    expect(stdout).toContain('Số, ký hiệu');
    expect(stdout).toContain('01/QĐ-UBND');
    expect(stdout).toContain('(chưa có số)');
    expect(stdout).toContain('Tổng cộng: 1 văn bản có số, 1 bản nháp.');
    expect((await h.cli(['register', 'list'])).stdout).not.toContain('(chưa có số)');
  });

  it('--year: another year is empty', async () => {
    await h.json(['decision', 'found', '--team', commune().id, '--out', 'a.docx', '--issue']);
    expect(await register(['--year', String(YEAR - 1)])).toEqual([]);
  });
});

describe('register export', () => {
  it('writes the year as .xlsx, JSON {path, rows}', async () => {
    await h.json(['decision', 'found', '--team', commune().id, '--out', 'a.docx', '--issue']);
    const written = (await h.json(['register', 'export', '--out', 'so/so-di.xlsx'])) as FileWrittenJson;
    expect(written).toEqual({ path: path.join(h.dir, 'so', 'so-di.xlsx'), rows: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written.path);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell(5, 1).value).toBe('01/QĐ-UBND');
  });
});

describe('usage errors (exit 2, nothing opened)', () => {
  const id = '01a2299d-8751-71ba-ac8c-00d27093ac16';
  it.each([
    [['decision', 'found', '--out', 'a.docx']],
    [['decision', 'found', '--team', id, '--teams', id, '--out', 'a.docx']],
    [['decision', 'found', '--team', id, '--out', 'a.pdf']],
    [['decision', 'found', '--team', id, '--out', 'a.docx', '--number', '3']],
    [['decision', 'found', '--team', id, '--out', 'a.docx', '--confirm-warnings']],
    [['decision', 'found', '--team', id, '--out', 'a.docx', '--issue', '--number', 'ba']],
    [['decision', 'found', '--team', id, '--out', 'a.docx', '--issue', '--date', '05/02/2026']],
    [['decision', 'found', '--team', id, '--combined', '--out', 'a.docx']],
    [['decision', 'found', '--teams', `${id},${id}`, '--out', 'thon']],
    [['decision', 'found', '--teams', id, '--out', 'a.docx']],
    [['decision', 'reorganize', '--team', id, '--out', 'a.xlsx']],
    [['decision', 'record', '--team', id, '--number', '0', '--date', '2025-01-01', '--signer', 'A']],
    [['decision', 'record', '--team', id, '--number', '1', '--date', '2025-02-30', '--signer', 'A']],
    [['register', 'list', '--year', '25']],
    [['register', 'export', '--out', 'so.docx']],
    [['members', 'export', '--team', id, '--out', 'tv.pdf']],
  ])('%j', async (args) => {
    const fresh = cliHarness('to-cnscd-cli-documents-usage-');
    const result = await fresh.cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi cú pháp: /u);
    expect(fs.readdirSync(fresh.dir)).toEqual([]);
  });

  it('members export names both .docx and .xlsx as the ways', async () => {
    const { stderr } = await h.cli(['members', 'export', '--team', commune().id, '--out', 'tv.pdf']);
    expect(stderr).toContain('.xlsx');
    expect(stderr).toContain('.docx');
  });
});
