import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { readZip } from '../../../test-support/sheets';
import { tempBackend } from '../../../test-support/temp';
import { renderDocumentFile } from './render-service';
import { createDecision, issueDocument } from './register-service';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
  await backend.handlers.loadDemo(undefined);
});
afterEach(() => backend.close());

/** The visible text of a .docx body, runs joined. */
function documentText(base64: string): string {
  const xml = readZip(Buffer.from(base64, 'base64')).get('word/document.xml')?.toString('utf8') ?? '';
  return xml
    .replace(/<w:tab\/>/gu, '\t')
    .replace(/<w:br\/>/gu, '\n')
    .replace(/<\/w:p>/gu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&amp;/gu, '&');
}

describe('rendering a decision', () => {
  it('prints the copy for signing with a blank number and date, and the issued one with them', async () => {
    const teams = await backend.handlers.listTeams(undefined);
    const commune = teams.find((t) => t.level === 'commune');
    if (!commune) throw new Error('commune team');
    const draft = await createDecision(backend.ctx, { kind: 'founding_commune', teamIds: [commune.id] });
    const forSigning = await renderDocumentFile(backend.ctx, draft.id, 'docx');
    expect(forSigning.fileName).toMatch(/^quyet-dinh-ban-trinh-ky-.*\.docx$/u);
    const blank = documentText(forSigning.base64);
    expect(blank).toMatch(/Số:\s+\/QĐ-UBND/u);
    expect(blank).toMatch(/Đông Sơn, ngày\s+tháng\s+năm 2026/u);
    expect(blank).toContain('Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn');
    expect(blank).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
    expect(blank).toContain('Trần Văn Thành');
    for (const member of commune.members) expect(blank).toContain(member.fullName);

    await issueDocument(backend.ctx, { id: draft.id, number: 7, date: '2026-02-05', confirmWarnings: true });
    const issued = await renderDocumentFile(backend.ctx, draft.id, 'docx');
    expect(issued.fileName).toMatch(/^quyet-dinh-07-qd-ubnd-/u);
    const text = documentText(issued.base64);
    expect(text).toContain('Số: 07/QĐ-UBND');
    expect(text).toContain('Đông Sơn, ngày 05 tháng 02 năm 2026');
    expect(text).toContain('Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 02 năm 2026');
    // The same bytes' text every time: the content is a snapshot.
    expect(documentText((await renderDocumentFile(backend.ctx, draft.id, 'docx')).base64)).toBe(text);
  });

  it('makes one appendix per village in a combined decision', async () => {
    const villages = (await backend.handlers.listTeams(undefined))
      .filter((t) => t.level === 'village')
      .slice(0, 3);
    const draft = await createDecision(backend.ctx, {
      kind: 'founding_villages',
      teamIds: villages.map((t) => t.id),
    });
    const text = documentText((await renderDocumentFile(backend.ctx, draft.id, 'docx')).base64);
    expect(text).toContain('Phụ lục I');
    expect(text).toContain('Phụ lục II');
    expect(text).toContain('Phụ lục III');
    const flat = text.replace(/\s+/gu, ' ');
    for (const team of villages) expect(flat).toContain(team.name.toLocaleUpperCase('vi'));
  });
});

describe('saving, opening and printing a decision', () => {
  it('saves the bytes of the preview where the user chooses and remembers the folder', async () => {
    const { tempDir, RecordingHost } = await import('../../../test-support/temp');
    const folder = tempDir();
    const host = new RecordingHost(backend.ctx.host.dataDir, `${folder}/qd.docx`);
    const ctx = { ...backend.ctx, host };
    const teams = await backend.handlers.listTeams(undefined);
    const draft = await createDecision(ctx, { kind: 'founding_commune', teamIds: [teams[0]?.id ?? ''] });
    const { saveDocument, openDocument, printDocument } = await import('./render-service');
    const saved = await saveDocument(ctx, draft.id, 'docx');
    expect(saved.path).toBe(`${folder}/qd.docx`);
    const fs = await import('node:fs');
    const preview = await renderDocumentFile(ctx, draft.id, 'docx');
    expect(documentText(fs.readFileSync(`${folder}/qd.docx`).toString('base64'))).toBe(
      documentText(preview.base64),
    );
    await saveDocument(ctx, draft.id, 'docx');
    expect(host.saveRequests[1]?.defaultFolder).toBe(folder);
    expect(host.saveRequests[0]?.suggestedName).toMatch(/\.docx$/u);

    const opened = await openDocument(ctx, draft.id, 'docx');
    expect(host.opened).toEqual([opened.path]);
    const printed = await printDocument(ctx, draft.id, 'docx');
    expect(host.printed).toEqual([printed.path]);
    expect(fs.existsSync(printed.path ?? '')).toBe(true);
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const teams = await backend.handlers.listTeams(undefined);
    const draft = await createDecision(backend.ctx, {
      kind: 'founding_commune',
      teamIds: [teams[0]?.id ?? ''],
    });
    const { saveDocument } = await import('./render-service');
    expect(await saveDocument(backend.ctx, draft.id, 'docx')).toEqual({ path: null });
  });
});
