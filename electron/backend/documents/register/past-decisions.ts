/** A decision made before the application was installed, recorded so later decisions can cite it. */
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentDetail } from '../../../../shared/contract/types';
import { nowIso } from '../../clock';
import type { BackendContext } from '../../context';
import { inImmediateTransaction } from '../../db/transaction';
import { newId } from '../../ids';
import { getTeamRow } from '../../teams/team-service';
import { getDocument } from './document-detail';
import { linkDocumentTeams } from './document-teams';
import { linkMemberships } from './issuing';
import { assertNumberFree } from './numbering';
import { storeScan } from './scans';

export interface PastDecision {
  teamIds: string[];
  number: number;
  symbol: string;
  date: string;
  signer: string;
  summary: string;
  scan: { fileName: string; base64: string } | null;
}

export async function recordPastDecision(ctx: BackendContext, input: PastDecision): Promise<DocumentDetail> {
  const year = Number(input.date.slice(0, 4));
  const id = newId();
  await assertNumberFree(ctx.db, year, input.number);
  const scan = input.scan ? await storeScan(ctx, id, input.scan.base64) : null;
  // The number is checked again under the write lock; if refused there, the scan goes too.
  await inImmediateTransaction(ctx.db, async (trx) => {
    for (const teamId of input.teamIds) await getTeamRow(trx, teamId);
    await assertNumberFree(trx, year, input.number);
    const now = nowIso();
    await trx
      .insertInto('documents')
      .values({
        id,
        kind: 'external_decision',
        status: scan ? 'signed' : 'issued',
        symbol: input.symbol,
        year,
        number: input.number,
        issued_on: input.date,
        summary: input.summary,
        signer_name: input.signer,
        recipients: null,
        texts: '{}',
        content: null,
        external: 1,
        scan_file: scan?.file ?? null,
        scan_sha256: scan?.sha256 ?? null,
        copies: null,
        sent_on: null,
        notes: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    await linkDocumentTeams(trx, id, input.teamIds);
    await linkMemberships(trx, id, input.teamIds, input.date);
  }).catch((error: unknown) => {
    if (scan) fs.rmSync(path.join(ctx.host.dataDir, scan.file), { force: true });
    throw error;
  });
  return getDocument(ctx, id);
}
