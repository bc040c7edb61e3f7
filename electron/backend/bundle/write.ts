/**
 * Writes a bundle (issue 10, item 2): the data parts as deterministic JSON, the report's files,
 * the manifest listing every part with its size and SHA-256, the detached Ed25519 signature of
 * the manifest's exact bytes, all in one zip whose entries carry a fixed time (so the same
 * records give the same data parts, whenever exported).
 */
import { createHash } from 'node:crypto';
import yazl from 'yazl';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleEntries,
  bundleTables,
  type BundleAuditEntry,
  type BundleManifest,
  type BundleRecords,
} from '../../../shared/contract/bundle-format';
import { fileSlug } from '../../../shared/documents/file-names';
import { currentJob } from '../jobs/job';
import { signBytes, type CommuneKey } from './keys';

/** Every entry's time in the zip: fixed, so nothing in a data part depends on when it was made. */
export const ENTRY_TIME = new Date(2000, 0, 1, 0, 0, 0);

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "Xã Đông Sơn" → "Dong-Son": the commune's name in the file name, without its kind. */
export function communeSlug(communeName: string): string {
  return fileSlug(communeName.replace(/^\s*(xã|phường|đặc khu|thị trấn)\s+/iu, ''));
}

/** `TCNSCD_21109_Dong-Son_2026-03.zip`. */
export function bundleFileName(communeCode: string, communeName: string, periodCode: string): string {
  return `TCNSCD_${communeCode}_${communeSlug(communeName)}_${periodCode}.zip`;
}

/** One data part: the table's rows as JSON (keys already in schema order, rows sorted). */
export function dataPart(rows: readonly unknown[]): Buffer {
  return Buffer.from(JSON.stringify(rows), 'utf8');
}

export interface BundleParts {
  /** Everything but the manifest and the signature, in the zip's order. */
  parts: { name: string; bytes: Buffer }[];
  counts: BundleManifest['counts'];
}

/** The data parts, the report's files and the period's audit log, in the order of the format. */
export function bundleParts(
  records: BundleRecords,
  reportFiles: readonly { name: string; bytes: Buffer }[],
  audit: readonly BundleAuditEntry[] | null = null,
): BundleParts {
  const parts = bundleTables.map((table) => ({
    name: `${bundleEntries.dataDir}${table}.json`,
    bytes: dataPart(records[table]),
  }));
  for (const file of reportFiles)
    parts.push({ name: `${bundleEntries.reportDir}${file.name}`, bytes: file.bytes });
  if (audit !== null) parts.push({ name: bundleEntries.audit, bytes: dataPart(audit) });
  const counts = Object.fromEntries(
    bundleTables.map((t) => [t, records[t].length]),
  ) as BundleManifest['counts'];
  return { parts, counts };
}

export type ManifestFields = Omit<
  BundleManifest,
  'format' | 'formatVersion' | 'counts' | 'parts' | 'publicKey'
>;

/** The zip's bytes. */
export function zipEntries(
  entries: readonly { name: string; bytes: Buffer; compress: boolean }[],
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(entry.bytes, entry.name, { mtime: ENTRY_TIME, mode: 0o100644, compress: entry.compress });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * The signed bundle: manifest first, the signature, then every part. A stage of the current job:
 * each part hashed, the signature, the zip (a cancel stops between them; nothing is written here).
 */
export async function writeBundle(
  fields: ManifestFields,
  built: BundleParts,
  key: CommuneKey,
): Promise<{ bytes: Buffer; manifest: BundleManifest }> {
  const job = currentJob();
  job.begin(built.parts.length + 2, 'Đang băm, ký và nén gói (bước)');
  const parts = built.parts.map((p) => {
    const part = { name: p.name, bytes: p.bytes.length, sha256: sha256Hex(p.bytes) };
    job.advance();
    return part;
  });
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...fields,
    publicKey: key.publicKey,
    counts: built.counts,
    parts,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  const signature = Buffer.from(signBytes(key, manifestBytes), 'ascii');
  job.advance();
  const bytes = await zipEntries([
    { name: bundleEntries.manifest, bytes: manifestBytes, compress: true },
    { name: bundleEntries.signature, bytes: signature, compress: false },
    ...built.parts.map((p) => ({ ...p, compress: !p.name.startsWith(bundleEntries.reportDir) })),
  ]);
  job.advance();
  return { bytes, manifest };
}
