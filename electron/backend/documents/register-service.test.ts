import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../../shared/documents/content';
import type { Backend } from '../backend';
import { createBackend } from '../backend';
import { NodeHost } from '../node-host';
import { tempBackend } from '../../../test-support/temp';
import {
  attachScan,
  cancelDocument,
  changesSinceLastDecision,
  contentOf,
  createDecision,
  discardDraft,
  getDocument,
  issueDocument,
  listRegister,
  recordPastDecision,
  updateDocumentTexts,
} from './register-service';

let backend: Backend & { dir: string };
beforeEach(async () => {
  backend = await tempBackend();
  await backend.handlers.loadDemo(undefined);
});
afterEach(() => backend.close());

async function communeTeamId(): Promise<string> {
  const teams = await backend.handlers.listTeams(undefined);
  const team = teams.find((t) => t.level === 'commune');
  if (!team) throw new Error('no commune team');
  return team.id;
}

/** A founding draft of the commune team; these tests knowingly found it more than once (force). */
async function founding(): Promise<string> {
  return (
    await createDecision(backend.ctx, {
      kind: 'founding_commune',
      teamIds: [await communeTeamId()],
      force: true,
    })
  ).id;
}

describe('the outgoing register', () => {
  it('makes a draft with default texts valid for the date and the team', async () => {
    const doc = await getDocument(backend.ctx, await founding());
    expect(doc).toMatchObject({ status: 'draft', number: null, symbol: 'QĐ-UBND', kind: 'founding_commune' });
    expect(doc.texts?.summary).toBe('Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn');
    expect(doc.texts?.legalBases[0]).toContain('72/2025/QH15');
    expect(doc.texts?.legalBases[1]).toContain('3730/UBND-KGVX');
    expect(doc.texts?.recipients).toContain('Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (b/c)');
    expect(doc.texts?.signer).toEqual({ mode: 'chairman', name: 'Trần Văn Thành' });
  });

  it('gives the copy for signing a blank number and date', async () => {
    const content = await contentOf(backend.ctx, await founding());
    expect(content.number).toBeNull();
    expect(content.date).toBeNull();
    expect(content.appendices[0]?.reference).toContain('số       /QĐ-UBND ngày      tháng      năm');
  });

  it('takes the next free number, or the clerk’s number unless the year already has it', async () => {
    const a = await issueDocument(backend.ctx, {
      id: await founding(),
      number: null,
      date: '2026-02-05',
      confirmWarnings: true,
      force: true,
    });
    expect(a).toMatchObject({
      status: 'issued',
      number: 1,
      numberText: '01/QĐ-UBND',
      year: 2026,
      date: '2026-02-05',
    });
    const b = await issueDocument(backend.ctx, {
      id: await founding(),
      number: 7,
      date: '2026-03-01',
      confirmWarnings: true,
      force: true,
    });
    expect(b.numberText).toBe('07/QĐ-UBND');
    const c = await issueDocument(backend.ctx, {
      id: await founding(),
      number: null,
      date: '2026-03-02',
      confirmWarnings: true,
      force: true,
    });
    expect(c.number).toBe(8);
    const clash = await founding();
    await expect(
      issueDocument(backend.ctx, {
        id: clash,
        number: 7,
        date: '2026-04-01',
        confirmWarnings: true,
        force: true,
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { fields: [{ path: 'number' }] },
    });
    expect((await getDocument(backend.ctx, clash)).status).toBe('draft');
    // Each year has its own series.
    const next = await issueDocument(backend.ctx, {
      id: clash,
      number: 7,
      date: '2027-01-04',
      confirmWarnings: true,
      force: true,
    });
    expect(next.numberText).toBe('07/QĐ-UBND');
  });

  it('discards a draft that never had a number, and refuses to discard a numbered one', async () => {
    const draft = await founding();
    const printed = await founding();
    await backend.handlers.markDocumentPrinted({ id: printed });
    const before = await listRegister(backend.ctx, { year: 2026, includeDrafts: true });
    expect(before.map((d) => d.id)).toEqual(expect.arrayContaining([draft, printed]));

    expect(await discardDraft(backend.ctx, draft)).toEqual({ removed: true });
    expect(await discardDraft(backend.ctx, printed)).toEqual({ removed: true });
    const after = await listRegister(backend.ctx, { year: 2026, includeDrafts: true });
    expect(after.map((d) => d.id)).not.toContain(draft);
    expect(after.map((d) => d.id)).not.toContain(printed);
    await expect(getDocument(backend.ctx, draft)).rejects.toMatchObject({ code: 'not_found' });
    // Kept, marked deleted: never removed.
    const row = await backend.ctx.db
      .selectFrom('documents')
      .select('deleted_at')
      .where('id', '=', draft)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();

    const issued = await issueDocument(backend.ctx, {
      id: await founding(),
      number: null,
      date: '2026-02-05',
      confirmWarnings: true,
      force: true,
    });
    await expect(discardDraft(backend.ctx, issued.id)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('Hủy văn bản'),
    });
    expect((await getDocument(backend.ctx, issued.id)).status).toBe('issued');
  });

  it('keeps a cancelled document’s number, so it is never given again', async () => {
    const a = await issueDocument(backend.ctx, {
      id: await founding(),
      number: null,
      date: '2026-02-05',
      confirmWarnings: true,
      force: true,
    });
    await cancelDocument(backend.ctx, a.id);
    const b = await issueDocument(backend.ctx, {
      id: await founding(),
      number: null,
      date: '2026-02-06',
      confirmWarnings: true,
      force: true,
    });
    expect(b.number).toBe(2);
    const register = await listRegister(backend.ctx, { year: 2026 });
    expect(register.map((d) => `${d.number}:${d.status}`)).toEqual(['1:cancelled', '2:issued']);
  });

  it('asks for confirmation when the team breaks a composition rule', async () => {
    const teams = await backend.handlers.listTeams(undefined);
    const broken = teams.find((t) => t.warnings.length > 0);
    if (!broken) throw new Error('the demo has one team with a warning');
    const doc = await createDecision(backend.ctx, { kind: 'founding_village', teamIds: [broken.id] });
    expect(doc.warnings.map((w) => w.ruleId)).toEqual(['village.members.farmers_union']);
    await expect(
      issueDocument(backend.ctx, { id: doc.id, number: null, date: '2026-02-05', confirmWarnings: false }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await getDocument(backend.ctx, doc.id)).number).toBeNull();
    await issueDocument(backend.ctx, { id: doc.id, number: null, date: '2026-02-05', confirmWarnings: true });
  });

  it('keeps an issued document the same after the profile, the texts and the members change', async () => {
    const issued = await issueDocument(backend.ctx, {
      id: await founding(),
      number: null,
      date: '2026-02-05',
      confirmWarnings: true,
      force: true,
    });
    const before: DocumentContent = await contentOf(backend.ctx, issued.id);
    const profile = await backend.handlers.getProfile(undefined);
    if (!profile) throw new Error('profile');
    await backend.handlers.updateProfile({ ...profile, chairman: { name: 'Người Mới', title: 'Chủ tịch' } });
    const team = await backend.handlers.getTeam({ id: await communeTeamId() });
    await backend.handlers.endMembership({
      membershipId: team.members[2]?.membershipId ?? '',
      endDate: '2026-06-01',
    });
    if (!issued.texts) throw new Error('texts');
    await expect(
      updateDocumentTexts(backend.ctx, issued.id, { ...issued.texts, summary: 'Khác' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await contentOf(backend.ctx, issued.id)).toEqual(before);
    expect(before.number).toBe(1);
    expect(before.appendices[0]?.rows).toHaveLength(team.members.length);
  });

  it('links the memberships a decision made, and re-organisation lists the changes since', async () => {
    const teamId = await communeTeamId();
    const issued = await issueDocument(backend.ctx, {
      id: await founding(),
      number: 3,
      date: '2026-02-05',
      confirmWarnings: true,
      force: true,
    });
    let team = await backend.handlers.getTeam({ id: teamId });
    expect(team.members.every((m) => m.decisionId === issued.id)).toBe(true);
    expect(await changesSinceLastDecision(backend.ctx.db, teamId)).toEqual([]);

    const leaving = team.members.find((m) => m.role === 'member');
    const changing = team.members.find((m) => m.role === 'deputy');
    await backend.handlers.endMembership({
      membershipId: leaving?.membershipId ?? '',
      endDate: '2026-05-31',
    });
    await backend.handlers.changeMemberRole({
      membershipId: changing?.membershipId ?? '',
      role: 'member',
      date: '2026-06-01',
    });
    const person = await backend.dispatch('createPerson', {
      fullName: 'Hồ Thị Mới',
      position: 'Giáo viên Tin học',
      tags: ['it_teacher'],
    });
    if (!person.ok) throw new Error(person.error.message);
    const personId = (person.value as { person: { id: string } }).person.id;
    await backend.handlers.addMember({ teamId, personId, role: 'member', startDate: '2026-06-01' });
    const changes = await changesSinceLastDecision(backend.ctx.db, teamId);
    expect(changes).toHaveLength(3);
    expect(changes.some((c) => c.startsWith('Thôi tham gia: ' + leaving?.fullName))).toBe(true);
    expect(changes.some((c) => c.startsWith('Thay đổi chức danh: ' + changing?.fullName))).toBe(true);
    expect(changes.some((c) => c.startsWith('Bổ sung: Hồ Thị Mới'))).toBe(true);

    const reorg = await createDecision(backend.ctx, { kind: 'reorganization', teamIds: [teamId] });
    expect(reorg.texts?.effect).toContain('03/QĐ-UBND');
    const done = await issueDocument(backend.ctx, {
      id: reorg.id,
      number: null,
      date: '2026-06-02',
      confirmWarnings: true,
      force: true,
    });
    team = await backend.handlers.getTeam({ id: teamId });
    expect(team.members.find((m) => m.fullName === 'Hồ Thị Mới')?.decisionId).toBe(done.id);
    expect(await changesSinceLastDecision(backend.ctx.db, teamId)).toEqual([]);
  });

  it('records a decision made before the application, refusing a number the year already has', async () => {
    const teamId = await communeTeamId();
    const past = await recordPastDecision(backend.ctx, {
      teamIds: [teamId],
      number: 45,
      symbol: 'QĐ-UBND',
      date: '2025-08-15',
      signer: 'Trần Văn Thành',
      summary: 'Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn',
      scan: { fileName: 'qd45.pdf', base64: Buffer.from('%PDF-1.4 bản quét').toString('base64') },
    });
    expect(past).toMatchObject({ status: 'signed', external: true, numberText: '45/QĐ-UBND', hasScan: true });
    expect(past.scanSha256).toMatch(/^[0-9a-f]{64}$/u);
    const team = await backend.handlers.getTeam({ id: teamId });
    expect(team.members.every((m) => m.decisionId === past.id)).toBe(true);
    await expect(
      recordPastDecision(backend.ctx, {
        ...{
          teamIds: [teamId],
          number: 45,
          symbol: 'QĐ-UBND',
          date: '2025-12-01',
          signer: 'A',
          summary: 'B',
        },
        scan: null,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const scans = fs.readdirSync(path.join(backend.ctx.host.dataDir, 'scans'));
    expect(scans).toHaveLength(1);
    const reorg = await createDecision(backend.ctx, { kind: 'reorganization', teamIds: [teamId] });
    expect(reorg.texts?.effect).toContain('45/QĐ-UBND');
  });

  it('keeps the signed scan with its SHA-256, refusing a file that is not PDF, JPG or PNG', async () => {
    const issued = await issueDocument(backend.ctx, {
      id: await founding(),
      number: null,
      date: '2026-02-05',
      confirmWarnings: true,
      force: true,
    });
    await expect(
      attachScan(backend.ctx, issued.id, Buffer.from('not a scan').toString('base64')),
    ).rejects.toMatchObject({ code: 'validation' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const signed = await attachScan(backend.ctx, issued.id, png.toString('base64'));
    expect(signed.status).toBe('signed');
    expect(signed.scanSha256).toBe(crypto.createHash('sha256').update(png).digest('hex'));
  });
});

function runWorker(db: string, count: number, pause = false) {
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  const worker = path.resolve('test-support/issue-worker.ts');
  return spawn(process.execPath, [tsx, worker, db, String(count), ...(pause ? ['pause'] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(
  child: ReturnType<typeof runWorker>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('the register across processes', () => {
  it('never repeats a number when two processes issue on the same file at once', async () => {
    const db = backend.ctx.databasePath;
    await backend.close();
    const [a, b] = await Promise.all([finished(runWorker(db, 12)), finished(runWorker(db, 12))]);
    expect(a.err + b.err).toBe('');
    const numbers = [...(JSON.parse(a.out) as number[]), ...(JSON.parse(b.out) as number[])].sort(
      (x, y) => x - y,
    );
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    backend = Object.assign(
      await createBackend({ databasePath: db, host: new NodeHost(path.dirname(db)), appVersion: 't' }),
      { dir: '' },
    );
  }, 120_000);

  it('neither burns nor repeats a number when the process is killed between choosing and committing', async () => {
    const db = backend.ctx.databasePath;
    await backend.close();
    const child = runWorker(db, 1, true);
    const chosen = await new Promise<string>((resolve) =>
      child.stdout?.on('data', (c: Buffer) => resolve(c.toString())),
    );
    expect(chosen.trim()).toBe('chosen 1');
    child.kill('SIGKILL');
    await finished(child);
    backend = Object.assign(
      await createBackend({ databasePath: db, host: new NodeHost(path.dirname(db)), appVersion: 't' }),
      { dir: '' },
    );
    expect(await listRegister(backend.ctx, { year: 2026 })).toEqual([]);
    const again = await finished(runWorker(db, 1));
    expect(JSON.parse(again.out)).toEqual([1]);
  }, 120_000);
});
