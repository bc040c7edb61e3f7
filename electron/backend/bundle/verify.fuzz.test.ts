/**
 * Hostile input, measured (issue 10, item 9): 2,000 mutations of a valid bundle per run, from a
 * fixed seed — flipped bytes, truncation, duplicated and reordered entries, oversized and deeply
 * nested JSON, wrong types in record fields (re-signed, so the check reaches the records), `..`,
 * absolute and backslashed names, entries that expand 1,000× — each refused with a Vietnamese
 * sentence naming the file, never an exception.
 *
 * One honest exception: a flipped byte can land in zip metadata that carries nothing the format
 * uses (an entry's time or attributes, the "version made by"). Such a file is accepted only when
 * what it carries is exactly the original's (same manifest, same records, same report files).
 */
import type crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLimits, bundleTables, type VerifiedBundle } from '../../../shared/contract/bundle-format';
import { bundleCommune, exportMarch } from '../../../test-support/bundle-fixture';
import { entriesOf, renameInBytes, resigned, zipOf } from '../../../test-support/bundle-zip';
import { keyFileOf, readKey } from './keys';
import { readBundle } from './verify';
import type { ZipEntryBytes } from './zip-read';

const NAME = 'TCNSCD_21109_Dong-Son_2026-03.zip';
const RUNS = 2000;

let valid: Buffer;
let entries: ZipEntryBytes[];
let privateKey: crypto.KeyObject;
let original: VerifiedBundle;
/** Hostile files that are costly to build, made once and mutated further. */
let heavy: Buffer[];

beforeAll(async () => {
  const commune = await bundleCommune();
  valid = (await exportMarch(commune)).bytes;
  privateKey = readKey(keyFileOf(commune.ctx.databasePath))!.privateKey;
  await commune.close();
  entries = await entriesOf(valid);
  const check = await readBundle(valid, NAME);
  if (!check.ok) throw new Error(check.reason);
  original = check.bundle;
  const part = (name: string, bytes: Buffer) => (parts: ZipEntryBytes[]) =>
    parts.map((p) => (p.name === name ? { name, bytes } : p));
  heavy = [
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
});

afterAll(() => undefined);

type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; index: number }
  | { kind: 'reorder'; from: number; to: number }
  | { kind: 'wrongType'; table: number; row: number; field: number; value: unknown }
  | { kind: 'evilName'; name: string }
  | { kind: 'heavy'; index: number; at: number; flip: boolean };

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

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
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

/** A mutation of the valid bundle, to be refused. */
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

describe('hostile bundles (fuzz, 2,000 cases, fixed seed)', () => {
  it('are refused with a message naming the file, never an exception', async () => {
    const seen: Record<string, number> = {};
    let harmless = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = await apply(m);
        seen[m.kind] = (seen[m.kind] ?? 0) + 1;
        const check = await readBundle(bytes, NAME);
        if (check.ok) {
          // Only a flip in zip metadata the format does not use can pass, carrying the same content.
          expect(m.kind).toBe('flip');
          expect(sameContent(check.bundle)).toBe(true);
          harmless += 1;
          return;
        }
        expect(check.reason).toMatch(/^Tệp «TCNSCD_21109_Dong-Son_2026-03\.zip» .+\. .+\.$/u);
      }),
      { numRuns: RUNS, seed: 20260301, endOnFailure: true },
    );
    // Every kind of mutation was tried, and harmless flips stay a small minority.
    expect(Object.values(seen).reduce((a, b) => a + b, 0)).toBe(RUNS);
    for (const kind of ['flip', 'truncate', 'duplicate', 'reorder', 'wrongType', 'evilName', 'heavy']) {
      expect(seen[kind] ?? 0, kind).toBeGreaterThan(100);
    }
    expect(harmless).toBeLessThan((seen.flip ?? 0) / 4);
  }, 120_000);
});
