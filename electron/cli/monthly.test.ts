/** The monthly-work commands on a real database file: catalog, activities, trainings, targets, progress. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonSaved, Team, Village } from '../../shared/contract/types';
import { cliHarness, fileHash, initArgs, uuid, type CliHarness } from '../../test-support/cli';

let h: CliHarness;
let teamId: string;
let personId: string;

beforeEach(async () => {
  h = cliHarness();
  expect((await h.cli([...initArgs])).code).toBe(0);
  const village = await h.dispatch<Village>('createVillage', {
    name: 'Thôn An Hải',
    kind: 'thon',
    households: 300,
  });
  const team = await h.dispatch<Team>('createTeam', {
    level: 'village',
    name: 'Tổ CNSCĐ thôn An Hải',
    villageId: village.id,
  });
  teamId = team.id;
  personId = (await h.dispatch<PersonSaved>('createPerson', { fullName: 'Nguyễn Văn An' })).person.id;
  await h.dispatch('addMember', { teamId, personId, role: 'leader', startDate: '2026-01-05' });
});

function addArgs(...extra: string[]): string[] {
  return ['activities', 'add', '--team', teamId, '--date', '2026-05-04', '--kind', 'guidance', ...extra];
}

describe('catalog list', () => {
  it('prints the indicators with code, name, unit, pillar, platform and active', async () => {
    const list = (await h.json(['catalog', 'list'])) as Record<string, unknown>[];
    expect(list.find((i) => i.code === 'vneid_activated')).toEqual({
      code: 'vneid_activated',
      name: 'Tài khoản định danh điện tử mức 2 được kích hoạt',
      unit: 'tài khoản',
      pillar: 'digital_government',
      platform: 'vneid',
      active: true,
    });
    const text = await h.cli(['catalog', 'list']);
    expect(text.stdout).toContain('Chính quyền số');
  });
});

describe('activities add and list', () => {
  it('adds an activity and prints it with its id; the list finds it by dates and team', async () => {
    const added = (await h.json(
      addArgs(
        '--platform',
        'vneid',
        '--people',
        '40',
        '--households',
        '25',
        '--result',
        'vneid_activated=12',
        '--member',
        personId,
        '--place',
        'Nhà văn hóa',
        '--note',
        'Theo Zalo',
      ),
    )) as Record<string, unknown>;
    expect(added.id).toMatch(uuid);
    expect(added).toMatchObject({
      date: '2026-05-04',
      kind: 'guidance',
      platforms: ['vneid'],
      peopleReached: 40,
      householdsReached: 25,
      results: [{ indicator: 'vneid_activated', value: 12 }],
      memberIds: [personId],
      warnings: [],
    });
    const list = (await h.json([
      'activities',
      'list',
      '--from',
      '2026-05-01',
      '--to',
      '2026-05-31',
      '--team',
      teamId,
    ])) as {
      id: string;
    }[];
    expect(list.map((a) => a.id)).toEqual([added.id]);
    expect(await h.json(['activities', 'list', '--from', '2026-06-01'])).toEqual([]);
    const text = await h.cli(['activities', 'list']);
    expect(text.stdout).toContain('04/05/2026');
    expect(text.stdout).toContain('Tổng cộng: 1 hoạt động.');
  });

  it('warns of a duplicate and still saves it', async () => {
    await h.json(addArgs('--platform', 'vneid'));
    const second = await h.cli(addArgs('--platform', 'vneid'));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Cảnh báo: Có thể trùng');
    expect(await h.json(['activities', 'list'])).toHaveLength(2);
  });

  it.each([
    [['--result', 'vneid_activated=-3'], 1, 'không được âm'],
    [['--result', 'vneid_activated=2.5'], 1, 'số nguyên'],
    [['--people', 'nhiều'], 2, 'Số người phải là một số'],
    [['--result', 'vneid_level_9=3'], 1, 'Không có chỉ tiêu mã "vneid_level_9"'],
    [['--result', 'vneid_activated'], 2, 'MÃ_CHỈ_TIÊU=SỐ'],
    // A second "=" is not the rest of a number: refused, never read as 1.
    [['--result', 'vneid_activated=1=5'], 2, 'MÃ_CHỈ_TIÊU=SỐ'],
    [['--platform', 'myspace'], 1, 'Không có nền tảng mã "myspace"'],
  ])('refuses %j with exit %i and writes nothing', async (extra, code, message) => {
    const before = fileHash(h.db);
    const result = await h.cli(addArgs(...extra));
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(fileHash(h.db)).toBe(before);
  });

  it('refuses an unknown team, an impossible date, a date outside 2000–2100 and an unknown kind', async () => {
    const unknownTeam = await h.cli([
      'activities',
      'add',
      '--team',
      '01a2295f-9a16-77f5-a44f-740318548423',
      '--date',
      '2026-05-04',
      '--kind',
      'guidance',
    ]);
    expect(unknownTeam.code).toBe(1);
    expect(unknownTeam.stderr).toContain('Không có Tổ này');
    const impossible = await h.cli([
      'activities',
      'add',
      '--team',
      teamId,
      '--date',
      '2026-02-30',
      '--kind',
      'guidance',
    ]);
    expect(impossible.code).toBe(2);
    const viDate = await h.cli([
      'activities',
      'add',
      '--team',
      teamId,
      '--date',
      '04/05/2026',
      '--kind',
      'guidance',
    ]);
    expect(viDate.code).toBe(2);
    expect(viDate.stderr).toContain('YYYY-MM-DD');
    const far = await h.cli([
      'activities',
      'add',
      '--team',
      teamId,
      '--date',
      '2101-01-01',
      '--kind',
      'guidance',
    ]);
    // The application's one date rule, checked on the command line before the database is opened.
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('2000–2100');
    const kind = await h.cli([
      'activities',
      'add',
      '--team',
      teamId,
      '--date',
      '2026-05-04',
      '--kind',
      'party',
    ]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('propaganda');
    expect(await h.json(['activities', 'list'])).toEqual([]);
  });

  it('refuses a date before the team was founded unless --force', async () => {
    const before = fileHash(h.db);
    const refused = await h.cli([
      'activities',
      'add',
      '--team',
      teamId,
      '--date',
      '2025-11-20',
      '--kind',
      'meeting',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('được thành lập ngày 05/01/2026');
    expect(refused.stderr).toContain('--force');
    expect(fileHash(h.db)).toBe(before);
    const forced = (await h.json([
      'activities',
      'add',
      '--team',
      teamId,
      '--date',
      '2025-11-20',
      '--kind',
      'meeting',
      '--force',
    ])) as {
      warnings: { code: string }[];
    };
    expect(forced.warnings.map((w) => w.code)).toEqual(['outside_team_life']);
  });
});

describe('trainings', () => {
  it('adds a training with attendees and lists it', async () => {
    const added = (await h.json([
      'trainings',
      'add',
      '--date',
      '2026-04-10',
      '--topic',
      'Kỹ năng số cơ bản',
      '--organiser',
      'VNPT',
      '--online',
      '--hours',
      '3',
      '--attendee',
      personId,
    ])) as Record<string, unknown>;
    expect(added).toMatchObject({
      online: true,
      hours: 3,
      attendees: [{ personId, fullName: 'Nguyễn Văn An' }],
    });
    const list = (await h.json(['trainings', 'list'])) as { id: string }[];
    expect(list.map((t) => t.id)).toEqual([added.id]);
    const text = await h.cli(['trainings', 'list']);
    expect(text.stdout).toContain('1 người đã được bồi dưỡng');
  });

  it('refuses zero hours and an unknown attendee', async () => {
    const zero = await h.cli([
      'trainings',
      'add',
      '--date',
      '2026-04-10',
      '--topic',
      'X',
      '--organiser',
      'VNPT',
      '--hours',
      '0',
    ]);
    expect(zero.code).toBe(1);
    const nobody = await h.cli([
      'trainings',
      'add',
      '--date',
      '2026-04-10',
      '--topic',
      'X',
      '--organiser',
      'VNPT',
      '--attendee',
      '01a2295f-9a16-77f5-a44f-740318548423',
    ]);
    expect(nobody.code).toBe(1);
    expect(await h.json(['trainings', 'list'])).toEqual([]);
  });
});

describe('targets and progress', () => {
  it('sets targets, lists them and reports progress per indicator and per team', async () => {
    await h.json(['targets', 'set', '--year', '2026', '--indicator', 'vneid_activated', '--value', '1000']);
    const teamTarget = (await h.json([
      'targets',
      'set',
      '--year',
      '2026',
      '--indicator',
      'vneid_activated',
      '--value',
      '400',
      '--team',
      teamId,
    ])) as Record<string, unknown>;
    expect(teamTarget).toMatchObject({ year: 2026, indicator: 'vneid_activated', teamId, value: 400 });
    const targets = (await h.json(['targets', 'list', '--year', '2026'])) as {
      teamId: string | null;
      value: number;
    }[];
    expect(targets.map((t) => [t.teamId, t.value])).toEqual([
      [null, 1000],
      [teamId, 400],
    ]);
    await h.json(addArgs('--result', 'vneid_activated=100'));
    await h.json([
      'activities',
      'add',
      '--team',
      teamId,
      '--date',
      '2026-05-20',
      '--kind',
      'guidance',
      '--result',
      'vneid_activated=50',
    ]);
    const may = (await h.json(['progress', '--period', '2026-05'])) as {
      period: { from: string; to: string };
      indicators: { code: string; target: number | null; result: number; percent: number | null }[];
      teams: {
        teamId: string;
        indicators: { code: string; target: number; result: number; percent: number }[];
      }[];
    };
    expect(may.period).toMatchObject({ from: '2026-04-15', to: '2026-05-14' });
    expect(may.indicators.find((l) => l.code === 'vneid_activated')).toMatchObject({
      target: 1000,
      result: 100,
      percent: 10,
    });
    expect(may.teams.find((t) => t.teamId === teamId)?.indicators).toEqual([
      expect.objectContaining({ code: 'vneid_activated', target: 400, result: 100, percent: 25 }),
    ]);
    const year = (await h.json(['progress', '--period', '2026'])) as {
      indicators: { code: string; result: number }[];
    };
    expect(year.indicators.find((l) => l.code === 'vneid_activated')?.result).toBe(150);
    const text = await h.cli(['progress', '--period', '2026-Q2']);
    expect(text.stdout).toContain('Quý II/2026 (từ 15/03/2026 đến 14/06/2026)');
  });

  it('refuses a bad period, a negative target and an unknown indicator', async () => {
    const period = await h.cli(['progress', '--period', '2026-13']);
    expect(period.code).toBe(1);
    expect(period.stderr).toContain('Tháng 13 không có');
    const negative = await h.cli([
      'targets',
      'set',
      '--year',
      '2026',
      '--indicator',
      'vneid_activated',
      '--value',
      '-5',
    ]);
    expect(negative.code).toBe(1);
    expect(negative.stderr).toContain('không được âm');
    const unknown = await h.cli(['targets', 'set', '--year', '2026', '--indicator', 'nope', '--value', '5']);
    expect(unknown.code).toBe(1);
    const year = await h.cli(['targets', 'list', '--year', 'năm nay']);
    expect(year.code).toBe(2);
    expect(await h.json(['targets', 'list', '--year', '2026'])).toEqual([]);
  });
});
