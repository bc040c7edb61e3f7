/** What every benchmark reports, and the small helpers they share. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One line of `npm run bench` output. */
export interface BenchResult {
  name: string;
  /** The measured figure of the application's path. */
  value: number;
  unit: string;
  /** The same figure for the reference path, measured in the same run. */
  baseline: number;
  /**
   * How the application's path compares with the reference, higher is better for the application:
   * value ÷ baseline for throughputs, baseline ÷ value for times (`ratioMeaning` then says so).
   */
  ratio: number;
  /** The lowest acceptable ratio, unless `goalMeaning` says otherwise; null when nothing is required. */
  goal: number | null;
  pass: boolean;
  [extra: string]: unknown;
}

export interface BenchOptions {
  /** Measured runs per side (after one warm-up run each); the median is reported. */
  runs: number;
  /** Scale factor for sizes (1 = the documented size); smaller for quick checks. */
  scale: number;
  /** Progress messages (stderr). */
  log: (message: string) => void;
}

export interface Benchmark {
  name: string;
  description: string;
  run(options: BenchOptions): Promise<BenchResult>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  if (sorted.length % 2 === 1) return sorted[mid] ?? Number.NaN;
  return ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

export function round(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A fresh folder for one run's files. */
export function freshDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-bench-'));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** One measured run: returns the milliseconds of the timed part only. */
export type TimedRun = () => Promise<number>;

/**
 * Throughput of `subject` against `reference`, measured in the same process: one warm-up run
 * each, then `runs` runs each, alternating which side goes first; medians compared.
 */
export async function compareThroughput(
  spec: { name: string; items: number; unit: string; goal: number; subject: TimedRun; reference: TimedRun },
  { runs, log }: BenchOptions,
): Promise<BenchResult> {
  const subjectMs: number[] = [];
  const referenceMs: number[] = [];
  log(`${spec.name}: chạy khởi động…`);
  await spec.reference();
  await spec.subject();
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      referenceMs.push(await spec.reference());
      subjectMs.push(await spec.subject());
    } else {
      subjectMs.push(await spec.subject());
      referenceMs.push(await spec.reference());
    }
    log(
      `${spec.name}: lần ${i + 1}/${runs}: ứng dụng ${round(subjectMs.at(-1) ?? 0, 1)} ms, ` +
        `tham chiếu ${round(referenceMs.at(-1) ?? 0, 1)} ms`,
    );
  }
  const subjectMedian = median(subjectMs);
  const referenceMedian = median(referenceMs);
  const value = spec.items / (subjectMedian / 1000);
  const baseline = spec.items / (referenceMedian / 1000);
  const ratio = value / baseline;
  return {
    name: spec.name,
    value: Math.round(value),
    unit: spec.unit,
    baseline: Math.round(baseline),
    ratio: round(ratio),
    goal: spec.goal,
    pass: ratio >= spec.goal,
    items: spec.items,
    runs,
    medianMs: { subject: round(subjectMedian, 1), reference: round(referenceMedian, 1) },
    samplesMs: {
      subject: subjectMs.map((v) => round(v, 1)),
      reference: referenceMs.map((v) => round(v, 1)),
    },
  };
}
