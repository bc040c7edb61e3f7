/**
 * Hostile input, measured (issue 10, item 9): 2,000 mutations of a valid bundle per run, from a
 * fixed seed (test-support/bundle-mutations.ts) — flipped bytes, truncation, duplicated and
 * reordered entries, oversized and deeply nested JSON, wrong types in record fields, `..`,
 * absolute and backslashed names, entries that expand 1,000× — each refused by the reader with a
 * Vietnamese sentence naming the file, never an exception.
 *
 * One honest exception: a flipped byte can land in zip metadata that carries nothing the format
 * uses (an entry's time or attributes, the "version made by"). Such a file is accepted only when
 * what it carries is exactly the original's (same manifest, same records, same report files).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { marchMutator, mutation, mutationKinds, type Mutator } from '../../../test-support/bundle-mutations';
import { readBundle } from './verify';

const NAME = 'TCNSCD_21109_Dong-Son_2026-03.zip';
const RUNS = 2000;

let mutator: Mutator;

beforeAll(async () => {
  mutator = await marchMutator(NAME);
});

describe('hostile bundles (fuzz, 2,000 cases, fixed seed)', () => {
  it('are refused with a message naming the file, never an exception', async () => {
    const seen: Record<string, number> = {};
    let harmless = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = await mutator.apply(m);
        seen[m.kind] = (seen[m.kind] ?? 0) + 1;
        const check = await readBundle(bytes, NAME);
        if (check.ok) {
          // Only a flip in zip metadata the format does not use can pass, carrying the same content.
          expect(m.kind).toBe('flip');
          expect(mutator.sameContent(check.bundle)).toBe(true);
          harmless += 1;
          return;
        }
        expect(check.reason).toMatch(/^Tệp «TCNSCD_21109_Dong-Son_2026-03\.zip» .+\. .+\.$/u);
      }),
      { numRuns: RUNS, seed: 20260301, endOnFailure: true },
    );
    // Every kind of mutation was tried, and harmless flips stay a small minority.
    expect(Object.values(seen).reduce((a, b) => a + b, 0)).toBe(RUNS);
    for (const kind of mutationKinds) {
      expect(seen[kind] ?? 0, kind).toBeGreaterThan(100);
    }
    expect(harmless).toBeLessThan((seen.flip ?? 0) / 4);
  }, 120_000);
});
