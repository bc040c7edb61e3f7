import { describe, expect, it } from 'vitest';
import { hrefOf, readSection, sectionKeys } from './router';
import { sections } from './sections';

describe('readSection', () => {
  it('reads the section from the hash', () => {
    expect(readSection('#/thon')).toBe('thon');
    expect(readSection('#/cai-dat')).toBe('cai-dat');
    expect(readSection('#/thon?x=1')).toBe('thon');
  });
  it('falls back to the overview for anything else', () => {
    expect(readSection('')).toBe('tong-quan');
    expect(readSection('#/khong-co')).toBe('tong-quan');
    expect(readSection('#thon')).toBe('tong-quan');
  });
  it('round-trips every section', () => {
    for (const key of sectionKeys) expect(readSection(hrefOf(key))).toBe(key);
  });
  it('has one menu entry per section, in the menu order of the brief', () => {
    expect(sections.map((s) => s.label)).toEqual([
      'Tổng quan',
      'Thôn, tổ dân phố',
      'Người',
      'Tổ CNSCĐ',
      'Văn bản',
      'Hoạt động',
      'Tiến độ',
      'Báo cáo',
      'Gửi số liệu',
      'Cài đặt',
      'Nhật ký thao tác',
    ]);
    expect(sections.map((s) => s.key)).toEqual([...sectionKeys]);
  });
});
