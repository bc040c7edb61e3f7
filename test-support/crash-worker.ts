/**
 * The process the crash harness kills (crash-harness.ts builds it into one plain-node script, so
 * it starts in a fraction of a second). It prints `ready` once loaded, then does one piece of
 * work and prints `done` when it is over — the test kills it with SIGKILL at a seeded moment in
 * between (or after):
 *
 *   cli CWD ARGS…   one command line of the CLI, as `to-cnscd ARGS…` run in CWD (exit 0 expected)
 *   migrate DB      opens DB with this build, upgrading it (the start after an update)
 */
import { openDatabase } from '../electron/backend/db/database';
import { runCli } from '../electron/cli/run';

async function main(): Promise<void> {
  const [mode, ...rest] = process.argv.slice(2);
  process.stdout.write('ready\n');
  if (mode === 'migrate' && rest[0] !== undefined) {
    const opened = await openDatabase(rest[0]);
    await opened.close();
  } else if (mode === 'cli' && rest[0] !== undefined) {
    const [cwd, ...args] = rest;
    let stderr = '';
    const code = await runCli(
      args,
      { stdout: { write: () => undefined }, stderr: { write: (s: string) => (stderr += s) }, cwd },
      { defaultDatabasePath: () => `${cwd}/to-cnscd.sqlite3` },
    );
    if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  } else {
    throw new Error('usage: crash-worker cli CWD ARGS… | migrate DB');
  }
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
