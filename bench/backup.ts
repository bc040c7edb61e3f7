/**
 * `backup.create_100k`: the "Sao lưu ngay" path (`takeBackup`: SQLite's online backup API to a
 * temporary name, made self-contained, `integrity_check` and ledger compared on the copy, renamed,
 * the rotation run) on a database with 100,000 activities of 1,200 teams. value = median ms;
 * baseline = a plain `VACUUM INTO` of the same database (a copy with no check), measured in the same
 * run; ratio = baseline ÷ value. Goal: value ≤ 1,000 ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { takeBackup } from '../electron/backend/backups/store';
import { elapsedSince, fillDatabase, withDatabase } from './activity-data';
import { freshDir, median, removeDir, round, type Benchmark, type BenchResult } from './lib';

const GOAL_MS = 1_000;

export const backupBenchmark: Benchmark = {
  name: 'backup.create_100k',
  description: 'Sao lưu (đã kiểm tra) một cơ sở dữ liệu 100.000 hoạt động, so với VACUUM INTO không kiểm tra',
  async run({ runs, scale, log }): Promise<BenchResult> {
    const count = Math.round(100_000 * scale);
    return withDatabase(async (opened) => {
      log(`backup.create_100k: ghi ${count} hoạt động…`);
      await fillDatabase(opened, 1_200, count);
      opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const size = fs.statSync(opened.file).size;
      const scratch = freshDir();
      try {
        const ours = async (i: number): Promise<number> => {
          // A distinct day for each copy, so that the rotation has work and names never clash.
          const taken = new Date(2026, 0, 1 + i, 8, 30);
          const start = process.hrtime.bigint();
          const made = await takeBackup(opened.sqlite, opened.file, 'manual', taken);
          const ms = elapsedSince(start);
          fs.rmSync(made.backup.path);
          return ms;
        };
        const plain = (i: number): number => {
          const target = path.join(scratch, `vacuum-${i}.sqlite3`);
          const start = process.hrtime.bigint();
          opened.sqlite.prepare('vacuum into ?').run(target);
          const ms = elapsedSince(start);
          fs.rmSync(target);
          return ms;
        };
        // One warm-up each, then alternate which side goes first.
        await ours(0);
        plain(0);
        const mine: number[] = [];
        const theirs: number[] = [];
        for (let i = 1; i <= runs; i += 1) {
          if (i % 2 === 0) {
            mine.push(await ours(i));
            theirs.push(plain(i));
          } else {
            theirs.push(plain(i));
            mine.push(await ours(i));
          }
        }
        const value = median(mine);
        const baseline = median(theirs);
        log(
          `backup.create_100k: ${round(value, 1)} ms (VACUUM INTO: ${round(baseline, 1)} ms), ${size} bytes`,
        );
        return {
          name: this.name,
          value: round(value),
          unit: 'ms/backup',
          baseline: round(baseline),
          ratio: round(baseline / value),
          ratioMeaning:
            'baseline ms ÷ value ms: a plain VACUUM INTO over the verified, named, rotated backup',
          goal: GOAL_MS,
          goalMeaning: 'value (median ms per verified backup) ≤ goal',
          pass: value <= GOAL_MS,
          items: count,
          bytes: size,
          runs,
        };
      } finally {
        removeDir(scratch);
      }
    });
  },
};
