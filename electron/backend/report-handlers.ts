/** Handlers of the periodic report in the register (issue 9), spread into the one handler table. */
import type { BackendContext } from './context';
import type { Handler } from './handlers';
import {
  createReport,
  lastReportTexts,
  listReports,
  reportWorkbook,
  updateReport,
} from './report/report-drafts';

type ReportOperation = 'createReport' | 'updateReport' | 'lastReportTexts' | 'listReports' | 'reportWorkbook';

export function createReportHandlers(ctx: BackendContext): { [K in ReportOperation]: Handler<K> } {
  return {
    createReport: (input) => createReport(ctx, input),
    updateReport: (input) => updateReport(ctx, input),
    lastReportTexts: ({ period }) => lastReportTexts(ctx, period),
    listReports: () => listReports(ctx),
    reportWorkbook: ({ id }) => reportWorkbook(ctx, id),
  };
}
