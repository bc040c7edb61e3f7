import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { monthlyFixture, type MonthlyFixture } from '../../../test-support/monthly-fixture';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import { missingIndicator, missingPlatform, missingTeam } from './register-checks';

let backend: Backend;
let f: MonthlyFixture;
beforeEach(async () => {
  backend = await tempBackend();
  f = await monthlyFixture(backend);
});
afterEach(async () => {
  await backend.close();
});
const { refused } = contractCaller(() => backend);
const missingId = '01a2295f-9a16-77f5-a44f-740318548423';

describe('the monthly work’s existence checks', () => {
  it('say the same thing in every service, in words the window can show (no command, no flag)', async () => {
    const errors = [
      await refused('addActivity', { teamId: missingId, date: '2026-05-04', kind: 'meeting' }),
      await refused('addTraining', {
        date: '2026-05-04',
        topic: 'Kỹ năng số',
        organiser: 'VNPT',
        teamId: missingId,
      }),
      await refused('setTarget', { year: 2026, indicator: 'vneid_activated', teamId: missingId, value: 3 }),
      await refused('setTarget', { year: 2026, indicator: 'no_such_code', value: 3 }),
      await refused('renameIndicator', { code: 'no_such_code', name: 'X', unit: 'người' }),
      await refused('addActivity', {
        teamId: f.anHaiTeam.id,
        date: '2026-05-04',
        kind: 'meeting',
        platforms: ['no_such_platform'],
      }),
      await refused('addActivity', { teamId: f.anHaiTeam.id, date: '2025-12-01', kind: 'meeting' }),
    ];
    expect(errors.slice(0, 6).map((e) => e.message)).toEqual([
      missingTeam,
      missingTeam,
      missingTeam,
      missingIndicator('no_such_code'),
      missingIndicator('no_such_code'),
      missingPlatform('no_such_platform'),
    ]);
    for (const error of errors) expect(error.message).not.toMatch(/lệnh|--[a-z]/u);
    expect(errors[6]?.message).toContain('Nếu ngày đúng, hãy xác nhận để lưu.');
  });
});
