/** Test helpers: real SQLite files in temporary folders, a host that records what it was asked. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../electron/backend/backend';
import type { Host, PrintAvailability, SaveRequest } from '../electron/backend/host';

export function tempDir(prefix = 'to-cnscd-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export class RecordingHost implements Host {
  readonly opened: string[] = [];
  readonly printed: string[] = [];
  readonly saveRequests: SaveRequest[] = [];
  readonly asksWhereToSave = true;
  /** What `printAvailability` answers; a test sets it to a machine without a printer. */
  printing: PrintAvailability = { available: true, reason: null };
  constructor(
    readonly dataDir: string,
    private readonly savePath: string | null = null,
  ) {}
  async printAvailability(): Promise<PrintAvailability> {
    return this.printing;
  }
  async chooseSavePath(request: SaveRequest): Promise<string | null> {
    this.saveRequests.push(request);
    return this.savePath;
  }
  async openPath(file: string): Promise<void> {
    this.opened.push(file);
  }
  async printFile(file: string): Promise<void> {
    this.printed.push(file);
  }
}

export async function tempBackend(): Promise<Backend & { dir: string; host: RecordingHost }> {
  const dir = tempDir();
  const host = new RecordingHost(dir);
  const backend = await createBackend({
    databasePath: path.join(dir, 'data.sqlite3'),
    host,
    appVersion: '0.0.0-test',
    log: () => undefined,
  });
  return Object.assign(backend, { dir, host });
}

/** Calls through the real dispatch (schema validation included), for tests of services. */
export function contractCaller(getBackend: () => Backend) {
  return {
    async call<T>(name: string, input?: unknown): Promise<T> {
      const result = await getBackend().dispatch(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    async refused(name: string, input: unknown) {
      const result = await getBackend().dispatch(name, input);
      if (result.ok) throw new Error(`${name} should have been refused`);
      return result.error;
    },
  };
}
