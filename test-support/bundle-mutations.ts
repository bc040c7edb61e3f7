/**
 * Test support: the hostile files made from one valid bundle (issue 10, item 9), shared by the
 * reader's fuzz test and the receiving unit's — flipped bytes, truncation, duplicated and
 * reordered entries, oversized and deeply nested JSON, wrong types in record fields (re-signed,
 * so the check reaches the records), `..`, absolute and backslashed names, entries that expand
 * 1,000×. Each mutation is a value drawn by fast-check, so a seed gives the same files.
 */
import type crypto from 'node:crypto';
import fc from 'fast-check';
import { bundleLimits, bundleTables, type VerifiedBundle } from '../shared/contract/bundle-format';
import { keyFileOf, readKey } from '../electron/backend/bundle/keys';
import { readBundle } from '../electron/backend/bundle/verify';
import type { ZipEntryBytes } from '../electron/backend/bundle/zip-read';
import { bundleCommune, exportMarch } from './bundle-fixture';
import { entriesOf, renameInBytes, resigned, zipOf } from './bundle-zip';

export type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; index: number }
  | { kind: 'reorder'; from: number; to: number }
  | { kind: 'wrongType'; table: number; row: number; field: number; value: unknown }
  | { kind: 'evilName'; name: string }
  | { kind: 'heavy'; index: number; at: number; flip: boolean };

export const mutationKinds: readonly Mutation['kind'][] = [
  'flip',
  'truncate',
  'duplicate',
  'reorder',
  'wrongType',
  'evilName',
  'heavy',
];

/** Values no record field accepts: a boolean, an object, an array, a fraction below zero, a text longer than any. */
const notAnyFieldType = fc.constantFrom<unknown>(
  true,
  false,
  {},
  [],
  { a: 1 },
  [1],
  -1.5,
  'x'.repeat(2_000_001),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('wrongType' as const),
    table: fc.nat(),
    row: fc.nat(),
    field: fc.nat(),
    value: notAnyFieldType,
  }),
  fc.record({
    kind: fc.constant('evilName' as const),
    name: fc.constantFrom(
      '../../../x.json',
      '/etc/cron.d/x.j',
      'C:/Windows/x.js',
      'data\\people.jso',
      'data/../../x.js',
    ),
  }),
  fc.record({ kind: fc.constant('heavy' as const), index: fc.nat(), at: fc.nat(), flip: fc.boolean() }),
);

export interface Mutator {
  /** The valid bundle's bytes. */
  valid: Buffer;
  /** What the reader makes of them. */
  original: VerifiedBundle;
  /** The valid bundle changed by `m`, to be refused. */
  apply(m: Mutation): Promise<Buffer>;
  /** Whether a bundle the reader accepted carries exactly the original's content. */
  sameContent(bundle: VerifiedBundle): boolean;
}

/**
 * The mutations of a fresh export of a test commune's March (bundle-fixture), named `name` when
 * read. The hostile files that are costly to build are made once here and mutated further.
 */
export async function marchMutator(name: string): Promise<Mutator> {
  const commune = await bundleCommune();
  const valid = (await exportMarch(commune)).bytes;
  const key = readKey(keyFileOf(commune.ctx.databasePath));
  await commune.close();
  if (key === null) throw new Error('the commune has no key');
  const check = await readBundle(valid, name);
  if (!check.ok) throw new Error(check.reason);
  return mutatorOf(valid, await entriesOf(valid), key.privateKey, check.bundle);
}

async function mutatorOf(
  valid: Buffer,
  entries: ZipEntryBytes[],
  privateKey: crypto.KeyObject,
  original: VerifiedBundle,
): Promise<Mutator> {
  const part = (name: string, bytes: Buffer) => (parts: ZipEntryBytes[]) =>
    parts.map((p) => (p.name === name ? { name, bytes } : p));
  const heavy = [
    // 1,000× expansion, signed.
    await resigned(entries, privateKey, part('data/teams.json', Buffer.alloc(2 * 1024 * 1024, 0x20))),
    // More rows than the limit, signed.
    await resigned(
      entries,
      privateKey,
      part('data/villages.json', Buffer.from(JSON.stringify(new Array(bundleLimits.rows + 1).fill(0)))),
    ),
    // Deeply nested JSON, signed.
    await resigned(
      entries,
      privateKey,
      part('data/people.json', Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)),
    ),
    // A manifest nested deeply.
    await zipOf([
      { name: 'manifest.json', bytes: Buffer.from(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`) },
      ...entries.slice(1),
    ]),
  ];

  async function apply(m: Mutation): Promise<Buffer> {
    switch (m.kind) {
      case 'flip': {
        const out = Buffer.from(valid);
        const at = m.at % out.length;
        out[at] = (out[at] ?? 0) ^ m.xor;
        return out;
      }
      case 'truncate':
        return valid.subarray(0, m.at % valid.length);
      case 'duplicate': {
        const copy = entries[m.index % entries.length]!;
        return zipOf([...entries, copy]);
      }
      case 'reorder': {
        const from = m.from % entries.length;
        // Always another place: every reordering moves an entry.
        const to = (from + 1 + (m.to % (entries.length - 1))) % entries.length;
        const moved = [...entries];
        const [entry] = moved.splice(from, 1);
        moved.splice(to, 0, entry!);
        return zipOf(moved);
      }
      case 'wrongType': {
        const withRows = bundleTables.filter((t) => original.records[t].length > 0);
        const table = withRows[m.table % withRows.length]!;
        const rows = original.records[table].map((r) => ({ ...r })) as Record<string, unknown>[];
        const row = rows[m.row % rows.length]!;
        const fields = Object.keys(row);
        row[fields[m.field % fields.length]!] = m.value;
        const name = `data/${table}.json`;
        return resigned(entries, privateKey, (parts) =>
          parts.map((p) => (p.name === name ? { name, bytes: Buffer.from(JSON.stringify(rows)) } : p)),
        );
      }
      case 'evilName': {
        const placeholder = 'data/zz_evil_x.json'.slice(0, m.name.length);
        const zip = await zipOf([...entries, { name: placeholder, bytes: Buffer.from('[]') }]);
        return renameInBytes(zip, placeholder, m.name);
      }
      case 'heavy': {
        const base = heavy[m.index % heavy.length]!;
        if (!m.flip) return base;
        const out = Buffer.from(base);
        const at = m.at % out.length;
        out[at] = (out[at] ?? 0) ^ 0x5a;
        return out;
      }
    }
  }

  function sameContent(bundle: VerifiedBundle): boolean {
    return (
      JSON.stringify(bundle.manifest) === JSON.stringify(original.manifest) &&
      JSON.stringify(bundle.records) === JSON.stringify(original.records) &&
      bundle.reportFiles.every((f, i) =>
        Buffer.from(f.bytes).equals(Buffer.from(original.reportFiles[i]!.bytes)),
      )
    );
  }

  return { valid, original, apply, sameContent };
}
