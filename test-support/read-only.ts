/** Test helper: a file or folder that refuses writes, for root too, undone after the test. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

function runQuiet(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
}

/**
 * Makes a file or folder refuse writes and returns how to undo it. Tests run as root here, where
 * permissions do not stop writes: the immutable attribute (`chattr +i`) does, for root too.
 * Elsewhere, plain chmod. Throws when the target still accepts writes.
 */
export function makeReadOnly(target: string): () => void {
  const isRoot = process.getuid?.() === 0;
  let undo: () => void;
  if (isRoot) {
    runQuiet('chattr', ['+i', target]);
    undo = () => runQuiet('chattr', ['-i', target]);
  } else {
    const mode = fs.statSync(target).mode;
    fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o555 : 0o444);
    undo = () => fs.chmodSync(target, mode);
  }
  let refused = false;
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    refused = true;
  }
  if (!refused) {
    undo();
    throw new Error(`${target} should refuse writes`);
  }
  return undo;
}
