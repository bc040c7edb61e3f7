/** One document as the screens and the CLI see it: with its editable texts, warnings and changes. */
import type { DocumentTexts } from '../../../../shared/contract/schemas';
import type { ReportDocumentTexts } from '../../../../shared/contract/report-types';
import type { DocumentDetail } from '../../../../shared/contract/types';
import type { BackendContext } from '../../context';
import { reportTextsOf } from '../../report/report-document';
import { documentRow, parseJson, summaryOf, type DocumentRow } from './queries';
import { changesSinceLastDecision, warningsFor } from './team-facts';
import { teamLoader } from './team-loader';

/** A report's texts for the document view; an aggregated report's figures (not a commune's) stay out. */
function reportForView(r: DocumentRow): ReportDocumentTexts {
  const texts = reportTextsOf(r);
  return texts.scope === 'received' ? { ...texts, figures: null } : texts;
}

export async function getDocument(ctx: BackendContext, id: string): Promise<DocumentDetail> {
  const r = await documentRow(ctx.db, id);
  const summary = await summaryOf(ctx.db, r);
  const editable = r.status === 'draft' || r.status === 'printed';
  const load = teamLoader(ctx.db);
  return {
    ...summary,
    texts: r.kind === 'report' ? null : parseJson<DocumentTexts | null>(r.texts, null),
    report: r.kind === 'report' ? reportForView(r) : null,
    warnings: editable ? await warningsFor(load, summary.teamIds) : [],
    changes:
      r.kind === 'reorganization' && editable && summary.teamIds[0]
        ? await changesSinceLastDecision(ctx.db, summary.teamIds[0], load)
        : [],
  };
}
