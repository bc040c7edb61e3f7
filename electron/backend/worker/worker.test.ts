/**
 * The backend in a worker thread, started exactly as the web preview starts it (the same
 * worker-main.ts the shell runs built): calls answered as in-process, Host calls answered by the
 * parent's Host, the damaged-database start and the restore swap through the worker, a start
 * failure rejected as createBackend rejects, and a cancel reaching a worker that is busy.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupMade, StartupState } from '../../../shared/contract/backup-types';
import { AppError, type Envelope } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/jobs';
import type { DocumentDetail, TeamSummary, Village } from '../../../shared/contract/types';
import { contentHash } from '../../../test-support/content-hash';
import { corruptTable } from '../../../test-support/damage';
import { peopleUpload } from '../../../test-support/people-upload';
import { reportProfile } from '../../../test-support/report-data';
import { RecordingHost, tempDir, tempBackend } from '../../../test-support/temp';
import type { BackendService } from '../backend';
import type { FolderRequest } from '../host';
import { startBackendWorker, type WorkerEntry } from './parent';
import { sourceWorkerEntry } from './source-entry';

const opened: BackendService[] = [];
afterEach(async () => {
  for (const backend of opened.splice(0)) await backend.close();
});

/** A Host with a folder dialog, as the shell's is; it answers the folder it is told to. */
class FolderHost extends RecordingHost {
  folder: string | null = null;
  readonly folderTitles: string[] = [];
  async chooseFolder(request: FolderRequest): Promise<string | null> {
    this.folderTitles.push(request.title);
    return this.folder;
  }
}

async function inWorker(
  options: {
    dir?: string;
    application?: boolean;
    onQuit?: () => void;
    entry?: WorkerEntry;
    host?: (dir: string) => RecordingHost;
  } = {},
) {
  const dir = options.dir ?? tempDir();
  const host = options.host?.(dir) ?? new RecordingHost(dir);
  const backend = await startBackendWorker({
    entry: options.entry ?? sourceWorkerEntry(),
    databasePath: path.join(dir, 'data.sqlite3'),
    host,
    appVersion: '0.0.0-test',
    log: () => undefined,
    ...(options.application === undefined ? {} : { application: options.application }),
    ...(options.onQuit === undefined ? {} : { onQuit: options.onQuit }),
  });
  opened.push(backend);
  const call = async <T>(name: string, input?: unknown): Promise<T> => {
    const envelope = await backend.dispatch(name, input);
    if (!envelope.ok) throw AppError.fromPayload(envelope.error);
    return envelope.value as T;
  };
  return { backend, host, dir, call, file: path.join(dir, 'data.sqlite3') };
}

