import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person, PersonSaved, SearchResults, Village } from '../../../shared/contract/types';
import type { Backend } from '../backend';
import { contractCaller, tempBackend } from '../../../test-support/temp';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());
const { call } = contractCaller(() => backend);

async function village(name: string): Promise<string> {
  return (await call<Village>('createVillage', { name, kind: 'thon', households: 100 })).id;
}
async function person(fullName: string, villageId: string | null = null): Promise<void> {
  await call<PersonSaved>('createPerson', { fullName, villageId });
}

describe('the header search', () => {
  it('finds the people of a village by its name, and the people list shows the same people', async () => {
    const anHai = await village('Thôn An Hải');
    const other = await village('Thôn Phú Lộc');
    await person('Trương Văn Hùng', anHai);
    await person('Lê Thị Mai', anHai);
    await person('Phạm Văn Hải', other);
    await person('Nguyễn Văn Bình', other);
    const results = await call<SearchResults>('search', { query: 'an hai' });
    expect(results.people.map((p) => p.fullName)).toEqual(['Phạm Văn Hải', 'Trương Văn Hùng', 'Lê Thị Mai']);
    const list = await call<Person[]>('listPeople', { search: 'an hai' });
    expect(list.map((p) => p.id)).toEqual(results.people.map((p) => p.id));
  });

  it('reports the true number of matches, however many it returns', async () => {
    const anHai = await village('Thôn An Hải');
    for (let i = 1; i <= 60; i += 1) await person(`Người Số ${i}`, anHai);
    const results = await call<SearchResults>('search', { query: 'an hai' });
    expect(results.people).toHaveLength(50);
    expect(results.peopleTotal).toBe(60);
    expect(results.teamsTotal).toBe(0);
    expect((await call<Person[]>('listPeople', { search: 'an hai' })).length).toBe(60);
  });
});
