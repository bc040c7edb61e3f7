/** The contract's one date rule, one number rule and text limits, at their edges. */
import { describe, expect, it } from 'vitest';
import { textLimits } from './limits';
import {
  documentDateSchema,
  documentNumberSchema,
  personInputSchema,
  recordPastDecisionSchema,
  teamInputSchema,
  typedNumberSchema,
} from './schemas';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('document dates', () => {
  it('accept real days of 2000–2100 and refuse the others', () => {
    expect(['2000-01-01', '2026-02-05', '2100-12-31'].map((d) => ok(documentDateSchema, d))).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['1999-12-31', '1899-01-01', '1000-01-01', '2101-01-01', '2999-12-31', '2026-02-30'].map((d) =>
        ok(documentDateSchema, d),
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('document numbers', () => {
  const number = documentNumberSchema('Số văn bản');
  it('accept whole numbers 1–99,999 only, never rounded', () => {
    expect([1, 7, 99_999].map((n) => ok(number, n))).toEqual([true, true, true]);
    expect([0, -1, 1.5, 100_000, Number.NaN].map((n) => ok(number, n))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('read typed text without changing it: "7" is 7, "7e2" and "" are not numbers', () => {
    expect(typedNumberSchema.pipe(number).parse(' 07 ')).toBe(7);
    expect(['7e2', '', '0x10', '1,5'].map((t) => ok(typedNumberSchema, t))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('text limits', () => {
  it('hold a name to the form’s limit, counted after the sanitiser', () => {
    const name = personInputSchema.shape.fullName;
    expect(ok(name, 'A'.repeat(textLimits.personName))).toBe(true);
    expect(ok(name, 'A'.repeat(textLimits.personName + 1))).toBe(false);
    expect(name.parse(`\u001b[1m${'A'.repeat(textLimits.personName - 3)}`)).toHaveLength(
      textLimits.personName,
    );
  });
  it('hold the symbol and the Zalo households to theirs', () => {
    expect(ok(recordPastDecisionSchema.shape.symbol, 'A'.repeat(120_000))).toBe(false);
    expect(ok(recordPastDecisionSchema.shape.symbol, 'QĐ-UBND')).toBe(true);
    expect(ok(teamInputSchema.shape.zaloHouseholds, 100_001)).toBe(false);
  });
});
