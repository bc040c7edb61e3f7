/**
 * The documents the application makes and its outgoing register (sổ văn bản đi): one series of
 * numbers per year for every document of the People's Committee. The work lives in
 * `register/`, one job per file; this module is their one entrance for the handlers and tests.
 */
export { contentOf } from './register/content';
export { getDocument } from './register/document-detail';
export { composeDraft, createDecision, markPrinted, updateDocumentTexts } from './register/drafts';
export { cancelDocument, discardDraft, updateRegisterEntry } from './register/entries';
export { issueDocument, makeDecisions, type IssueInput, type MakeDecisionsInput } from './register/issuing';
export { nextFreeNumber } from './register/numbering';
export { recordPastDecision, type PastDecision } from './register/past-decisions';
export { foundingInForce, lastDecisionOf, listRegister, type StoredKind } from './register/queries';
export { attachScan, storeScan } from './register/scans';
export { changesSinceLastDecision, warningsFor } from './register/team-facts';
