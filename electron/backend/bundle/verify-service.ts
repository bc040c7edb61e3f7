/** The contract's face of the bundle reader: a file checked in full, summed up for the officer. */
import type { BundleVerification } from '../../../shared/contract/bundle-types';
import { readBundle } from './verify';

export async function verifyBundle(fileName: string, base64: string): Promise<BundleVerification> {
  const check = await readBundle(Buffer.from(base64, 'base64'), fileName);
  if (!check.ok) return check;
  const { manifest, fingerprint, sha256, reportFiles } = check.bundle;
  return {
    ok: true,
    summary: {
      fileName: check.bundle.fileName,
      sha256,
      communeCode: manifest.commune.code,
      communeName: manifest.commune.name,
      period: manifest.period.code,
      periodLabel: manifest.period.label,
      from: manifest.period.from,
      to: manifest.period.to,
      createdAt: manifest.createdAt,
      fingerprint,
      counts: manifest.counts,
      reportFiles: reportFiles.map((f) => f.name),
    },
  };
}
