/**
 * A separate process that issues decisions on a database file, for the register's concurrency
 * and crash tests: `tsx issue-worker.ts DB COUNT [pause|found-then-hang]`. With `pause` it stops
 * inside the issuing transaction right after choosing a number, so the test can kill it there.
 * With `found-then-hang` it does what `decision found --teams … --issue` does up to the commit
 * (founds the first COUNT village teams in one makeDecisions), prints the issued documents and
 * hangs before writing any file, so the test can kill it between the commit and the files.
 */
import path from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { NodeHost } from '../electron/backend/node-host';
import { createDecision, issueDocument, makeDecisions } from '../electron/backend/documents/register-service';

async function main(): Promise<void> {
  const [dbPath, countText, mode] = process.argv.slice(2);
  if (!dbPath || !countText) throw new Error('usage: issue-worker DB COUNT [pause]');
  const backend = await createBackend({
    databasePath: dbPath,
    host: new NodeHost(path.dirname(dbPath)),
    appVersion: 'worker',
  });
  if (mode === 'found-then-hang') {
    const villages = (await backend.handlers.listTeams(undefined)).filter((t) => t.level === 'village');
    const made = await makeDecisions(backend.ctx, {
      kind: 'founding_village',
      teamIds: villages.slice(0, Number(countText)).map((t) => t.id),
      issue: { number: null, date: '2026-11-20', confirmWarnings: true },
      force: false,
    });
    const issued = made.map((m) => ({
      id: m.document.id,
      teamId: m.document.teamIds[0],
      numberText: m.document.numberText,
    }));
    process.stdout.write(`committed ${JSON.stringify(issued)}\n`);
    await new Promise(() => undefined);
  }
  const team = (await backend.handlers.listTeams(undefined))[0];
  if (!team) throw new Error('no team');
  if (mode === 'pause') {
    backend.ctx.hooks = {
      afterNumberChosen: async (number) => {
        process.stdout.write(`chosen ${number}\n`);
        await new Promise(() => undefined);
      },
    };
  }
  const numbers: number[] = [];
  for (let i = 0; i < Number(countText); i += 1) {
    const doc = await createDecision(backend.ctx, { kind: 'reorganization', teamIds: [team.id] });
    const issued = await issueDocument(backend.ctx, {
      id: doc.id,
      number: null,
      date: '2026-11-20',
      confirmWarnings: true,
    });
    numbers.push(issued.number ?? -1);
  }
  process.stdout.write(`${JSON.stringify(numbers)}\n`);
  await backend.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
