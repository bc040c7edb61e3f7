/**
 * Documents: one founding decision with 30 members rendered to a buffer (goal ≤ 50 ms), against
 * a one-paragraph document made by the same library in the same run; and 100 village decisions
 * composed and rendered (goal ≤ 3 s).
 */
import type { Member, Profile } from '../shared/contract/types';
import { composeDecision } from '../electron/backend/documents/compose';
import { buildDocument, buildSingleParagraphDocument } from '../electron/backend/documents/docx/build';
import { defaultTexts } from '../electron/backend/documents/texts';
import { demoProfile } from '../electron/backend/demo/demo-data';
import { median, round, type BenchResult, type Benchmark } from './lib';

const profile: Profile = { ...demoProfile, updatedAt: '2026-01-01T00:00:00.000Z' };

function members(count: number, seed = 0): Member[] {
  const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi'];
  const given = ['Văn An', 'Thị Hoa', 'Minh Tuấn', 'Thị Thu Hà', 'Quốc Bảo', 'Ngọc Ánh'];
  return Array.from({ length: count }, (_, i) => ({
    membershipId: `m${seed}-${i}`,
    personId: `p${seed}-${i}`,
    fullName: `${families[(i + seed) % families.length]} ${given[(i * 5 + seed) % given.length]}`,
    gender: i % 2 === 0 ? 'male' : 'female',
    birthYear: 1970 + (i % 30),
    phone: `09${String(12_345_678 + i * 7919 + seed).slice(-8)}`,
    position: i === 0 ? 'Trưởng thôn' : 'Đoàn viên thanh niên',
    villageId: null,
    villageName: null,
    tags: [],
    role: i === 0 ? 'leader' : i === 1 ? 'deputy' : 'member',
    startDate: '2026-01-05',
    endDate: null,
    decisionId: null,
    sortOrder: i,
  }));
}

export function decision(kind: 'founding_commune' | 'founding_village', count: number, seed: number) {
  const teamName =
    kind === 'founding_commune'
      ? 'Tổ Công nghệ số cộng đồng xã Đông Sơn'
      : `Tổ Công nghệ số cộng đồng thôn ${seed + 1}`;
  const texts = defaultTexts({
    kind,
    profile,
    teamName,
    villageNames: [],
    date: '2026-02-05',
    previous: null,
  });
  return composeDecision({
    kind,
    profile,
    texts,
    teams: [
      {
        name: teamName,
        villageName: kind === 'founding_village' ? `Thôn ${seed + 1}` : null,
        members: members(count, seed),
      },
    ],
    symbol: 'QĐ-UBND',
    when: { number: seed + 1, date: '2026-02-05', year: 2026 },
  });
}

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const decision30Benchmark: Benchmark = {
  name: 'documents.decision_30_members',
  description: 'A founding decision with 30 members rendered to a .docx buffer',
  async run({ runs, log }): Promise<BenchResult> {
    const content = decision('founding_commune', 30, 0);
    await buildDocument(content);
    await buildSingleParagraphDocument();
    const samples: number[] = [];
    const baselines: number[] = [];
    const n = Math.max(runs, 15);
    for (let i = 0; i < n; i += 1) {
      samples.push(await timed(() => buildDocument(content)));
      baselines.push(await timed(() => buildSingleParagraphDocument()));
    }
    const value = median(samples);
    const baseline = median(baselines);
    log(`documents.decision_30_members: ${round(value)} ms (một đoạn: ${round(baseline)} ms)`);
    return {
      name: 'documents.decision_30_members',
      value: round(value),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(value / baseline),
      ratioMeaning: 'value ms ÷ baseline ms: how many one-paragraph documents one decision costs',
      goal: 50,
      goalMeaning: 'value (median ms) ≤ goal',
      pass: value <= 50,
      runs: n,
    };
  },
};

export const villageDecisionsBenchmark: Benchmark = {
  name: 'documents.village_decisions_100',
  description: '100 village founding decisions (7 members each) composed and rendered',
  async run({ runs, scale, log }): Promise<BenchResult> {
    const count = Math.max(1, Math.round(100 * scale));
    const samples: number[] = [];
    const baselines: number[] = [];
    for (let r = 0; r < Math.max(1, Math.min(runs, 3)); r += 1) {
      samples.push(
        await timed(async () => {
          for (let i = 0; i < count; i += 1) await buildDocument(decision('founding_village', 7, i));
        }),
      );
      baselines.push(
        await timed(async () => {
          for (let i = 0; i < count; i += 1) await buildSingleParagraphDocument();
        }),
      );
    }
    const value = median(samples);
    const baseline = median(baselines);
    log(`documents.village_decisions_100: ${round(value)} ms cho ${count} quyết định`);
    return {
      name: 'documents.village_decisions_100',
      value: round(value),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(value / baseline),
      ratioMeaning: 'value ms ÷ baseline ms (the same number of one-paragraph documents)',
      goal: 3000,
      goalMeaning: 'value (ms for 100 decisions) ≤ goal',
      pass: value <= 3000,
      items: count,
    };
  },
};
