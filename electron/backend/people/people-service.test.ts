import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuplicateHint, Person, PersonSaved, Team, Village } from '../../../shared/contract/types';
import type { Backend } from '../backend';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());
const { call, refused } = contractCaller(() => backend);

describe('people', () => {
  it('adds a person with a normalised phone, NFC name, tags and village', async () => {
    const village = await call<Village>('createVillage', {
      name: 'Thôn An Hải',
      kind: 'thon',
      households: 100,
    });
    const saved = await call<PersonSaved>('createPerson', {
      fullName: '  Nguye\u0302\u0303n  Thi\u0323 Hue\u0302\u0323 ',
      gender: 'female',
      birthYear: 1994,
      phone: '+84 912.345.678',
      position: 'Chi hội trưởng Hội Phụ nữ thôn',
      villageId: village.id,
      tags: ['womens_union_officer'],
    });
    expect(saved.person).toMatchObject({
      fullName: 'Nguyễn Thị Huệ',
      phone: '0912345678',
      villageName: 'Thôn An Hải',
      tags: ['womens_union_officer'],
      archived: false,
    });
    expect(saved.duplicates).toEqual([]);
  });

  it('flags likely duplicates by phone, or by name and year — never by name alone', async () => {
    const a = await call<PersonSaved>('createPerson', {
      fullName: 'Nguyễn Văn An',
      birthYear: 1980,
      phone: '0905111222',
    });
    const samePhone = await call<PersonSaved>('createPerson', {
      fullName: 'Nguyễn V. An',
      phone: '0905 111 222',
    });
    expect(samePhone.duplicates).toEqual([
      expect.objectContaining({ personId: a.person.id, reason: 'phone' }),
    ]);
    const sameNameYear = await call<PersonSaved>('createPerson', {
      fullName: 'nguyễn văn an',
      birthYear: 1980,
    });
    expect(sameNameYear.duplicates.map((d) => d.reason)).toEqual(['name_and_year']);
    const nameOnly = await call<PersonSaved>('createPerson', { fullName: 'Nguyễn Văn An', birthYear: 1999 });
    expect(nameOnly.duplicates).toEqual([]);
    const hints = await call<DuplicateHint[]>('findDuplicates', {
      fullName: 'Nguyễn Văn An',
      birthYear: 1980,
      phone: null,
    });
    expect(hints).toHaveLength(2);
  });

  it('lists people by given name, then family and middle names, with the Vietnamese collator', async () => {
    for (const fullName of [
      'Trần Văn Bình',
      'Nguyễn Thị Ánh',
      'Lê Văn Bình',
      'Đặng Thị Hoa',
      'Phạm Văn An',
    ]) {
      await call('createPerson', { fullName });
    }
    const names = (await call<Person[]>('listPeople')).map((p) => p.fullName);
    expect(names).toEqual(['Phạm Văn An', 'Nguyễn Thị Ánh', 'Lê Văn Bình', 'Trần Văn Bình', 'Đặng Thị Hoa']);
  });

  it('searches ignoring diacritics, case, NFD and đ/d', async () => {
    await call('createPerson', { fullName: 'Nguyễn Thị Huệ', phone: '0912345678' });
    await call('createPerson', { fullName: 'Đặng Văn Lâm', position: 'Bí thư Đoàn xã' });
    await call('createPerson', { fullName: 'Võ Thị Dung' });
    const names = async (q: string) =>
      (await call<Person[]>('listPeople', { search: q })).map((p) => p.fullName);
    expect(await names('nguyen thi hue')).toEqual(['Nguyễn Thị Huệ']);
    expect(await names('dang')).toEqual(['Đặng Văn Lâm']);
    expect(await names('HUE\u0302\u0323')).toEqual(['Nguyễn Thị Huệ']);
    expect(await names('bi thu doan')).toEqual(['Đặng Văn Lâm']);
    expect(await names('0912345')).toEqual(['Nguyễn Thị Huệ']);
    expect(await names('%')).toEqual([]);
  });

  it('archives (leaving the everyday list), and refuses to archive an active member', async () => {
    const p = await call<PersonSaved>('createPerson', { fullName: 'Lê Văn Tám' });
    const team = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã' });
    await call('addMember', {
      teamId: team.id,
      personId: p.person.id,
      role: 'member',
      startDate: '2026-01-01',
    });
    expect((await refused('archivePerson', { id: p.person.id, archived: true })).message).toContain(
      'vẫn đang là thành viên',
    );
    const other = await call<PersonSaved>('createPerson', { fullName: 'Hồ Thị Chín' });
    await call('archivePerson', { id: other.person.id, archived: true });
    expect((await call<Person[]>('listPeople')).map((x) => x.fullName)).toEqual(['Lê Văn Tám']);
    expect(await call<Person[]>('listPeople', { includeArchived: true })).toHaveLength(2);
  });

  it('refuses to remove a person who is in any team history, explaining why', async () => {
    const p = await call<PersonSaved>('createPerson', { fullName: 'Lê Văn Tám' });
    const team = await call<Team>('createTeam', { level: 'commune', name: 'Tổ CNSCĐ xã Đông Sơn' });
    const detail = await call<{ members: { membershipId: string }[] }>('addMember', {
      teamId: team.id,
      personId: p.person.id,
      role: 'member',
      startDate: '2025-01-01',
    });
    await call('endMembership', { membershipId: detail.members[0]?.membershipId, endDate: '2025-06-30' });
    const error = await refused('removePerson', { id: p.person.id });
    expect(error.code).toBe('in_use');
    expect(error.message).toContain('Tổ CNSCĐ xã Đông Sơn');
    expect(error.message).toContain('Lưu trữ');
    const free = await call<PersonSaved>('createPerson', { fullName: 'Người Nhập Nhầm' });
    await call('removePerson', { id: free.person.id });
    expect((await call<Person[]>('listPeople', { includeArchived: true })).map((x) => x.fullName)).toEqual([
      'Lê Văn Tám',
    ]);
  });

  it('refuses a phone that is not a phone number, saying so next to the field', async () => {
    const error = await refused('createPerson', { fullName: 'Lê Văn Tám', phone: '12' });
    expect(error.code).toBe('validation');
    expect(error.details?.fields?.[0]?.path).toBe('phone');
    expect(await call<Person[]>('listPeople')).toEqual([]);
  });

  it('makes a village with people impossible to remove', async () => {
    const village = await call<Village>('createVillage', { name: 'Thôn 2', kind: 'thon', households: 10 });
    await call('createPerson', { fullName: 'Lê Văn Tám', villageId: village.id });
    const error = await refused('removeVillage', { id: village.id });
    expect(error.code).toBe('in_use');
    expect(error.message).toContain('còn 1 người');
  });
});
