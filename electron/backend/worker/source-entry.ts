/**
 * The worker's entry where there is no build (the web preview, the tests, the bench): the same
 * worker-main.ts the shell runs built, compiled on the fly by tsx's CommonJS hook.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { WorkerEntry } from './parent';

export function sourceWorkerEntry(): WorkerEntry {
  return {
    file: path.join(__dirname, 'worker-main.ts'),
    // Resolved here, so that the worker finds tsx whatever the current folder is.
    execArgv: ['--require', createRequire(__filename).resolve('tsx/cjs')],
  };
}
