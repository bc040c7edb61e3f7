import { describe, expect, it } from 'vitest';
import {
  kindAfterNameChange,
  villageInSentence,
  villageKindFromName,
  villageNameWithoutKind,
} from './villages';

describe('villageKindFromName', () => {
  it('reads the kind word at the start of the name', () => {
    expect(villageKindFromName('Tổ dân phố 3')).toBe('to_dan_pho');
    expect(villageKindFromName('TDP 3')).toBe('to_dan_pho');
    expect(villageKindFromName('khu phố 2')).toBe('to_dan_pho');
    expect(villageKindFromName('Thôn An Hải')).toBe('thon');
    expect(villageKindFromName('THÔN  Định Tân')).toBe('thon');
  });
  it('says nothing for a name without a kind word, or a word that only starts like one', () => {
    expect(villageKindFromName('An Hải')).toBeNull();
    expect(villageKindFromName('Thônxa')).toBeNull();
    expect(villageKindFromName('Tổ dân')).toBeNull();
    expect(villageKindFromName('')).toBeNull();
  });
});

describe('kindAfterNameChange', () => {
  it('follows the name while the officer has not chosen the kind', () => {
    expect(kindAfterNameChange('Tổ dân phố 3', 'thon', false)).toBe('to_dan_pho');
    expect(kindAfterNameChange('Thôn 3', 'to_dan_pho', false)).toBe('thon');
    expect(kindAfterNameChange('An Hải', 'to_dan_pho', false)).toBe('to_dan_pho');
  });
  it('never changes a kind the officer has chosen', () => {
    expect(kindAfterNameChange('Tổ dân phố 3', 'thon', true)).toBe('thon');
    expect(kindAfterNameChange('Thôn 3', 'to_dan_pho', true)).toBe('to_dan_pho');
  });
});

describe('villageInSentence', () => {
  it('writes the kind once, in small letters, with the name as written', () => {
    expect(villageInSentence({ name: 'Thôn An Hải', kind: 'thon' })).toBe('thôn An Hải');
    expect(villageInSentence({ name: 'Tổ dân phố 3', kind: 'to_dan_pho' })).toBe('tổ dân phố 3');
    expect(villageInSentence({ name: 'TDP 3', kind: 'to_dan_pho' })).toBe('tổ dân phố 3');
    expect(villageInSentence({ name: 'Định Tân', kind: 'thon' })).toBe('thôn Định Tân');
    expect(villageNameWithoutKind('  Thôn   An Hải ')).toBe('An Hải');
  });
});
