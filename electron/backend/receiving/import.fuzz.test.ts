/**
 * Hostile input at the receiving unit (issue 10, item 9): the reader's 2,000 mutations of a real
 * commune bundle (test-support/bundle-mutations.ts, another fixed seed) sent through the backend's
 * dispatch as `importBundles` calls — 25 files a call, as an officer drops a folder — on a real
 * receiving unit that has already imported the valid bundle. Every file is refused with a message
 * naming it (or, for a flip in zip metadata the format does not use, found unchanged), no call
 * throws, and after each call the content of the unit's database and of the commune's received
 * file is what it was.
 */
import fc from 'fast-check';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { BundleImportReport } from '../../../shared/contract/receiving-types';
import { marchMutator, mutation, mutationKinds, type Mutator } from '../../../test-support/bundle-mutations';
import { contentHash } from '../../../test-support/content-hash';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import type { Backend } from '../backend';
import { communeStorePath } from './commune-store';

const COMMUNE = '21109';
const RUNS = 2000;
const PER_CALL = 25;
const nameOf = (i: number) => `TCNSCD_${COMMUNE}_Dong-Son_2026-03_${i}.zip`;

let mutator: Mutator;
let backend: Backend;
const api = contractCaller(() => backend);
let storeFile: string;

beforeAll(async () => {
  mutator = await marchMutator(nameOf(0));
  backend = await tempBackend();
  await api.call('setupReceivingUnit', {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    communes: [{ code: COMMUNE }],
  });
  const first = await api.call<BundleImportReport>('importBundles', {
    files: [{ fileName: nameOf(0), base64: mutator.valid.toString('base64') }],
  });
  expect(first.files.map((f) => f.status)).toEqual(['added']);
  storeFile = communeStorePath(backend.ctx.databasePath, COMMUNE);
}, 60_000);

afterAll(async () => {
  await backend.close();
});

const hashes = () => ({ unit: contentHash(backend.ctx.databasePath), commune: contentHash(storeFile) });

describe('hostile bundles imported at the receiving unit (fuzz, 2,000 cases, fixed seed)', () => {
  it('are refused file by file with a message, nothing written, never an exception', async () => {
    const before = hashes();
    const seen: Record<string, number> = {};
    let harmless = 0;
    let calls = 0;
    let next = 1;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: PER_CALL, maxLength: PER_CALL }), async (ms) => {
        const files = [];
        for (const m of ms) {
          seen[m.kind] = (seen[m.kind] ?? 0) + 1;
          files.push({ fileName: nameOf(next), base64: (await mutator.apply(m)).toString('base64') });
          next += 1;
        }
        // An empty file (truncated to nothing) is refused by the contract for the whole call: it goes alone.
        for (const batch of [
          files.filter((f) => f.base64 !== ''),
          ...files.filter((f) => f.base64 === '').map((f) => [f]),
        ]) {
          if (batch.length === 0) continue;
          calls += 1;
          const result = await backend.dispatch('importBundles', { files: batch });
          if (!result.ok) {
            expect(batch).toHaveLength(1);
            expect(result.error.code).toBe('validation');
            expect(result.error.message).toMatch(/Tệp rỗng/u);
          } else {
            const report = result.value as BundleImportReport;
            expect(report.files.map((f) => f.file)).toEqual(batch.map((f) => f.fileName));
            const kept = report.files.filter((f) => f.status !== 'refused');
            for (const line of report.files) {
              if (line.status === 'refused') {
                // The reader's sentence (what is wrong. what to do.), or the planner's: another
                // file of this call already carries the same commune's period.
                const file = line.file.replace(/\./gu, '\\.');
                expect(line.reason).toMatch(
                  new RegExp(`^(Tệp «${file}» .+\\. .+\\.|${file}: cùng kỳ .+)$`, 'u'),
                );
                if (line.reason?.startsWith(line.file)) expect(kept.length).toBe(1);
                continue;
              }
              // Accepted only as what it is: the bundle already imported, nothing to change.
              harmless += 1;
              expect(line.status).toBe('unchanged');
              expect(line.communeCode).toBe(COMMUNE);
              for (const counts of Object.values(line.counts ?? {})) {
                expect(counts.added + counts.updated + counts.removed).toBe(0);
              }
            }
          }
          expect(hashes()).toEqual(before);
        }
      }),
      { numRuns: RUNS / PER_CALL, seed: 20260310, endOnFailure: true },
    );
    expect(Object.values(seen).reduce((a, b) => a + b, 0)).toBe(RUNS);
    for (const kind of mutationKinds) expect(seen[kind] ?? 0, kind).toBeGreaterThan(100);
    expect(harmless).toBeLessThan((seen.flip ?? 0) / 4);
    expect(calls).toBeGreaterThanOrEqual(RUNS / PER_CALL);
  }, 180_000);
});
