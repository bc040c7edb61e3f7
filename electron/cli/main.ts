/**
 * Process entry of the CLI (`npm run cli -- …`). Relative paths are resolved against the folder
 * the user typed the command in: npm runs scripts from the project folder and keeps the
 * original one in INIT_CWD.
 */
import { runCli } from './run';

const cwd =
  process.env.npm_lifecycle_event === 'cli' ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd();

// A reader that stops early (`… | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `Lỗi nội bộ: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
