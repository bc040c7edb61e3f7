/**
 * `report data|build --scope received` on real files: a commune's real bundle exported by its
 * command line and imported by the receiving unit's, a second commune on the list that sent
 * nothing; the unit's aggregate equals the commune's own figures, the aggregated report is read
 * back from its .docx, and the scope that does not fit the database is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReceivedAggregate, ReportFigures } from '../../shared/contract/report-types';
import { cliHarness, initArgs, receivingUnitArgs, type CliHarness } from '../../test-support/cli';
import { contentHash } from '../../test-support/content-hash';
import { readBuilt } from '../../test-support/docx';
import { seedReportCommune } from '../../test-support/report-cli';

let commune: CliHarness;
let unit: CliHarness;

beforeEach(async () => {
  commune = cliHarness();
  expect((await commune.cli([...initArgs])).code).toBe(0);
  await seedReportCommune(commune);
  unit = cliHarness();
  const setUp = await unit.cli(receivingUnitArgs(['21109', '21025']));
  expect(setUp.code).toBe(0);
  await importPeriod('2025-03');
});

/** The commune exports the period's bundle; the unit imports it. */
async function importPeriod(period: string): Promise<void> {
  const made = (await commune.json(['bundle', 'export', '--period', period, '--out', 'usb'])) as {
    path: string;
  };
  const bundle = path.join(unit.dir, path.basename(made.path));
  fs.copyFileSync(made.path, bundle);
  expect((await unit.cli(['bundle', 'import', bundle])).code).toBe(0);
}

describe('report data --scope received', () => {
  it('adds up the communes: the one that sent equals its own figures, the other is "not sent"', async () => {
    const ownRun = await commune.cli(['report', 'data', '--period', '2025-03', '--json']);
    expect(ownRun.code).toBe(0);
    const own = JSON.parse(ownRun.stdout) as ReportFigures;
    const run = await unit.cli(['report', 'data', '--scope', 'received', '--period', '2025-03', '--json']);
    expect(run.code).toBe(0);
    const f = JSON.parse(run.stdout) as ReceivedAggregate;
    expect(own.activities.total).toBe(2);
    expect(f.activities).toEqual(own.activities);
    expect(f.reached).toEqual(own.reached);
    expect(f.members).toEqual(own.members);
    // The year's cumulative counts what the unit received: March alone, until February arrives.
    expect(f.indicators.map((l) => [l.result, l.target, l.cumulative])).toEqual([[50, 400, 50]]);
    expect(own.indicators.map((l) => l.cumulative)).toEqual([100]);
    expect(f.warnings.find((w) => w.code === 'cumulative_partial')?.communeCodes).toEqual(['21109']);
    await importPeriod('2025-02');
    const later = JSON.parse(
      (await unit.cli(['report', 'data', '--scope', 'received', '--period', '2025-03', '--json'])).stdout,
    ) as ReceivedAggregate;
    expect(later.indicators).toEqual(own.indicators);
    expect(f.communes.map((c) => [c.communeCode, c.received])).toEqual(
      expect.arrayContaining([
        ['21109', true],
        ['21025', false],
      ]),
    );
    expect(f.communeTeams['21109']).toEqual(own.villages);
    expect(run.stderr).toMatch(/^Cảnh báo: 1 xã chưa gửi số liệu tháng 3\/2025: /mu);
  });

  it('prints the table of communes as text', async () => {
    const run = await unit.cli(['report', 'data', '--scope', 'received', '--period', '2025-03']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Từng xã, phường (1/2 đã gửi số liệu):');
    expect(run.stdout).toMatch(/21025 .*Chưa gửi/u);
  });

  it('is refused at a commune’s database, and the commune’s scope at the unit’s, saying what to type', async () => {
    const atCommune = await commune.cli(['report', 'data', '--scope', 'received', '--period', '2025-03']);
    expect(atCommune.code).toBe(1);
    expect(atCommune.stderr).toContain('Bỏ --scope received để lấy số liệu của xã');
    const atUnit = await unit.cli(['report', 'data', '--period', '2025-03']);
    expect(atUnit.code).toBe(1);
    expect(atUnit.stderr).toContain('Hãy thêm --scope received');
    const unknown = await unit.cli(['report', 'data', '--scope', 'all', '--period', '2025-03']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Phạm vi «all» không có.');
  });
});

describe('report build --scope received', () => {
  function textFile(): string {
    const file = path.join(unit.dir, 'noi-dung.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        difficulties: 'Một xã chưa gửi số liệu.',
        proposals: 'Đề nghị hỗ trợ tài liệu.',
        nextTasks: 'Đôn đốc xã chưa gửi.',
      }),
    );
    return file;
  }

  /** `report build --scope received --period 2025-03` with the options given. */
  const build = (...options: string[]) =>
    unit.cli(['report', 'build', '--scope', 'received', '--period', '2025-03', ...options]);

  it('writes the aggregated report and its workbook', async () => {
    const run = await build(
      ...['--out', 'tong-hop.docx', '--xlsx', 'tong-hop.xlsx', '--text-file', textFile(), '--json'],
    );
    expect(run.code).toBe(0);
    const made = JSON.parse(run.stdout) as { path: string; xlsx: string; communes: unknown };
    expect(made.communes).toEqual({ received: 1, total: 2 });
    expect(fs.statSync(made.xlsx).size).toBeGreaterThan(0);
    const all = readBuilt(fs.readFileSync(made.path)).paragraphs.map((p) => p.text);
    expect(all).toContain('UBND TỈNH QUẢNG NGÃI');
    expect(all.filter((t) => /^Số:\s+\/BC$/u.test(t))).toHaveLength(1);
    expect(all).toContain('Chưa gửi');
    expect(all).toContain('Một xã chưa gửi số liệu.');
  });

  it('refuses --issue and a missing --text-file before anything is written', async () => {
    const before = contentHash(unit.db);
    const issued = await build('--out', 'a.docx', '--text-file', textFile(), '--issue');
    expect(issued.code).toBe(2);
    expect(issued.stderr).toContain('Bỏ --issue');
    const noTexts = await build('--out', 'a.docx');
    expect(noTexts.code).toBe(2);
    expect(noTexts.stderr).toContain('--text-file TỆP.json');
    expect(fs.existsSync(path.join(unit.dir, 'a.docx'))).toBe(false);
    expect(contentHash(unit.db)).toBe(before);
  });
});
