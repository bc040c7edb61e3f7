/**
 * `worker.call_overhead`: what running the backend in a worker thread (issue 11, item 5) adds to
 * one call. The same small call (`listVillages` on 10 villages, then `getProfile`) is sent many
 * times through the worker transport (structured clone to the worker, dispatch, back) and
 * through the in-process dispatch, on two copies of the same database, in the same run:
 * alternating blocks, each call timed alone, medians compared.
 * value = median ms per call through the worker; baseline = the same in-process;
 * difference = value − baseline. Goal: difference ≤ 1 ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createBackend, type BackendService } from '../electron/backend/backend';
import { NodeHost } from '../electron/backend/node-host';
import { startBackendWorker } from '../electron/backend/worker/parent';
import { sourceWorkerEntry } from '../electron/backend/worker/source-entry';
import { reportProfile } from '../test-support/report-data';
import { freshDir, median, removeDir, round, type Benchmark, type BenchResult } from './lib';

const GOAL_MS = 1;
const CALLS = ['listVillages', 'getProfile'] as const;

async function must(backend: BackendService, name: string, input?: unknown): Promise<void> {
  const answer = await backend.dispatch(name, input);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
}

/** Times `count` calls one by one; returns each call's milliseconds. */
async function timeCalls(backend: BackendService, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = CALLS[i % CALLS.length] ?? 'getProfile';
    const start = process.hrtime.bigint();
    const answer = await backend.dispatch(name, undefined);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  }
  return times;
}

export const workerTransportBenchmark: Benchmark = {
  name: 'worker.call_overhead',
  description: 'Thời gian thêm cho mỗi lời gọi khi phần xử lý chạy trong luồng worker, so với gọi trực tiếp',
  async run({ runs, scale, log }): Promise<BenchResult> {
    const perBlock = Math.max(20, Math.round(400 * scale));
    const dir = freshDir();
    try {
      const source = path.join(dir, 'nguon.sqlite3');
      const setup = await createBackend({
        databasePath: source,
        host: new NodeHost(dir),
        appVersion: 'bench',
      });
      await must(setup, 'setupProfile', reportProfile);
      for (let i = 1; i <= 10; i += 1) {
        await must(setup, 'createVillage', { name: `Thôn ${i}`, kind: 'thon', households: 100 + i });
      }
      await setup.close();
      const localFile = path.join(dir, 'trong-tien-trinh.sqlite3');
      const workerFile = path.join(dir, 'trong-worker.sqlite3');
      fs.copyFileSync(source, localFile);
      fs.copyFileSync(source, workerFile);
      const local = await createBackend({
        databasePath: localFile,
        host: new NodeHost(dir),
        appVersion: 'bench',
      });
      const worker = await startBackendWorker({
        entry: sourceWorkerEntry(),
        databasePath: workerFile,
        host: new NodeHost(dir),
        appVersion: 'bench',
      });
      try {
        log(`worker.call_overhead: khởi động (${perBlock} lời gọi mỗi bên)…`);
        await timeCalls(local, perBlock);
        await timeCalls(worker, perBlock);
        const mine: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < runs; i += 1) {
          if (i % 2 === 0) {
            theirs.push(...(await timeCalls(local, perBlock)));
            mine.push(...(await timeCalls(worker, perBlock)));
          } else {
            mine.push(...(await timeCalls(worker, perBlock)));
            theirs.push(...(await timeCalls(local, perBlock)));
          }
          log(`worker.call_overhead: lần ${i + 1}/${runs}`);
        }
        const value = median(mine);
        const baseline = median(theirs);
        const difference = value - baseline;
        log(
          `worker.call_overhead: worker ${round(value, 3)} ms, trực tiếp ${round(baseline, 3)} ms, ` +
            `thêm ${round(difference, 3)} ms`,
        );
        return {
          name: this.name,
          value: round(value, 4),
          unit: 'ms/call',
          baseline: round(baseline, 4),
          ratio: round(baseline / value),
          ratioMeaning: 'baseline ÷ value: the in-process call time over the worker call time',
          difference: round(difference, 4),
          goal: GOAL_MS,
          goalMeaning: 'difference (median ms per call through the worker − in-process) ≤ goal',
          pass: difference <= GOAL_MS,
          calls: mine.length,
          p90Ms: {
            worker: round([...mine].sort((a, b) => a - b)[Math.floor(mine.length * 0.9)] ?? Number.NaN, 4),
            inProcess: round(
              [...theirs].sort((a, b) => a - b)[Math.floor(theirs.length * 0.9)] ?? Number.NaN,
              4,
            ),
          },
          runs,
        };
      } finally {
        await worker.close();
        await local.close();
      }
    } finally {
      removeDir(dir);
    }
  },
};
