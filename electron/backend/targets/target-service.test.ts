import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Target, TargetSplit } from '../../../shared/contract/monthly-types';
import type { Backend } from '../backend';
import { monthlyFixture, type MonthlyFixture } from '../../../test-support/monthly-fixture';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
let f: MonthlyFixture;
beforeEach(async () => {
  backend = await tempBackend();
  f = await monthlyFixture(backend);
});
afterEach(() => backend.close());
const { call, refused } = contractCaller(() => backend);

describe('removing a target', () => {
  it('takes a team target out of the year but keeps its mark; setting it again makes a new one', async () => {
    await call<Target>('setTarget', { year: 2026, indicator: 'vneid_activated', value: 400 });
    const split = await call<TargetSplit>('distributeTarget', {
      year: 2026,
      indicator: 'vneid_activated',
      apply: true,
    });
    expect(split.shares.map((s) => s.value)).toEqual([300, 100]);
    const anHai = (await call<Target[]>('listTargets', { year: 2026 })).find(
      (t) => t.teamId === f.anHaiTeam.id,
    );
    expect(anHai?.value).toBe(300);

    expect(await call('removeTarget', { id: anHai?.id })).toEqual({ removed: true });
    const left = await call<Target[]>('listTargets', { year: 2026 });
    expect(left.map((t) => [t.teamName, t.value])).toEqual([
      [null, 400],
      ['Tổ CNSCĐ thôn Bình Trị', 100],
    ]);
    const row = await backend.ctx.db
      .selectFrom('targets')
      .select(['deleted_at', 'updated_at'])
      .where('id', '=', anHai?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect((await refused('removeTarget', { id: anHai?.id })).code).toBe('not_found');

    const again = await call<Target>('setTarget', {
      year: 2026,
      indicator: 'vneid_activated',
      teamId: f.anHaiTeam.id,
      value: 250,
    });
    expect(again.id).not.toBe(anHai?.id);
    expect(again.value).toBe(250);
  });

  it('a removed commune target can no longer be split', async () => {
    const commune = await call<Target>('setTarget', { year: 2026, indicator: 'vneid_activated', value: 400 });
    await call('removeTarget', { id: commune.id });
    const error = await refused('distributeTarget', { year: 2026, indicator: 'vneid_activated' });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Chưa có chỉ tiêu của xã năm 2026');
    expect(await call<Target[]>('listTargets', { year: 2026 })).toEqual([]);
  });
});
