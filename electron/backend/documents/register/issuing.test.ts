/**
 * makeDecisions: composing and issuing for one or many teams in ONE transaction, and the guard
 * against founding a team twice — on real SQLite files after the demo.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import type { FoundedTeam, TeamSummary } from '../../../../shared/contract/types';
import type { Backend } from '../../backend';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { tempBackend, tempDir } from '../../../../test-support/temp';
import {
  cancelDocument,
  createDecision,
  issueDocument,
  lastDecisionOf,
  listRegister,
  makeDecisions,
} from '../register-service';
import { teamLoader } from './team-loader';

let backend: Backend & { dir: string };
let villages: TeamSummary[];
beforeEach(async () => {
  backend = await tempBackend();
  await backend.handlers.loadDemo(undefined);
  villages = (await backend.handlers.listTeams(undefined)).filter(
    (t) => t.level === 'village' && t.warnings.length === 0,
  );
});
afterEach(() => backend.close());

const issueOn = (date: string, number: number | null = null) => ({ number, date, confirmWarnings: true });

/** Everything the register and the memberships hold, to compare before and after a refusal. */
function snapshot() {
  const sqlite = new BetterSqlite3(backend.ctx.databasePath, { readonly: true });
  try {
    return {
      documents: sqlite.prepare('select * from documents order by id').all(),
      documentTeams: sqlite.prepare('select * from document_teams order by document_id, team_id').all(),
      links: sqlite.prepare('select id, decision_id, end_decision_id from memberships order by id').all(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  } finally {
    if (sqlite.open) sqlite.close();
  }
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('makeDecisions', () => {
  it('founds five village teams in one request, consecutive numbers, each decision its own team', async () => {
    const five = villages.slice(0, 5);
    expect(five).toHaveLength(5);
    const made = await makeDecisions(backend.ctx, {
      kind: 'founding_village',
      teamIds: five.map((t) => t.id),
      issue: issueOn('2026-02-05', 11),
      force: false,
    });
    expect(made.map((m) => m.document.numberText)).toEqual([
      '11/QĐ-UBND',
      '12/QĐ-UBND',
      '13/QĐ-UBND',
      '14/QĐ-UBND',
      '15/QĐ-UBND',
    ]);
    expect(made.map((m) => m.document.teamIds)).toEqual(five.map((t) => [t.id]));
    expect(made.every((m) => m.document.status === 'issued')).toBe(true);
    for (const team of five) {
      expect((await lastDecisionOf(backend.ctx.db, team.id))?.teamIds).toEqual([team.id]);
    }
  });

  it('a refusal for team 3 of 5 (its number is taken) leaves no draft, no number, no link', async () => {
    const five = villages.slice(0, 5);
    await makeDecisions(backend.ctx, {
      kind: 'founding_commune',
      teamIds: [(await backend.handlers.listTeams(undefined)).find((t) => t.level === 'commune')?.id ?? ''],
      issue: issueOn('2026-01-10', 23),
      force: false,
    });
    const before = snapshot();
    const error = await refusal(
      makeDecisions(backend.ctx, {
        kind: 'founding_village',
        teamIds: five.map((t) => t.id),
        issue: issueOn('2026-02-05', 21),
        force: false,
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('23/QĐ-UBND');
    expect(snapshot()).toEqual(before);
    // The next number is still the one after 23: nothing was burnt.
    const next = await makeDecisions(backend.ctx, {
      kind: 'founding_village',
      teamIds: [five[0]?.id ?? ''],
      issue: issueOn('2026-02-06'),
      force: false,
    });
    expect(next[0]?.document.number).toBe(24);
  });

  it('a refusal for team 3 of 5 (already founded) names it and writes nothing', async () => {
    const five = villages.slice(0, 5);
    const third = five[2];
    if (!third) throw new Error('five village teams');
    const [first] = await makeDecisions(backend.ctx, {
      kind: 'founding_village',
      teamIds: [third.id],
      issue: issueOn('2025-09-05', 7),
      force: false,
    });
    const before = snapshot();
    const error = await refusal(
      makeDecisions(backend.ctx, {
        kind: 'founding_village',
        teamIds: five.map((t) => t.id),
        issue: null,
        force: false,
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('07/QĐ-UBND ngày 05/09/2025');
    expect(error.message).toContain(third.name);
    expect(error.message).toContain('kiện toàn');
    expect(error.details?.founded).toEqual([
      {
        teamId: third.id,
        teamName: third.name,
        documentId: first?.document.id,
        numberText: '07/QĐ-UBND',
        date: '2025-09-05',
      } satisfies Partial<FoundedTeam>,
    ]);
    expect(snapshot()).toEqual(before);
  });

  it('unconfirmed warnings refuse the whole request, with every warning', async () => {
    const warned = (await backend.handlers.listTeams(undefined)).find((t) => t.warnings.length > 0);
    if (!warned) throw new Error('the demo has one team with a warning');
    const before = snapshot();
    const error = await refusal(
      makeDecisions(backend.ctx, {
        kind: 'founding_village',
        teamIds: [villages[0]?.id ?? '', warned.id],
        issue: { number: null, date: '2026-02-05', confirmWarnings: false },
        force: false,
      }),
    );
    expect(error.details?.warnings).toEqual([expect.objectContaining({ teamId: warned.id })]);
    expect(snapshot()).toEqual(before);
  });
});

describe('founding a team that already has a founding decision in force', () => {
  it('is refused when composing the draft and when issuing one made earlier; force records it knowingly', async () => {
    const team = villages[0];
    if (!team) throw new Error('a village team');
    const early = await createDecision(backend.ctx, { kind: 'founding_village', teamIds: [team.id] });
    await makeDecisions(backend.ctx, {
      kind: 'founding_village',
      teamIds: [team.id],
      issue: issueOn('2026-02-05', 3),
      force: false,
    });

    const composing = await refusal(
      createDecision(backend.ctx, { kind: 'founding_village', teamIds: [team.id] }),
    );
    expect(composing.message).toContain('03/QĐ-UBND ngày 05/02/2026');
    const issuing = await refusal(
      issueDocument(backend.ctx, { id: early.id, number: null, date: '2026-02-06', confirmWarnings: true }),
    );
    expect(issuing.message).toContain('03/QĐ-UBND');
    expect((await backend.handlers.getDocument({ id: early.id })).status).toBe('draft');

    // Re-organisation is the way, and is not refused.
    const reorg = await createDecision(backend.ctx, { kind: 'reorganization', teamIds: [team.id] });
    expect(reorg.texts?.effect).toContain('03/QĐ-UBND');

    const second = await issueDocument(backend.ctx, {
      id: early.id,
      number: null,
      date: '2026-02-06',
      confirmWarnings: true,
      force: true,
    });
    expect(second.numberText).toBe('04/QĐ-UBND');
  });

  it('a cancelled founding decision is not in force', async () => {
    const team = villages[0];
    if (!team) throw new Error('a village team');
    const [made] = await makeDecisions(backend.ctx, {
      kind: 'founding_village',
      teamIds: [team.id],
      issue: issueOn('2026-02-05'),
      force: false,
    });
    await cancelDocument(backend.ctx, made?.document.id ?? '');
    const again = await createDecision(backend.ctx, { kind: 'founding_village', teamIds: [team.id] });
    expect(again.status).toBe('draft');
  });

  it('a decision recorded from before the application counts as founding', async () => {
    const team = villages[0];
    if (!team) throw new Error('a village team');
    await backend.handlers.recordPastDecision({
      teamIds: [team.id],
      number: 45,
      symbol: 'QĐ-UBND',
      date: '2023-08-15',
      signer: 'Trần Văn Thành',
      summary: 'Về việc thành lập Tổ',
      scan: null,
    });
    const error = await refusal(
      createDecision(backend.ctx, { kind: 'founding_village', teamIds: [team.id] }),
    );
    expect(error.message).toContain('45/QĐ-UBND ngày 15/08/2023');
  });
});

describe('the teams of a document', () => {
  it('keeps the order of the teams of a decision for several villages', async () => {
    const three = villages.slice(0, 3).reverse();
    const [made] = await makeDecisions(backend.ctx, {
      kind: 'founding_villages',
      teamIds: three.map((t) => t.id),
      issue: null,
      force: false,
    });
    expect(made?.document.teamIds).toEqual(three.map((t) => t.id));
    const register = await listRegister(backend.ctx, { includeDrafts: true });
    expect(register.map((d) => d.teamIds)).toEqual([three.map((t) => t.id)]);
  });

  it('migration 4 moves the JSON team_ids of an existing register into document_teams', async () => {
    const file = path.join(tempDir(), 'v3.sqlite3');
    const v3 = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= 3) });
    const now = '2025-01-01T00:00:00.000Z';
    const insertTeam = v3.sqlite.prepare(
      `insert into teams (id, level, name, village_id, status, created_at, updated_at)
       values (?, 'province', ?, null, 'active', ?, ?)`,
    );
    insertTeam.run('t-a', 'Tổ A', now, now);
    insertTeam.run('t-b', 'Tổ B', now, now);
    v3.sqlite
      .prepare(
        `insert into documents (id, kind, status, symbol, year, number, issued_on, summary, texts, team_ids,
           created_at, updated_at) values (?, 'external_decision', 'issued', 'QĐ-UBND', 2024, ?, '2024-03-01', 'S', '{}', ?, ?, ?)`,
      )
      .run('d-1', 5, JSON.stringify(['t-b', 't-a', 't-gone']), now, now);
    await v3.close();

    const v4 = await openDatabase(file);
    expect(
      v4.sqlite.prepare('select document_id, team_id, position from document_teams order by position').all(),
    ).toEqual([
      { document_id: 'd-1', team_id: 't-b', position: 0 },
      { document_id: 'd-1', team_id: 't-a', position: 1 },
    ]);
    const columns = v4.sqlite.prepare("select name from pragma_table_info('documents')").all() as {
      name: string;
    }[];
    expect(columns.map((c) => c.name)).not.toContain('team_ids');
    const plan = v4.sqlite
      .prepare("explain query plan select document_id from document_teams where team_id = 't-a'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('document_teams_team');
    await v4.close();
  });

  it('loads a team once per request', async () => {
    let reads = 0;
    const db = backend.ctx.db.withPlugin({
      transformQuery: (args) => {
        if (args.node.kind === 'SelectQueryNode' && JSON.stringify(args.node).includes('"teams"')) reads += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const load = teamLoader(db);
    const team = villages[0]?.id ?? '';
    await Promise.all([load(team), load(team), load(team, '2026-02-05')]);
    await load(team);
    expect(reads).toBe(2);
  });
});
