/** The folder dialog through the Host: asked where the host has one, refused with what to do where not. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChosenFolder } from '../../shared/contract/folder-schemas';
import type { HostCapabilities } from '../../shared/contract/types';
import { contractCaller, RecordingHost, tempBackend, tempDir } from '../../test-support/temp';
import { createBackend, type Backend } from './backend';
import type { FolderRequest } from './host';

/** A host with a folder dialog that answers as the user would: a folder, or cancel (null). */
class FolderHost extends RecordingHost {
  readonly folderRequests: FolderRequest[] = [];
  answer: string | null = '/media/usb/Bao cao';
  async chooseFolder(request: FolderRequest): Promise<string | null> {
    this.folderRequests.push(request);
    return this.answer;
  }
}

const backends: Backend[] = [];
afterEach(async () => {
  for (const b of backends.splice(0)) await b.close();
});

describe('chooseFolder', () => {
  it('asks the desktop host, starting in the folder set before, and says when the user cancelled', async () => {
    const dir = tempDir();
    const host = new FolderHost(dir);
    const backend = await createBackend({
      databasePath: path.join(dir, 'data.sqlite3'),
      host,
      appVersion: '0.0.0-test',
      log: () => undefined,
    });
    backends.push(backend);
    const api = contractCaller(() => backend);
    expect((await api.call<HostCapabilities>('getHostCapabilities')).choosesFolders).toBe(true);
    const chosen = await api.call<ChosenFolder>('chooseFolder', {
      title: 'Thư mục dùng chung',
      current: 'D:\\Cu',
    });
    expect(chosen).toEqual({ path: '/media/usb/Bao cao' });
    expect(host.folderRequests).toEqual([{ title: 'Thư mục dùng chung', defaultFolder: 'D:\\Cu' }]);
    host.answer = null;
    expect(await api.call<ChosenFolder>('chooseFolder', { title: 'Thư mục dùng chung' })).toEqual({
      path: null,
    });
    expect(host.folderRequests[1]).toEqual({ title: 'Thư mục dùng chung' });
  });

  it('is refused where the host has no dialog (the web preview): the path is typed', async () => {
    const backend = await tempBackend();
    backends.push(backend);
    const api = contractCaller(() => backend);
    expect((await api.call<HostCapabilities>('getHostCapabilities')).choosesFolders).toBe(false);
    const error = await api.refused('chooseFolder', { title: 'Thư mục dùng chung', current: null });
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/hãy gõ đường dẫn/u);
  });
});
