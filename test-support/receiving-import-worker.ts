/**
 * A separate process importing bundles at a receiving unit, for the kill -9 test:
 * `tsx receiving-import-worker.ts DB VERSION STOP_AT PHASE CODES PERIODS`. It imports version
 * VERSION of each commune's periods (the builder's bundles, every activity edited by VERSION) and,
 * at the STOP_AT-th bundle, prints `stopped` and hangs — inside the commune file's transaction
 * (PHASE `inside`) or between that file's commit and the main database's index (`between`) — so
 * the test kills it there. Reaching the end it prints `done`. It starts importing when it reads a
 * line on its standard input (the test starts the next run's worker early, to load meanwhile).
 */
import { openDatabase } from '../electron/backend/db/database';
import { applyImport, planImport } from '../electron/backend/receiving/import-service';
import { versionedBundle } from './received-bundles';

async function main(): Promise<void> {
  const [dbPath, versionText, stopText, phase, codesText, periodsText] = process.argv.slice(2);
  if (!dbPath || !versionText || !stopText || !phase || !codesText || !periodsText) {
    throw new Error('usage: receiving-import-worker DB VERSION STOP_AT PHASE CODES PERIODS');
  }
  const version = Number(versionText);
  const stopAt = Number(stopText);
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const opened = await openDatabase(dbPath);
  const ctx = { db: opened.db, databasePath: opened.file };
  const bundles = codesText
    .split(',')
    .flatMap((code) => periodsText.split(',').map((period) => versionedBundle(code, period, version)));
  const plan = await planImport(
    ctx,
    bundles.map((bundle) => ({ ok: true as const, bundle })),
  );
  // The bundles committed, and those whose commit is past (the main database's index next).
  const count = { inside: 0, between: 0 };
  const stop = async (at: 'inside' | 'between') => {
    count[at] += 1;
    if (phase !== at || count[at] !== stopAt) return;
    process.stdout.write('stopped\n');
    await new Promise(() => undefined);
  };
  await applyImport(ctx, plan, {
    beforeCommit: () => stop('inside'),
    afterStoreCommit: () => stop('between'),
  });
  process.stdout.write('done\n');
  await opened.close();
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
