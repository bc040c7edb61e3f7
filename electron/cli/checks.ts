/**
 * Checks of what was typed on the command line (exit code 2 when they fail): each is the
 * contract's own rule, so the CLI refuses exactly what the application refuses.
 */
import {
  isoDateSchema,
  documentNumberSchema,
  schemaProblem,
  typedNumberSchema,
} from '../../shared/contract/schemas';

/** A date typed as YYYY-MM-DD, under the application's one date rule. */
export const dateProblem = (value: string): string | null => schemaProblem(isoDateSchema, value);

/** A document number typed as digits, under the register's number rule. */
export const numberProblem = (value: string): string | null =>
  schemaProblem(typedNumberSchema.pipe(documentNumberSchema('Số văn bản')), value);
