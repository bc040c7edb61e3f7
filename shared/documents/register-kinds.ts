/** The kinds the outgoing register holds: the application's own, and decisions recorded afterwards. */
import { documentKindLabels, type DocumentKind } from './content';

/** A decision issued before the application was used, recorded in the register by hand. */
export const EXTERNAL_DECISION = 'external_decision';
export type RegisterKind = DocumentKind | typeof EXTERNAL_DECISION;

export function registerKindLabel(kind: RegisterKind): string {
  return kind === EXTERNAL_DECISION
    ? 'Quyết định (ban hành trước khi dùng phần mềm)'
    : documentKindLabels[kind];
}
