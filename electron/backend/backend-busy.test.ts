/** The backend says whether an operation is running: the updater installs only when none is. */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../test-support/temp';
import type { Backend } from './backend';

let backend: (Backend & { dir: string }) | undefined;

afterEach(async () => {
  await backend?.close();
  if (backend) fs.rmSync(backend.dir, { recursive: true, force: true });
  backend = undefined;
});

describe('backend.busy()', () => {
  it('is true from the moment an operation is called until it has answered', async () => {
    backend = await tempBackend();
    expect(backend.busy()).toBe(false);

    const writing = backend.dispatch('createVillage', { name: 'Thôn 1', kind: 'thon', households: 120 });
    expect(backend.busy()).toBe(true);
    await expect(writing).resolves.toMatchObject({ ok: true });
    expect(backend.busy()).toBe(false);
  });

  it('counts every operation running at once, and one refused still ends', async () => {
    backend = await tempBackend();
    const first = backend.dispatch('createVillage', { name: 'Thôn 2', kind: 'thon', households: 80 });
    const refused = backend.dispatch('createVillage', { name: '', kind: 'thon', households: -1 });
    expect(backend.busy()).toBe(true);
    await first;
    await expect(refused).resolves.toMatchObject({ ok: false });
    expect(backend.busy()).toBe(false);
  });
});
