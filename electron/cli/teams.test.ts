/** `teams list`, `teams check`, `members export` in-process through runCli, on real SQLite files. */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamDetail } from '../../shared/contract/types';
import { roles } from '../../shared/domain/teams';
import { previousDay, todayIso } from '../../shared/vi/dates';
import { readZip } from '../../test-support/sheets';
import type { FileWrittenJson, TeamJson, TeamWarningJson } from './shapes';
import { cliHarness, isoDate, uuid, type CliHarness } from '../../test-support/cli';

let h: CliHarness;

beforeEach(() => {
  h = cliHarness('to-cnscd-cli-teams-');
});

const FARMERS_TEAM = 'Tổ Công nghệ số cộng đồng thôn Tân Phú 10';

async function teams(args: readonly string[] = []): Promise<TeamJson[]> {
  return (await h.json(['teams', 'list', ...args])) as TeamJson[];
}

describe('teams list', () => {
  it('an empty database: an empty array, a plain sentence', async () => {
    expect(await teams()).toEqual([]);
    expect((await h.cli(['teams', 'list'])).stdout).toBe('Chưa có Tổ CNSCĐ nào đang hoạt động.\n');
  });

  it('after demo: 12 teams with their members, roles as codes', async () => {
    await h.json(['demo']);
    const result = await h.cli(['teams', 'list', '--json']);
    expect(result.stdout.startsWith('[')).toBe(true);
    const list = JSON.parse(result.stdout) as TeamJson[];
    expect(list).toHaveLength(12);
    expect(list[0]).toMatchObject({
      level: 'commune',
      name: 'Tổ Công nghệ số cộng đồng xã Đông Sơn',
      villageId: null,
      villageName: null,
      villageHouseholds: null,
    });
    expect(list.filter((t) => t.level === 'commune')).toHaveLength(1);
    for (const team of list) {
      expect(Object.keys(team)).toEqual([
        'id',
        'level',
        'name',
        'villageId',
        'villageName',
        'villageHouseholds',
        'status',
        'zaloLink',
        'zaloHouseholds',
        'notes',
        'members',
        'warnings',
      ]);
      expect(team.id).toMatch(uuid);
      expect(team.status).toBe('active');
      expect(['commune', 'village']).toContain(team.level);
      if (team.level === 'village') {
        expect(team.villageId).toMatch(uuid);
        expect(team.villageName).toMatch(/^(Thôn|Tổ dân phố) /u);
        expect(Number.isInteger(team.villageHouseholds)).toBe(true);
        expect(team.zaloLink).toMatch(/^https:\/\/zalo\.me\//u);
      }
      expect(team.members.length).toBeGreaterThan(0);
      expect(team.members.filter((m) => m.role === 'leader')).toHaveLength(1);
      for (const m of team.members) {
        expect(Object.keys(m)).toEqual([
          'membershipId',
          'personId',
          'fullName',
          'role',
          'startDate',
          'endDate',
        ]);
        expect(roles).toContain(m.role);
        expect(m.startDate).toMatch(isoDate);
        expect(m.endDate).toBeNull();
        expect(m.personId).toMatch(uuid);
      }
      // Printing order: leader first, then deputies, then members.
      const ranks = team.members.map((m) => roles.indexOf(m.role));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    const commune = list[0];
    expect(commune?.members.map((m) => m.role)).toEqual([
      'leader',
      'standing_deputy',
      'deputy',
      'member',
      'member',
      'member',
      'member',
      'member',
    ]);
    expect(commune?.members[0]).toMatchObject({ fullName: 'Trần Văn Thành', startDate: '2025-08-15' });
    const warned = list.filter((t) => t.warnings.length > 0);
    expect(warned.map((t) => t.name)).toEqual([FARMERS_TEAM]);
    expect(warned[0]?.warnings.map((w) => w.ruleId)).toEqual(['village.members.farmers_union']);
  });

  it('--history: every membership ever, ended ones with their end date', async () => {
    await h.json(['demo']);
    const before = await teams();
    const team = before[1];
    const leaving = team?.members.find((m) => m.role === 'member');
    if (!team || !leaving) throw new Error('demo team without members');
    const endDate = previousDay(todayIso());
    await h.dispatch<TeamDetail>('endMembership', { membershipId: leaving.membershipId, endDate });

    const current = (await teams()).find((t) => t.id === team.id);
    expect(current?.members.map((m) => m.membershipId)).not.toContain(leaving.membershipId);
    expect(current?.members).toHaveLength(team.members.length - 1);

    const history = (await teams(['--history'])).find((t) => t.id === team.id);
    expect(history?.members).toHaveLength(team.members.length);
    expect(history?.members.find((m) => m.membershipId === leaving.membershipId)).toMatchObject({
      personId: leaving.personId,
      endDate,
    });

    const text = await h.cli(['teams', 'list', '--history']);
    expect(text.stdout).toMatch(/STT +Họ và tên +Chức danh +Từ ngày +Đến ngày/u);
    const [y, m, d] = endDate.split('-');
    expect(text.stdout).toContain(`${d}/${m}/${y}`);
  });

  it('prints readable Vietnamese text', async () => {
    await h.json(['demo']);
    const { code, stdout } = await h.cli(['teams', 'list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. Tổ Công nghệ số cộng đồng xã Đông Sơn\n {3}Cấp xã; Đang hoạt động\n/u);
    expect(stdout).toMatch(/Trần Văn Thành +Tổ trưởng +15\/08\/2025/u);
    expect(stdout).toContain('Thôn An Hải: 412 hộ');
    expect(stdout).toContain('   Cảnh báo: Tổ chưa có cán bộ Hội Nông dân.');
    expect(stdout).toMatch(/Tổng cộng: 12 Tổ đang hoạt động, \d+ lượt thành viên hiện tại, 1 cảnh báo\.\n$/u);
    expect(() => JSON.parse(stdout)).toThrow();
  });
});

describe('teams check', () => {
  it('after demo: exactly one warning, exit 0', async () => {
    await h.json(['demo']);
    const list = await teams();
    const result = await h.cli(['teams', 'check', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const warnings = JSON.parse(result.stdout) as TeamWarningJson[];
    expect(Array.isArray(warnings)).toBe(true);
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(Object.keys(warning ?? {})).toEqual(['teamId', 'teamName', 'ruleId', 'message']);
    expect(warning).toMatchObject({
      teamId: list.find((t) => t.name === FARMERS_TEAM)?.id,
      teamName: FARMERS_TEAM,
      ruleId: 'village.members.farmers_union',
    });
    expect(warning?.message).toContain('Hội Nông dân');
  });

  it('text groups the warnings by team', async () => {
    await h.json(['demo']);
    const { code, stdout } = await h.cli(['teams', 'check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `^${FARMERS_TEAM}:\\n  - Tổ chưa có cán bộ Hội Nông dân\\..*\\[village\\.members\\.farmers_union\\]\\n`,
        'u',
      ),
    );
    expect(stdout).toContain('1 cảnh báo ở 1 Tổ.');
  });

  it('no teams, no warnings: an empty list and exit 0', async () => {
    expect(await h.json(['teams', 'check'])).toEqual([]);
    const { code, stdout } = await h.cli(['teams', 'check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Không có cảnh báo/u);
  });
});

describe('members export', () => {
  it('writes the current members of one team to a readable .xlsx', async () => {
    await h.json(['demo']);
    const team = (await teams())[1];
    if (!team) throw new Error('no team');
    const written = (await h.json([
      'members',
      'export',
      '--team',
      team.id,
      '--out',
      'to.xlsx',
    ])) as FileWrittenJson;
    const file = path.join(h.dir, 'to.xlsx');
    expect(written).toEqual({ path: file, rows: team.members.length });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const texts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    for (const m of team.members) expect(texts).toContain(m.fullName);
    expect(texts).toContain('Tổ trưởng');

    const text = await h.cli(['members', 'export', '--team', team.id, '--out', 'to.xlsx']);
    expect(text.stdout).toBe(
      `Đã ghi danh sách ${team.members.length} thành viên của ${team.name} vào tệp ${file}.\n`,
    );
  });

  it.each([
    ['a malformed id', 'khong-phai-ma', 'Mã bản ghi không hợp lệ'],
    ['an unknown team', '00000000-0000-7000-8000-000000000000', 'Không tìm thấy Tổ này'],
  ])('refuses %s (exit 1), writing nothing', async (_what, id, message) => {
    await h.json(['demo']);
    const result = await h.cli(['members', 'export', '--team', id, '--out', 'to.xlsx']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(fs.existsSync(path.join(h.dir, 'to.xlsx'))).toBe(false);
  });

  it.each([
    [['members', 'export', '--out', 'to.xlsx'], '--team'],
    [['members', 'export', '--team', 'x'], '--out'],
    [['members', 'export', '--team', 'x', '--out', 'to.pdf'], '.docx hoặc .xlsx'],
  ])('usage error %j (exit 2)', async (args, word) => {
    const result = await h.cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Lỗi cú pháp: /u);
    expect(result.stderr).toContain(word);
  });

  it('writes the members as a Decree-30 "DANH SÁCH" .docx', async () => {
    await h.json(['demo']);
    const team = (await teams())[1];
    if (!team) throw new Error('no team');
    const written = (await h.json([
      'members',
      'export',
      '--team',
      team.id,
      '--out',
      'to.docx',
    ])) as FileWrittenJson;
    const file = path.join(h.dir, 'to.docx');
    expect(written).toEqual({ path: file, rows: team.members.length });
    const xml = readZip(fs.readFileSync(file)).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('DANH SÁCH');
    for (const m of team.members) expect(xml).toContain(m.fullName);
    expect(xml).not.toContain('Số:');
  });

  it('help names both .docx and .xlsx', async () => {
    const { stdout } = await h.raw(['help', 'members', 'export']);
    expect(stdout).toContain('.docx');
    expect(stdout).toContain('.xlsx');
  });
});
