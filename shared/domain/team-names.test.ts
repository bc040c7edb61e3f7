import { describe, expect, it } from 'vitest';
import { communeTeamName, villageTeamName } from './team-names';

describe('team names', () => {
  it('names the commune team after the commune, its unit word in small letters', () => {
    expect(communeTeamName('Xã Đông Sơn')).toBe('Tổ Công nghệ số cộng đồng xã Đông Sơn');
    expect(communeTeamName('Phường Trần Phú')).toBe('Tổ Công nghệ số cộng đồng phường Trần Phú');
    expect(communeTeamName('Thị trấn Ba Tơ')).toBe('Tổ Công nghệ số cộng đồng thị trấn Ba Tơ');
  });
  it('names a village team after its village, with its kind once', () => {
    expect(villageTeamName({ name: 'Thôn An Hải', kind: 'thon' })).toBe(
      'Tổ Công nghệ số cộng đồng thôn An Hải',
    );
    expect(villageTeamName({ name: 'Tổ dân phố 3', kind: 'to_dan_pho' })).toBe(
      'Tổ Công nghệ số cộng đồng tổ dân phố 3',
    );
    expect(villageTeamName({ name: 'An Hải', kind: 'thon' })).toBe('Tổ Công nghệ số cộng đồng thôn An Hải');
  });
});
