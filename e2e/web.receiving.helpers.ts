/** Helpers of the receiving unit's specs: a real signed bundle of the demo commune. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleMade } from '../shared/contract/bundle-types';
import { createBackend, type Backend } from '../electron/backend/backend';
import { NodeHost } from '../electron/backend/node-host';

type DemoBundle = { fileName: string; base64: string };

/** Runs `work` on a fresh demo commune's backend, removed afterwards. */
async function withDemoCommune<T>(
  work: (exported: (period: string) => Promise<DemoBundle>, dispatch: Backend['dispatch']) => Promise<T>,
): Promise<T> {
  const communeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-e2e-commune-'));
  const backend = await createBackend({
    databasePath: path.join(communeDir, 'data.sqlite3'),
    host: new NodeHost(communeDir),
    appVersion: '0.0.0-e2e',
  });
  const exported = async (period: string) => {
    const made = await backend.dispatch('exportBundle', { period });
    if (!made.ok) throw new Error(made.error.message);
    const bundle = made.value as BundleMade;
    return { fileName: bundle.fileName, base64: bundle.base64 };
  };
  try {
    await backend.dispatch('loadDemo', undefined);
    return await work(exported, backend.dispatch);
  } finally {
    await backend.close();
    fs.rmSync(communeDir, { recursive: true, force: true });
  }
}

/** The demo commune's signed bundles of these periods, from one demo commune. */
export async function demoBundles(periods: readonly string[]): Promise<DemoBundle[]> {
  return withDemoCommune(async (exported) => {
    const bundles = [];
    for (const period of periods) bundles.push(await exported(period));
    return bundles;
  });
}

/**
 * The demo commune's bundle of `period`; then the same commune, after it made a new key, exports
 * the period again (its second bundle, same records, signed with the new key).
 */
export async function demoBundleThenNewKey(period: string): Promise<[DemoBundle, DemoBundle]> {
  return withDemoCommune(async (exported, dispatch) => {
    const first = await exported(period);
    const renewed = await dispatch('renewCommuneKey', { confirm: true });
    if (!renewed.ok) throw new Error(renewed.error.message);
    return [first, await exported(period)];
  });
}
