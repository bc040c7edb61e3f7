import { describe, expect, it } from 'vitest';
import { countNote, describeHint, hintReason, personFacts } from './person-text';

describe('person-text', () => {
  it('lists what is known of a person', () => {
    expect(personFacts({ birthYear: 1978, phone: '0912345678', villageName: 'Thôn An Hải' })).toBe(
      'sinh năm 1978, 0912 345 678, Thôn An Hải',
    );
    expect(personFacts({ birthYear: null, phone: null, villageName: null })).toBe('');
  });
  it('describes a likely duplicate and why', () => {
    const hint = {
      personId: 'x',
      fullName: 'Nguyễn Văn An',
      birthYear: 1978,
      phone: null,
      villageName: null,
      reason: 'name_and_year' as const,
    };
    expect(describeHint(hint)).toBe('Nguyễn Văn An (sinh năm 1978)');
    expect(hintReason(hint)).toBe('cùng họ tên và năm sinh');
    expect(hintReason({ ...hint, reason: 'phone' })).toBe('cùng số điện thoại');
  });
  it('counts people', () => {
    expect(countNote('1.234', false)).toBe('1.234 người');
    expect(countNote('2', true)).toBe('Tìm thấy 2 người');
  });
});
