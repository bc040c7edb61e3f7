import { describe, expect, it } from 'vitest';
import { villageInSentence } from '../../../../shared/domain/villages';
import { defaultRole, moveWithinRole, suggestTeamName, zaloCoverage } from './team-text';

const format = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

describe('suggestTeamName', () => {
  it('names the commune team after the commune', () => {
    expect(suggestTeamName('commune', undefined, 'Xã Đông Sơn')).toBe(
      'Tổ Công nghệ số cộng đồng xã Đông Sơn',
    );
    expect(suggestTeamName('commune', undefined, 'Phường Trần Phú')).toBe(
      'Tổ Công nghệ số cộng đồng phường Trần Phú',
    );
  });
  it('names a village team after its village, with its kind once', () => {
    expect(suggestTeamName('village', { name: 'Thôn An Hải', kind: 'thon' }, 'Xã Đông Sơn')).toBe(
      'Tổ Công nghệ số cộng đồng thôn An Hải',
    );
    expect(suggestTeamName('village', { name: 'Tổ dân phố 3', kind: 'to_dan_pho' }, 'x')).toBe(
      'Tổ Công nghệ số cộng đồng tổ dân phố 3',
    );
    expect(villageInSentence({ name: 'Định Tân', kind: 'thon' })).toBe('thôn Định Tân');
    expect(suggestTeamName('village', undefined, 'x')).toBe('');
  });
});

describe('zaloCoverage', () => {
  it('reads households against the total', () => {
    expect(zaloCoverage(350, 412, format)).toEqual({ text: '350 / 412 hộ (85 %)', percent: 85 });
    expect(zaloCoverage(1200, 1000, format)).toEqual({ text: '1.200 / 1.000 hộ (120 %)', percent: 100 });
    expect(zaloCoverage(null, 412, format)).toBeNull();
    expect(zaloCoverage(30, 0, format)).toEqual({ text: '30 hộ', percent: 0 });
  });
});

describe('defaultRole', () => {
  it('proposes the first role the team lacks', () => {
    expect(defaultRole('commune', [])).toBe('leader');
    expect(defaultRole('commune', [{ role: 'leader' }])).toBe('standing_deputy');
    expect(defaultRole('commune', [{ role: 'leader' }, { role: 'standing_deputy' }])).toBe('member');
    expect(defaultRole('village', [{ role: 'leader' }])).toBe('deputy');
  });
});

describe('moveWithinRole', () => {
  const members = [
    { membershipId: 'a', role: 'leader' as const },
    { membershipId: 'b', role: 'member' as const },
    { membershipId: 'c', role: 'member' as const },
  ];
  it('swaps with the neighbour of the same role only', () => {
    expect(moveWithinRole(members, 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveWithinRole(members, 'b', -1)).toBeNull();
    expect(moveWithinRole(members, 'c', 1)).toBeNull();
  });
});
