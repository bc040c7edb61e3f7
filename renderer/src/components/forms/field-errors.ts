/**
 * One way to put a problem next to its field, wherever it was found: by the contract's zod
 * schema in the browser, or by the backend (`details.fields`, paths like `viceChairmen.0.name`).
 */
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import type { FieldProblem } from '../../../../shared/contract/errors';
// Messages zod writes itself (a wrong type) in Vietnamese, as on the backend.
import '../../../../shared/contract/validation';

export type NamePath = (string | number)[];

/** `viceChairmen.0.name` → ['viceChairmen', 0, 'name'] (antd's name path). */
export function toNamePath(path: string): NamePath {
  return path
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
}

export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Shows each problem under its field (several messages for one field are kept together) and
 * scrolls to the first one. `rename` maps an input path to the form's own field when they
 * differ. Returns false when no problem names a field of this form.
 */
export function showFieldProblems(
  form: FormInstance,
  problems: readonly FieldProblem[],
  rename: (path: string) => string = (path) => path,
): boolean {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const key = rename(problem.path);
    if (key === '') continue;
    const messages = byField.get(key) ?? [];
    if (!messages.includes(problem.message)) messages.push(problem.message);
    byField.set(key, messages);
  }
  if (byField.size === 0) return false;
  const fields = [...byField].map(([path, errors]) => ({ name: toNamePath(path), errors }));
  form.setFields(fields);
  const first = fields[0];
  if (first !== undefined) form.scrollToField(first.name, { block: 'center', focus: true });
  return true;
}

/** An antd rule that checks one field with a schema of the contract; the schema's message is shown. */
export function zodRule(schema: z.ZodType, emptyValue: unknown = ''): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? emptyValue);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'Giá trị chưa đúng.');
    },
  };
}
