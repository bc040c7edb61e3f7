import { z } from 'zod';
import { AppError, type FieldProblem } from './errors';

// Messages zod writes itself (a missing field, a wrong type) are Vietnamese too.
z.config(z.locales.vi());

/** Validates `input` with `schema`; on failure, one Vietnamese message naming every problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldProblem[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = fields.map((f) => f.message).join(' ');
  throw new AppError('validation', `Dữ liệu chưa đúng: ${summary}`, { fields });
}
