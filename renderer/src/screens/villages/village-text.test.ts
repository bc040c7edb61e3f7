import { describe, expect, it } from 'vitest';
import type { Village } from '../../../../shared/contract/types';
import { removeQuestion, summarize } from './village-text';

const village = (name: string, kind: Village['kind'], households = 0): Village => ({
  id: '00000000-0000-7000-8000-000000000000',
  name,
  kind,
  households,
  createdAt: '2025-07-01T00:00:00.000Z',
  updatedAt: '2025-07-01T00:00:00.000Z',
});

describe('removeQuestion', () => {
  it('does not repeat the kind when the name says it', () => {
    expect(removeQuestion(village('Thôn 10', 'thon'))).toBe('Xóa Thôn 10?');
    expect(removeQuestion(village('Tổ dân phố Tịnh Hòa 1', 'to_dan_pho'))).toBe('Xóa Tổ dân phố Tịnh Hòa 1?');
  });
  it('names the kind otherwise', () => {
    expect(removeQuestion(village('An Hải', 'thon'))).toBe('Xóa thôn An Hải?');
    expect(removeQuestion(village('Khối 3', 'to_dan_pho'))).toBe('Xóa tổ dân phố Khối 3?');
  });
});

describe('summarize', () => {
  it('counts each kind, leaving out a kind that has none', () => {
    expect(summarize([village('Thôn 1', 'thon'), village('Thôn 2', 'thon')])).toBe('2 thôn');
    expect(summarize([village('Thôn 1', 'thon'), village('Tổ dân phố 1', 'to_dan_pho')])).toBe(
      '1 thôn, 1 tổ dân phố',
    );
  });
});
