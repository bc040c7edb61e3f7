import { describe, expect, it } from 'vitest';
import { villageInputSchema } from '../../../../shared/contract/schemas';
import { toNamePath, zodProblems, zodRule } from './field-errors';

describe('toNamePath', () => {
  it('turns a contract path into an antd name path', () => {
    expect(toNamePath('name')).toEqual(['name']);
    expect(toNamePath('viceChairmen.0.name')).toEqual(['viceChairmen', 0, 'name']);
    expect(toNamePath('chairman.title')).toEqual(['chairman', 'title']);
  });
});

describe('zodProblems', () => {
  it('gives the schema’s Vietnamese message for each field', () => {
    const result = villageInputSchema.safeParse({ name: '  ', kind: 'thon', households: -1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodProblems(result.error)).toEqual([
      { path: 'name', message: 'Tên thôn, tổ dân phố: chưa nhập. Hãy điền tên thôn, tổ dân phố.' },
      { path: 'households', message: 'Số hộ không được âm.' },
    ]);
  });
});

describe('zodRule', () => {
  const validate = async (value: unknown) => {
    const rule = zodRule(villageInputSchema.shape.name);
    if (typeof rule === 'function' || rule.validator === undefined) throw new Error('không phải rule');
    return rule.validator(rule, value, () => undefined);
  };
  it('accepts a good value and refuses a bad one with the schema’s message', async () => {
    await expect(validate('Thôn 2')).resolves.toBeUndefined();
    await expect(validate(undefined)).rejects.toThrow('Tên thôn, tổ dân phố: chưa nhập.');
  });
});
