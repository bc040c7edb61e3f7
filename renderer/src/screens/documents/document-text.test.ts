import { describe, expect, it } from 'vitest';
import type { TeamWarning } from '../../../../shared/contract/types';
import {
  keptBy,
  leaderOptions,
  recipientsShown,
  registerNotes,
  shortHash,
  signerFor,
  stepsOf,
  summaryAfterType,
  typeName,
  warningsByTeam,
  yearOptions,
} from './document-text';

const recipients =
  'Như Điều 4; Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (b/c); CT, các PCT UBND xã; Lưu: VT, VHXH';

describe('the register columns', () => {
  it('splits the filing line off the recipients', () => {
    expect(recipientsShown(recipients)).toBe(
      'Như Điều 4; Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (b/c); CT, các PCT UBND xã',
    );
    expect(keptBy(recipients)).toBe('VT, VHXH');
    expect(keptBy('Như Điều 4')).toBe('');
    expect(recipientsShown(null)).toBe('');
  });

  it('names the type and lowers the summary after it', () => {
    expect(typeName('founding_commune')).toBe('Quyết định');
    expect(typeName('external_decision')).toBe('Quyết định');
    expect(typeName('report')).toBe('Báo cáo');
    expect(summaryAfterType('Về việc thành lập Tổ')).toBe('về việc thành lập Tổ');
  });

  it('notes cancelled, scanned and unnumbered documents', () => {
    expect(registerNotes({ status: 'cancelled', hasScan: false, number: 2 })).toEqual(['Đã hủy']);
    expect(registerNotes({ status: 'signed', hasScan: true, number: 1 })).toEqual(['Có bản quét']);
    expect(registerNotes({ status: 'draft', hasScan: false, number: null })).toEqual(['Chưa cấp số']);
    expect(registerNotes({ status: 'cancelled', hasScan: false, number: null })).toEqual(['Đã hủy']);
    expect(registerNotes({ status: 'issued', hasScan: false, number: 3 })).toEqual([]);
  });
});

describe('numbers', () => {
  it('offers the years from next year back', () => {
    expect(yearOptions(2026, 2024)).toEqual([2027, 2026, 2025, 2024]);
  });

  it('shortens a SHA-256', () => {
    const sha = 'a323935437c1d2e3f4a5b6c7d8e9f00112233445566778899aabbccdd68e4ae';
    expect(shortHash(sha)).toBe('a323935437…68e4ae');
  });
});

describe('the steps of a document', () => {
  it('follows the lifecycle', () => {
    expect(stepsOf({ status: 'draft', number: null, hasScan: false })).toMatchObject({ current: 0 });
    expect(stepsOf({ status: 'printed', number: null, hasScan: false })).toMatchObject({ current: 1 });
    expect(stepsOf({ status: 'issued', number: 1, hasScan: false })).toMatchObject({ current: 2 });
    expect(stepsOf({ status: 'signed', number: 1, hasScan: true })).toMatchObject({
      current: 3,
      status: 'finish',
    });
  });

  it('keeps the steps a cancelled document reached, then says it was cancelled', () => {
    expect(stepsOf({ status: 'cancelled', number: 2, hasScan: false })).toEqual({
      titles: ['Bản nháp', 'Đã in trình ký', 'Đã ban hành (có số)', 'Đã hủy'],
      current: 3,
      status: 'error',
    });
    expect(stepsOf({ status: 'cancelled', number: null, hasScan: false }).titles).toEqual([
      'Bản nháp',
      'Đã hủy',
    ]);
  });
});

describe('warnings and signers', () => {
  it('groups warnings by team, without repeating a message', () => {
    const w = (teamId: string, message: string): TeamWarning => ({
      teamId,
      teamName: `Tổ ${teamId}`,
      ruleId: message,
      message,
    });
    expect(warningsByTeam([w('a', 'x'), w('b', 'y'), w('a', 'z'), w('a', 'x')])).toEqual([
      { teamId: 'a', teamName: 'Tổ a', messages: ['x', 'z'] },
      { teamId: 'b', teamName: 'Tổ b', messages: ['y'] },
    ]);
  });

  it('proposes the leader who signs in each mode', () => {
    const profile = {
      chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
      viceChairmen: [{ name: 'Nguyễn Thị Mỹ Hạnh', title: 'Phó Chủ tịch' }],
    };
    expect(signerFor('chairman', profile)).toBe('Trần Văn Thành');
    expect(signerFor('vice_chairman', profile)).toBe('Nguyễn Thị Mỹ Hạnh');
    expect(signerFor('acting_chairman', profile)).toBeNull();
    expect(signerFor('vice_chairman', { ...profile, viceChairmen: [] })).toBeNull();
    expect(leaderOptions(profile).map((o) => o.label)).toEqual([
      'Trần Văn Thành (Chủ tịch)',
      'Nguyễn Thị Mỹ Hạnh (Phó Chủ tịch)',
    ]);
  });
});
