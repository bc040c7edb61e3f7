/**
 * The recorder of one write (issue 11): takes the row or the count before, inside the write's
 * transaction, and appends the record right before its COMMIT.
 */
import type { Kysely } from 'kysely';
import type { AuditedOperation } from '../../../shared/contract/audit-operations';
import type { OperationName } from '../../../shared/contract/operations';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import {
  countRows,
  planWrite,
  totalChanges,
  readRow,
  readSettings,
  relatedNames,
  summarize,
  type WritePlan,
} from './describe';
import { createdIdInScope, type AuditRecorder } from './scope';

export function createRecorder(
  name: OperationName,
  spec: AuditedOperation,
  input: unknown,
  appVersion: string,
): AuditRecorder & { plan: WritePlan } {
  const plan = planWrite(name, spec, input);
  let before: Record<string, unknown> | null = null;
  let countBefore = 0;
  let changesBefore = 0;
  // What the summary compares with is the state before the operation: taken at its first transaction.
  let begun = false;
  let wrote = false;
  const deferred = plan.after === 'if-wrote';
  return {
    plan,
    after: plan.after,
    get wrote() {
      return wrote;
    },
    async begin(trx) {
      changesBefore = await totalChanges(trx);
      if (begun) return;
      begun = true;
      if (plan.row !== null) before = await readRow(trx, plan.row.table, plan.row.key, plan.row.id);
      if (plan.settings) before = await readSettings(trx);
      if (plan.counted !== null) countBefore = await countRows(trx, plan.counted.table);
    },
    async append(trx: Kysely<Database>, force: boolean) {
      const changed = (await totalChanges(trx)) !== changesBefore;
      wrote ||= changed;
      if (!force && (deferred || !changed)) return false;
      const createdId = plan.createdIn === null ? null : createdIdInScope();
      let after: Record<string, unknown> | null = null;
      if (plan.row !== null) after = await readRow(trx, plan.row.table, plan.row.key, plan.row.id);
      else if (plan.settings) after = await readSettings(trx);
      else if (plan.createdIn !== null && createdId !== null)
        after = await readRow(trx, plan.createdIn, 'id', createdId);
      const added =
        plan.counted === null
          ? null
          : { count: (await countRows(trx, plan.counted.table)) - countBefore, unit: plan.counted.unit };
      const entityId = plan.row !== null ? String(plan.row.id) : after !== null ? createdId : null;
      const related = await relatedNames(trx, after ?? before);
      await trx
        .insertInto('audit_log')
        .values({
          at: nowIso(),
          operation: name,
          entity: spec.entity,
          entity_id: entityId,
          summary: summarize({ before, after, related, added, detail: plan.detail, label: spec.label }),
          app_version: appVersion,
        })
        .execute();
      return true;
    },
  };
}
