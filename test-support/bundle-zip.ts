/**
 * Test support: bundles taken apart and put back together, to build the hostile files the reader
 * must refuse — a part changed and the manifest re-signed (so the check reaches the records), an
 * entry renamed to a path yazl itself would refuse to write (patched in the bytes), a zip bomb.
 */
import crypto from 'node:crypto';
import { bundleEntries, type BundleManifest } from '../shared/contract/bundle-format';
import { readZipEntries, type ZipEntryBytes } from '../electron/backend/bundle/zip-read';
import { sha256Hex, zipEntries } from '../electron/backend/bundle/write';

/** Every entry of a bundle, read without the format's checks (names allowed as they come). */
export function entriesOf(bytes: Buffer): Promise<ZipEntryBytes[]> {
  return readZipEntries(bytes, () => true);
}

export function zipOf(entries: readonly ZipEntryBytes[], compress = true): Promise<Buffer> {
  return zipEntries(entries.map((e) => ({ ...e, compress })));
}

/**
 * The bundle with its parts changed by `change`, the manifest's parts (and counts, when
 * `recount`) recomputed and signed again with `privateKey`: a file a careless or hostile writer
 * holding the key could make.
 */
export async function resigned(
  entries: readonly ZipEntryBytes[],
  privateKey: crypto.KeyObject,
  change: (parts: ZipEntryBytes[]) => ZipEntryBytes[],
  editManifest: (manifest: BundleManifest) => BundleManifest = (m) => m,
): Promise<Buffer> {
  const manifestEntry = entries.find((e) => e.name === bundleEntries.manifest);
  if (!manifestEntry) throw new Error('no manifest');
  const parts = change(
    entries.filter((e) => e.name !== bundleEntries.manifest && e.name !== bundleEntries.signature),
  );
  const manifest = editManifest({
    ...(JSON.parse(manifestEntry.bytes.toString('utf8')) as BundleManifest),
    parts: parts.map((p) => ({ name: p.name, bytes: p.bytes.length, sha256: sha256Hex(p.bytes) })),
  });
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const signature = Buffer.from(crypto.sign(null, manifestBytes, privateKey).toString('base64'));
  return zipOf([
    { name: bundleEntries.manifest, bytes: manifestBytes },
    { name: bundleEntries.signature, bytes: signature },
    ...parts,
  ]);
}

/** Renames an entry in the zip's bytes (local header and central directory), same length. */
export function renameInBytes(zip: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('names must have the same length');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  for (let at = out.indexOf(needle); at !== -1; at = out.indexOf(needle, at + 1)) {
    Buffer.from(to).copy(out, at);
  }
  return out;
}
