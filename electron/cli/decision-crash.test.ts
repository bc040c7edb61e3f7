/**
 * A crash while issuing, then a retry: `decision found --issue` killed after the commit and before
 * the files were written must not lead to a second founding decision. The first run is a child
 * process killed with SIGKILL at that point; the retry and `decision export` go through runCli on
 * the same SQLite file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../test-support/sheets';
import type { DecisionWrittenJson, RegisterEntryJson, TeamJson } from './shapes';
import { cliHarness } from '../../test-support/cli';

interface Issued {
  id: string;
  teamId: string;
  numberText: string;
}

/** Runs the worker until it reports the commit, then kills it with SIGKILL. */
async function foundThenKill(db: string, count: number): Promise<Issued[]> {
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  const worker = path.resolve('test-support/issue-worker.ts');
  const child = spawn(process.execPath, [tsx, worker, db, String(count), 'found-then-hang'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const end = out.indexOf('\n');
      if (end >= 0) resolve(out.slice(0, end));
    });
    child.on('close', (code) =>
      reject(new Error(`worker ended (${String(code)}) before the commit: ${err}`)),
    );
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  child.kill('SIGKILL');
  await closed;
  expect(line.startsWith('committed ')).toBe(true);
  return JSON.parse(line.slice('committed '.length)) as Issued[];
}

function documentText(file: string): string {
  const xml = readZip(fs.readFileSync(file)).get('word/document.xml')?.toString('utf8') ?? '';
  return xml.replace(/<\/w:p>/gu, '\n').replace(/<[^>]+>/gu, '');
}

describe('a crash between the commit and the files, then a retry', () => {
  it('the retry is refused with the numbers already given; decision export writes each file', async () => {
    const h = cliHarness('to-cnscd-cli-crash-');
    await h.json(['demo']);
    const villages = ((await h.json(['teams', 'list'])) as TeamJson[]).filter((t) => t.level === 'village');
    const five = villages.slice(0, 5);

    const issued = await foundThenKill(h.db, 5);
    expect(issued.map((d) => d.teamId)).toEqual(five.map((t) => t.id));
    expect(issued.map((d) => d.numberText)).toEqual([
      '01/QĐ-UBND',
      '02/QĐ-UBND',
      '03/QĐ-UBND',
      '04/QĐ-UBND',
      '05/QĐ-UBND',
    ]);
    const register = async () =>
      (await h.json(['register', 'list', '--year', '2026', '--all'])) as RegisterEntryJson[];
    const before = await register();
    expect(before.map((d) => d.status)).toEqual(['issued', 'issued', 'issued', 'issued', 'issued']);

    // The officer, seeing no files, runs the same command again.
    const retry = await h.cli([
      'decision',
      'found',
      '--teams',
      five.map((t) => t.id).join(','),
      '--out',
      'thon',
      '--issue',
      '--date',
      '2026-11-21',
      '--confirm-warnings',
    ]);
    expect(retry.code).toBe(1);
    expect(retry.stdout).toBe('');
    for (const d of issued) expect(retry.stderr).toContain(`${d.numberText} ngày 20/11/2026`);
    expect(retry.stderr).toContain('decision reorganize --team');
    expect(retry.stderr).toContain('--force');
    expect(fs.existsSync(path.join(h.dir, 'thon'))).toBe(false);
    expect(await register()).toEqual(before);

    // The files come from the snapshots, with the numbers given before the crash.
    for (const [i, d] of issued.entries()) {
      const written = (await h.json([
        'decision',
        'export',
        '--id',
        d.id,
        '--out',
        `qd-${i + 1}.docx`,
      ])) as DecisionWrittenJson;
      expect(written).toMatchObject({
        id: d.id,
        status: 'issued',
        numberText: d.numberText,
        date: '2026-11-20',
      });
      const text = documentText(written.path);
      expect(text).toContain(`Số: ${d.numberText}`);
      expect(text).toContain('ngày 20 tháng 11 năm 2026');
      expect(text).toContain(five[i]?.members[0]?.fullName);
    }
    expect(await register()).toEqual(before);
  }, 120_000);

  it('a file that cannot be written after the commit: exit 1 naming the decision export commands', async () => {
    const h = cliHarness('to-cnscd-cli-unwritable-');
    await h.json(['demo']);
    const two = ((await h.json(['teams', 'list'])) as TeamJson[])
      .filter((t) => t.level === 'village')
      .slice(0, 2);
    // A folder where the second file should go: the rename onto it fails after the commit.
    const firstName = two[0]?.villageName ?? '';
    expect(firstName).not.toBe('');
    const args = ['decision', 'found', '--teams', two.map((t) => t.id).join(','), '--out', 'thon'];
    const blocked = path.join(h.dir, 'thon', 'QD-thanh-lap-to-CNSCD-thon-An-Hai.docx');
    expect(firstName).toBe('Thôn An Hải');
    fs.mkdirSync(path.join(blocked, 'inside'), { recursive: true });

    const result = await h.cli([...args, '--issue', '--confirm-warnings']);
    expect(result.code).toBe(1);
    const register = (await h.json(['register', 'list', '--all'])) as RegisterEntryJson[];
    expect(register.map((d) => d.status)).toEqual(['issued', 'issued']);
    expect(result.stderr).toContain('không làm lại');
    for (const d of register) expect(result.stderr).toContain(`decision export --id ${d.id} --out`);
  });

  it('--force records a second founding decision knowingly', async () => {
    const h = cliHarness('to-cnscd-cli-force-');
    await h.json(['demo']);
    const village = ((await h.json(['teams', 'list'])) as TeamJson[]).find((t) => t.level === 'village');
    if (!village) throw new Error('a village team');
    const found = [
      'decision',
      'found',
      '--team',
      village.id,
      '--out',
      'qd.docx',
      '--issue',
      '--confirm-warnings',
    ];
    const first = (await h.json(found)) as DecisionWrittenJson;
    const refused = await h.cli(found);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(first.numberText ?? '');
    const second = (await h.json([...found, '--force'])) as DecisionWrittenJson;
    expect(second.number).toBe((first.number ?? 0) + 1);
  });

  it('decision export of an unknown id is refused, no file written', async () => {
    const h = cliHarness('to-cnscd-cli-export-');
    await h.json(['demo']);
    const result = await h.cli([
      'decision',
      'export',
      '--id',
      '01a2299d-0000-7000-8000-000000000000',
      '--out',
      'x.docx',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Lỗi: /u);
    expect(fs.existsSync(path.join(h.dir, 'x.docx'))).toBe(false);
  });
});
