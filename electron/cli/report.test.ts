/** `report data` on a real database file: the figures as JSON and as text, warnings, exit codes. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../shared/contract/report-types';
import { cliHarness, fileHash, initArgs, type CliHarness } from '../../test-support/cli';
import { seedReportCommune } from '../../test-support/report-cli';

let h: CliHarness;
let teamId: string;

beforeEach(async () => {
  h = cliHarness();
  expect((await h.cli([...initArgs])).code).toBe(0);
  teamId = await seedReportCommune(h);
});

async function reportJson(period: string) {
  const run = await h.cli(['report', 'data', '--period', period, '--json']);
  expect(run.code).toBe(0);
  return { figures: JSON.parse(run.stdout) as ReportFigures, stderr: run.stderr };
}

describe('report data', () => {
  it('prints the figures of a closed month as JSON, its warnings on stderr only', async () => {
    const { figures, stderr } = await reportJson('2025-03');
    expect(figures.period).toMatchObject({
      code: '2025-03',
      label: 'Tháng 3/2025',
      from: '2025-02-15',
      to: '2025-03-14',
      rangeText: 'Số liệu tính từ ngày 15/02/2025 đến ngày 14/3/2025.',
      closed: true,
    });
    expect(figures.teams).toEqual({ commune: 0, village: 1, founded: 0, reorganized: 0, dissolved: 0 });
    expect(figures.members).toEqual({ total: 1, commune: 0, village: 1, joined: 0, left: 0 });
    expect(figures.activities.total).toBe(2);
    expect(figures.reached).toEqual({ people: 50, households: 4 });
    expect(figures.indicators).toEqual([
      {
        code: 'vneid_activated',
        name: 'Tài khoản định danh điện tử mức 2 được kích hoạt',
        unit: 'tài khoản',
        pillar: 'digital_government',
        target: 400,
        result: 50,
        cumulative: 100,
        percent: 25,
      },
    ]);
    expect(figures.trainings).toEqual({ sessions: 0, hours: 0, attendances: 0, trainedMembers: 0 });
    expect(figures.villages).toMatchObject([
      { teamId, villageName: 'Thôn An Hải', members: 1, activities: 2, results: { vneid_activated: 50 } },
    ]);
    expect(figures.warnings.map((w) => w.code)).toEqual(['after_cutoff']);
    expect(stderr).toBe(`Cảnh báo: ${figures.warnings[0]?.message ?? ''}\n`);
    expect(stderr).toContain('sau ngày 14/3/2025');
  });

  it('prints readable Vietnamese text without --json', async () => {
    const run = await h.cli(['report', 'data', '--period', '2025-Q1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Quý I/2025');
    expect(run.stdout).toContain('Số liệu tính từ ngày 15/12/2024 đến ngày 14/3/2025.');
    expect(run.stdout).toContain('Hoạt động: 3 (Hướng dẫn 3); tiếp cận 55 người, 6 hộ.');
    expect(run.stdout).toMatch(
      /Tài khoản định danh điện tử mức 2 được kích hoạt +tài khoản +400 +100 +100 +25 %/u,
    );
    expect(run.stdout).toMatch(/Thôn An Hải +1 +3 +55 +6 +0/u);
  });

  it('allows a period not closed yet, warning "số liệu chưa chốt" on stderr', async () => {
    const run = await h.cli(['report', 'data', '--period', '2100-12', '--json']);
    expect(run.code).toBe(0);
    const figures = JSON.parse(run.stdout) as ReportFigures;
    expect(figures.period.closed).toBe(false);
    expect(figures.activities.total).toBe(0);
    expect(run.stderr).toContain('Cảnh báo: Tháng 12/2100 chưa hết');
    expect(run.stderr).toContain('số liệu chưa chốt');
  });

  it('refuses a period that does not exist (1) and a command typed wrong (2), writing nothing', async () => {
    const before = fileHash(h.db);
    const bad = await h.cli(['report', 'data', '--period', '2025-Q5']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('Kỳ "2025-Q5" không hợp lệ');
    const missing = await h.cli(['report', 'data']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Thiếu tùy chọn bắt buộc --period');
    const unknown = await h.cli(['report', 'data', '--period', '2025-03', '--month', '3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Tùy chọn "--month" không có');
    expect(fileHash(h.db)).toBe(before);
  });

  it('refuses a database without the commune profile, saying to run init', async () => {
    const fresh = cliHarness();
    const run = await fresh.cli(['report', 'data', '--period', '2025-03']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Chưa thiết lập hồ sơ xã');
  });
});
