import type { z } from 'zod';

/**
 * One operation of the contract: the schema of its input, and (as a phantom type) its output.
 * The output is produced by our own backend, so it is typed rather than re-validated.
 */
export interface Operation<I extends z.ZodType, O> {
  readonly input: I;
  readonly summary: string;
  /** Phantom field carrying the output type; never set at run time. */
  readonly __output?: O;
}

export function op<O>() {
  return <I extends z.ZodType>(input: I, summary: string): Operation<I, O> => ({ input, summary });
}
