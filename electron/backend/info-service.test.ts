import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from './backend';
import { cancelDocument, createDecision, issueDocument, attachScan } from './documents/register-service';
import { tempBackend } from '../../test-support/temp';

let backend: Backend & { dir: string };
beforeEach(async () => {
  backend = await tempBackend();
  await backend.handlers.loadDemo(undefined);
});
afterEach(() => backend.close());

const inForce = async () => (await backend.handlers.getInfo(undefined)).decisionsInForce;

describe('the overview’s facts (getInfo)', () => {
  it('counts a founding decision once issued and once signed, not as a draft nor once cancelled', async () => {
    const teams = await backend.handlers.listTeams(undefined);
    const commune = teams.find((t) => t.level === 'commune');
    if (!commune) throw new Error('the demo has a commune team');
    expect(await inForce()).toBe(0);
    const draft = await createDecision(backend.ctx, { kind: 'founding_commune', teamIds: [commune.id] });
    expect(await inForce()).toBe(0);
    await issueDocument(backend.ctx, {
      id: draft.id,
      number: null,
      date: '2026-02-05',
      confirmWarnings: true,
    });
    expect(await inForce()).toBe(1);
    const pdf = Buffer.from('%PDF-1.4\n%scan\n').toString('base64');
    const signed = await attachScan(backend.ctx, draft.id, pdf);
    expect(signed.status).toBe('signed');
    expect(await inForce()).toBe(1);
    await cancelDocument(backend.ctx, draft.id);
    expect(await inForce()).toBe(0);
  });
});