describe('the backend in a worker', () => {
  it('answers as the in-process backend does: values, validation errors, unknown operations', async () => {
    const worker = await inWorker();
    const local = await tempBackend();
    try {
      const calls: [string, unknown][] = [
        ['setupProfile', { ...reportProfile, communeCode: '211' }],
        ['setupProfile', reportProfile],
        ['createVillage', { name: 'Thôn Phú Hòa', kind: 'thon', households: 120 }],
        ['createVillage', { name: 'Thôn Phú Hòa', kind: 'thon', households: 120 }],
        ['dropDatabase', {}],
      ];
      for (const [name, input] of calls) {
        const there = await worker.backend.dispatch(name, input);
        const here = await local.dispatch(name, input);
        expect(there.ok, name).toBe(here.ok);
        if (!there.ok && !here.ok) expect(there.error, name).toEqual(here.error);
      }
      const names = (villages: Village[]) => villages.map((v) => v.name);
      const listedHere = await local.dispatch('listVillages', undefined);
      expect(listedHere.ok && names(listedHere.value as Village[])).toEqual(['Thôn Phú Hòa']);
      expect(names(await worker.call<Village[]>('listVillages'))).toEqual(['Thôn Phú Hòa']);
    } finally {
      await local.close();
    }
  });

  it("asks the parent's Host: print availability, opening a file", async () => {
    const { call, host } = await inWorker();
    host.printing = { available: false, reason: 'Máy này chưa cài máy in nào.' };
    expect(await call('getHostCapabilities')).toEqual({
      asksWhereToSave: true,
      choosesFolders: false,
      print: { available: false, reason: 'Máy này chưa cài máy in nào.' },
    });
    await call('loadDemo');
    const team = (await call<TeamSummary[]>('listTeams'))[0];
    const draft = await call<DocumentDetail>('createDecision', {
      kind: 'reorganization',
      teamIds: [team?.id],
    });
    await call('openDocument', { id: draft.id, format: 'docx' });
    expect(host.opened).toHaveLength(1);
    expect(fs.existsSync(host.opened[0] ?? '')).toBe(true);
    // A refusal of the parent's Host comes back as its own error.
    host.printing = { available: true, reason: null };
    expect(await call('getHostCapabilities')).toMatchObject({ print: { available: true } });
  });

  it("asks the parent's folder dialog when the parent's Host has one", async () => {
    const folderHost = (dir: string) => new FolderHost(dir);
    const { call, host, dir } = await inWorker({ host: folderHost });
    if (!(host instanceof FolderHost)) throw new Error('FolderHost expected');
    expect(await call('getHostCapabilities')).toMatchObject({ choosesFolders: true });
    host.folder = dir;
    expect(await call('chooseFolder', { title: 'Thư mục dùng chung' })).toEqual({ path: dir });
    expect(host.folderTitles).toEqual(['Thư mục dùng chung']);
  });

  it('starts on a damaged database, restores the newest backup through the worker, and quits', async () => {
    const dir = tempDir();
    const first = await inWorker({ dir });
    await first.call('setupProfile', reportProfile);
    await first.call('createVillage', { name: 'Thôn An Hải', kind: 'thon', households: 80 });
    await first.call<BackupMade>('createBackup');
    await first.backend.close();
    opened.splice(opened.indexOf(first.backend), 1);
    corruptTable(first.file, 'villages');

    let quit = 0;
    const second = await inWorker({ dir, application: true, onQuit: () => (quit += 1) });
    expect(await second.call<StartupState>('getStartupState')).toMatchObject({ kind: 'damaged' });
    const refused = await second.backend.dispatch('listVillages', undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'db_corrupt' } });
    // "Thoát" reaches the parent (the shell quits there); the state stays damaged.
    expect(await second.call<StartupState>('resolveDamagedStart', { choice: 'quit' })).toMatchObject({
      kind: 'damaged',
    });
    expect(quit).toBe(1);
    expect(await second.call<StartupState>('resolveDamagedStart', { choice: 'restore' })).toEqual({
      kind: 'ready',
    });
    expect((await second.call<Village[]>('listVillages')).map((v) => v.name)).toEqual(['Thôn An Hải']);
  });

  it('rejects a start as createBackend does (a database of a newer version)', async () => {
    const dir = tempDir();
    const first = await inWorker({ dir });
    await first.backend.close();
    opened.pop();
    const writer = new BetterSqlite3(first.file);
    writer
      .prepare('insert into schema_migrations (version, name, applied_at) values (?, ?, ?)')
      .run(999, 'tuong-lai', '2030-01-01');
    writer.close();
    const failure = await inWorker({ dir }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'db_too_new' });
  });

  it('cancels a job while the worker thread is busy in it: nothing is written', async () => {
    const entry = { ...sourceWorkerEntry(), file: path.resolve('test-support/cancel-waiting-worker.ts') };
    const { backend, call, file } = await inWorker({ entry });
    await call('setupProfile', reportProfile);
    const upload = await peopleUpload(600);
    const before = contentHash(file);
    const seen: JobProgress[] = [];
    let cancel: Envelope<unknown> | null = null;
    backend.onProgress((p) => {
      seen.push(p);
      // The worker waits in the job until this cancel sets the flag it holds.
      if (seen.length === 1) void backend.dispatch('cancelJob', { jobId: p.jobId }).then((e) => (cancel = e));
    });
    const result = await backend.dispatch('applyPeopleImport', upload, { jobId: 'nhap-trong-worker' });
    expect(cancel).toEqual({ ok: true, value: { cancelled: true } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: expect.stringContaining('Đã hủy việc nhập danh sách') },
    });
    expect(seen[0]).toMatchObject({ jobId: 'nhap-trong-worker', operation: 'applyPeopleImport', done: 0 });
    expect(contentHash(file)).toBe(before);
    expect(await call<TeamSummary[]>('listTeams')).toEqual([]);
  });

  it('answers every call with a clear message once the worker has stopped', async () => {
    const { backend } = await inWorker();
    await backend.close();
    opened.pop();
    const after = await backend.dispatch('getInfo', undefined);
    expect(after).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('đã dừng') },
    });
  });
});
