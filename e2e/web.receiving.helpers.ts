/** Helpers of the receiving unit's specs: a real signed bundle of the demo commune. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleMade } from '../shared/contract/bundle-types';
import { createBackend } from '../electron/backend/backend';
import { NodeHost } from '../electron/backend/node-host';

/** The demo commune's (Xã Đông Sơn, 21109) signed bundle of `period`, exported by a commune's backend. */
export async function demoBundle(period: string): Promise<{ fileName: string; base64: string }> {
  const [bundle] = await demoBundles([period]);
  if (bundle === undefined) throw new Error(`no bundle of ${period}`);
  return bundle;
}

/** The demo commune's signed bundles of these periods, from one demo commune. */
export async function demoBundles(
  periods: readonly string[],
): Promise<{ fileName: string; base64: string }[]> {
  const communeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-e2e-commune-'));
  const backend = await createBackend({
    databasePath: path.join(communeDir, 'data.sqlite3'),
    host: new NodeHost(communeDir),
    appVersion: '0.0.0-e2e',
  });
  try {
    await backend.dispatch('loadDemo', undefined);
    const bundles = [];
    for (const period of periods) {
      const made = await backend.dispatch('exportBundle', { period });
      if (!made.ok) throw new Error(made.error.message);
      const bundle = made.value as BundleMade;
      bundles.push({ fileName: bundle.fileName, base64: bundle.base64 });
    }
    return bundles;
  } finally {
    await backend.close();
    fs.rmSync(communeDir, { recursive: true, force: true });
  }
}
