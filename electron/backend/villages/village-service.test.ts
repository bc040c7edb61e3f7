import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { tempBackend } from '../../../test-support/temp';
import type { Backend } from '../backend';
import {
  createVillage,
  listVillages,
  registerVillageReferrer,
  removeVillage,
  updateVillage,
} from './village-service';

let backend: Backend;
beforeEach(async () => {
  backend = await tempBackend();
});
afterEach(() => backend.close());

describe('villages', () => {
  it('lists live villages in Vietnamese order, numbers compared as numbers', async () => {
    const db = backend.ctx.db;
    for (const name of ['Thôn 10', 'Thôn Đông', 'Thôn 2', 'Thôn An Hải', 'Tổ dân phố 1', 'Thôn Bình']) {
      await createVillage(db, { name, kind: name.startsWith('Tổ') ? 'to_dan_pho' : 'thon', households: 10 });
    }
    expect((await listVillages(db)).map((v) => v.name)).toEqual([
      'Thôn 2',
      'Thôn 10',
      'Thôn An Hải',
      'Thôn Bình',
      'Thôn Đông',
      'Tổ dân phố 1',
    ]);
  });

  it('stores names typed through the contract in NFC with spaces folded', async () => {
    const result = await backend.dispatch('createVillage', {
      name: '  Tho\u0302n  An   Ha\u0309i ',
      kind: 'thon',
      households: 5,
    });
    expect(result).toMatchObject({ ok: true, value: { name: 'Thôn An Hải' } });
    expect((await listVillages(backend.ctx.db))[0]?.name).toBe('Thôn An Hải'.normalize('NFC'));
  });

  it('refuses a second live village with the same name, whatever the accents typed, with a field message', async () => {
    const db = backend.ctx.db;
    await createVillage(db, { name: 'Thôn An Hải', kind: 'thon', households: 5 });
    const error = await createVillage(db, { name: 'thôn an hải', kind: 'thon', households: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'conflict', details: { fields: [{ path: 'name' }] } });
    expect(await listVillages(db)).toHaveLength(1);
  });

  it('renames, changes kind and households, and refuses a rename onto another name', async () => {
    const db = backend.ctx.db;
    const a = await createVillage(db, { name: 'Thôn 1', kind: 'thon', households: 5 });
    await createVillage(db, { name: 'Thôn 3', kind: 'thon', households: 5 });
    const updated = await updateVillage(db, a.id, {
      name: 'Tổ dân phố 1',
      kind: 'to_dan_pho',
      households: 250,
    });
    expect(updated).toMatchObject({ name: 'Tổ dân phố 1', kind: 'to_dan_pho', households: 250 });
    expect(updated.updatedAt >= a.updatedAt).toBe(true);
    await expect(
      updateVillage(db, a.id, { name: 'Thôn 3', kind: 'thon', households: 1 }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await listVillages(db)).find((v) => v.id === a.id)?.name).toBe('Tổ dân phố 1');
  });

  it('removes a village (soft delete), frees its name, and answers not_found afterwards', async () => {
    const db = backend.ctx.db;
    const a = await createVillage(db, { name: 'Thôn 1', kind: 'thon', households: 5 });
    await removeVillage(db, a.id);
    expect(await listVillages(db)).toEqual([]);
    const row = await db
      .selectFrom('villages')
      .select('deleted_at')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    await expect(removeVillage(db, a.id)).rejects.toMatchObject({ code: 'not_found' });
    await createVillage(db, { name: 'Thôn 1', kind: 'thon', households: 7 });
  });

  it('refuses to remove a village something refers to, saying what and what to do', async () => {
    const db = backend.ctx.db;
    const a = await createVillage(db, { name: 'Thôn Liên Trì', kind: 'thon', households: 5 });
    registerVillageReferrer({
      async describe(_db, villageId) {
        return villageId === a.id ? 'còn 3 người đang gắn với thôn này' : null;
      },
    });
    const error = (await removeVillage(db, a.id).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('in_use');
    expect(error.message).toContain('Không xóa được "Thôn Liên Trì"');
    expect(error.message).toContain('còn 3 người');
    expect(error.message).toContain('Hãy chuyển hoặc xóa');
    expect(await listVillages(db)).toHaveLength(1);
  });
});
