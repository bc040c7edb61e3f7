import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecisionMade, TeamSummary } from '../../../shared/contract/types';
import type { Backend } from '../backend';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());
const { call } = contractCaller(() => backend);

describe('loading the demo again over a database that has documents', () => {
  it('empties everything, decisions and their teams included, then loads the demo', async () => {
    await call('loadDemo');
    const [team] = await call<TeamSummary[]>('listTeams', {});
    expect(team).toBeDefined();
    const made = await call<DecisionMade[]>('makeDecisions', {
      kind: team?.level === 'commune' ? 'founding_commune' : 'founding_village',
      teamIds: [team?.id],
      issue: { number: 7, date: '2026-03-02', confirmWarnings: true },
    });
    expect(made).toHaveLength(1);

    await call('loadDemo', { force: true });
    const register = await call<unknown[]>('listRegister', { year: 2026, includeDrafts: true });
    expect(register).toEqual([]);
    expect((await call<TeamSummary[]>('listTeams', {})).length).toBe(12);
  });
});
