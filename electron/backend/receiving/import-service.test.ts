/**
 * Import at the receiving unit, on real SQLite files: dry run, trust (unknown commune, first key,
 * another key refused then accepted and logged), idempotence (the same bundle twice changes no
 * table), replacement of a period, several communes at once, and summaries kept exact.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundleCheck, VerifiedBundle } from '../../../shared/contract/bundle-format';
import { contentHash, tableHashes } from '../../../test-support/content-hash';
import { buildBundle, communeKey, type CommuneKey } from '../../../test-support/received-bundles';
import { contractCaller, tempBackend } from '../../../test-support/temp';
import type { Backend } from '../backend';
import { openDatabase } from '../db/database';
import { latestSchemaVersion, migrations } from '../db/migrations';
import { communeStorePath, openCommuneStore } from './commune-store';
import { applyImport, planImport, type ImportContext, type PlannedBundle } from './import-service';
import { reconcileReceipts } from './receipts';
import { searchTextOf } from '../people/people-service';

let backend: Backend & { dir: string };
let ctx: ImportContext;
const api = contractCaller(() => backend);
const ok = (bundle: VerifiedBundle): BundleCheck => ({ ok: true, bundle });
let keyA: CommuneKey;
let keyB: CommuneKey;

beforeEach(async () => {
  backend = await tempBackend();
  ctx = { db: backend.ctx.db, databasePath: backend.ctx.databasePath };
  await api.call('setupReceivingUnit', {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    communes: [{ code: '21025' }, { code: '21028', contact: '0912 345 678 (anh Hùng)' }],
  });
  keyA = communeKey();
  keyB = communeKey();
});
afterEach(async () => {
  await backend.close();
});

async function importAll(bundles: readonly VerifiedBundle[], options: Parameters<typeof planImport>[2] = {}) {
  const plan = await planImport(ctx, bundles.map(ok), options);
  return { plan, results: await applyImport(ctx, plan) };
}

/**
 * Every file under a folder with the SHA-256 of its bytes, but the shared-memory index of the
 * unit's database, open meanwhile (a read marks it): byte-identical files, none added or removed.
 */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || file === `${ctx.databasePath}-shm`) continue;
    out[path.relative(dir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

function planned(item: unknown): PlannedBundle {
  const p = item as PlannedBundle;
  if (p.status === ('refused' as string)) throw new Error(`refused: ${JSON.stringify(item)}`);
  return p;
}

describe('planImport (dry run)', () => {
  it('shows what each bundle would add, writing nothing: no commune file, main database unchanged', async () => {
    const before = contentHash(ctx.databasePath);
    const bundle = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA, activities: 4 });
    const plan = await planImport(ctx, [ok(bundle)]);
    const item = planned(plan.items[0]);
    expect(item).toMatchObject({ status: 'added', communeCode: '21025', period: '2026-03', key: 'new' });
    expect(item.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/u);
    expect(item.counts.activities).toEqual({ added: 4, updated: 0, unchanged: 0, removed: 0 });
    expect(item.counts.people.added).toBe(3);
    expect(fs.existsSync(communeStorePath(ctx.databasePath, '21025'))).toBe(false);
    expect(contentHash(ctx.databasePath)).toBe(before);
  });

  it('writes nothing at all: an old commune file is not upgraded, receipts the index lacks are not written back', async () => {
    await importAll([buildBundle({ communeCode: '21025', period: '2026-03', key: keyA })]);
    // What a crash between the commune file's commit and the index leaves: no receipt, no key.
    await ctx.db.deleteFrom('bundle_receipts').execute();
    await ctx.db
      .updateTable('received_communes')
      .set({ public_key: null, fingerprint: null, key_first_seen_at: null })
      .execute();
    // A commune file written by the version before this one.
    const older = migrations.filter((m) => m.version < latestSchemaVersion);
    await (await openDatabase(communeStorePath(ctx.databasePath, '21028'), { migrations: older })).close();
    const before = filesUnder(path.dirname(ctx.databasePath));

    const plan = await planImport(
      ctx,
      [
        ok(buildBundle({ communeCode: '21025', period: '2026-04', key: keyA })),
        ok(buildBundle({ communeCode: '21028', period: '2026-03', key: keyB })),
      ],
      { dryRun: true },
    );
    // The receipt the index lacks is taken into account: the key it trusts is known.
    expect(plan.items.map((i) => [i.communeCode, i.status, i.status !== 'refused' && i.key])).toEqual([
      ['21025', 'added', 'known'],
      ['21028', 'added', 'new'],
    ]);
    expect(filesUnder(path.dirname(ctx.databasePath))).toEqual(before);

    // The import itself upgrades the old file and writes the index back.
    await applyImport(
      ctx,
      await planImport(
        ctx,
        plan.items.map((i) => ok((i as PlannedBundle).bundle)),
      ),
    );
    expect(
      await ctx.db.selectFrom('bundle_receipts').select('period_code').orderBy('period_code').execute(),
    ).toEqual([{ period_code: '2026-03' }, { period_code: '2026-03' }, { period_code: '2026-04' }]);
  });

  it('refuses a commune not on the list, naming the file and what to do', async () => {
    const bundle = buildBundle({ communeCode: '21172', period: '2026-03', key: keyA });
    const { results } = await importAll([bundle]);
    expect(results[0]).toMatchObject({ status: 'refused', communeCode: '21172' });
    expect(results[0]?.status === 'refused' && results[0].reason).toMatch(
      /^TCNSCD_21172_.*không có trong danh sách xã gửi báo cáo.*hãy thêm xã vào danh sách/u,
    );
    expect(fs.existsSync(communeStorePath(ctx.databasePath, '21172'))).toBe(false);
  });

  it('passes on the reader’s refusal as it is', async () => {
    const plan = await planImport(ctx, [{ ok: false, reason: 'hong.zip: tệp không phải gói dữ liệu.' }]);
    expect(plan.items).toEqual([
      {
        status: 'refused',
        file: null,
        communeCode: null,
        period: null,
        reason: 'hong.zip: tệp không phải gói dữ liệu.',
      },
    ]);
  });
});

describe('applyImport', () => {
  it('stores the commune’s data in its own file with derived columns and exact summaries, and records key and receipt', async () => {
    const bundle = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA, activities: 9 });
    const { results } = await importAll([bundle]);
    expect(results[0]).toMatchObject({ status: 'added', key: 'new' });

    const store = await openCommuneStore(ctx.databasePath, '21025');
    try {
      const people = await store.db
        .selectFrom('people')
        .select(['full_name', 'name_key', 'search_text'])
        .execute();
      expect(people.find((p) => p.full_name === 'Nguyễn Văn An')).toEqual({
        full_name: 'Nguyễn Văn An',
        name_key: 'nguyen van an',
        search_text: searchTextOf({ fullName: 'Nguyễn Văn An', phone: null, position: 'Trưởng thôn' }),
      });
      const kinds = await store.db
        .selectFrom('activity_kind_totals')
        .select((eb) => [eb.fn.sum<number>('activities').as('n'), eb.fn.sum<number>('people').as('p')])
        .executeTakeFirstOrThrow();
      const live = bundle.records.activities;
      expect(Number(kinds.n)).toBe(live.length);
      expect(Number(kinds.p)).toBe(live.reduce((s, a) => s + (a.people_reached ?? 0), 0));
      const totals = await store.db
        .selectFrom('activity_totals')
        .select((eb) => eb.fn.sum<number>('value').as('v'))
        .executeTakeFirstOrThrow();
      expect(Number(totals.v)).toBe(bundle.records.activity_results.reduce((s, r) => s + r.value, 0));
      const receipts = await store.db.selectFrom('bundle_receipts').selectAll().execute();
      expect(receipts).toHaveLength(1);
      expect(receipts[0]).toMatchObject({
        status: 'added',
        bundle_sha256: bundle.sha256,
        period_code: '2026-03',
      });
    } finally {
      await store.close();
    }
    const communes = await api.call<{ code: string; fingerprint: string | null }[]>('listReceivedCommunes');
    expect(communes.find((c) => c.code === '21025')?.fingerprint).toBe(bundle.fingerprint);
    expect(communes.find((c) => c.code === '21028')?.fingerprint).toBeNull();
    const mainReceipts = await ctx.db.selectFrom('bundle_receipts').select('id').execute();
    expect(mainReceipts).toHaveLength(1);
  });

  it('imports the same bundle twice: unchanged, and no table of either file changes', async () => {
    const bundle = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA });
    await importAll([bundle]);
    const store = communeStorePath(ctx.databasePath, '21025');
    const [mainBefore, storeBefore] = [contentHash(ctx.databasePath), contentHash(store)];
    const { plan, results } = await importAll([bundle]);
    expect(planned(plan.items[0]).status).toBe('unchanged');
    expect(planned(plan.items[0]).counts.activities).toEqual({
      added: 0,
      updated: 0,
      unchanged: 5,
      removed: 0,
    });
    expect(results[0]).toMatchObject({ status: 'unchanged', receivedAt: null });
    expect(contentHash(ctx.databasePath)).toBe(mainBefore);
    expect(contentHash(store)).toBe(storeBefore);
    // A new export of the same period (newer time, same records) changes nothing either.
    const again = buildBundle({
      communeCode: '21025',
      period: '2026-03',
      key: keyA,
      createdAt: '2026-04-05T01:00:00.000Z',
    });
    expect((await importAll([again])).results[0]?.status).toBe('unchanged');
    expect(contentHash(store)).toBe(storeBefore);
  });

  it('replaces a period: edited activities updated, those no longer sent removed, summaries as if imported fresh', async () => {
    const first = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA, activities: 8 });
    await importAll([first]);
    const second = buildBundle({
      communeCode: '21025',
      period: '2026-03',
      key: keyA,
      activities: 8,
      edit: 3,
      without: [1, 4],
      createdAt: '2026-04-09T02:00:00.000Z',
    });
    const { plan, results } = await importAll([second]);
    const item = planned(plan.items[0]);
    expect(item.status).toBe('replaced');
    expect(item.counts.activities).toEqual({ added: 0, updated: 6, unchanged: 0, removed: 2 });
    expect(item.counts.activity_results.removed).toBe(3);
    expect(results[0]).toMatchObject({ status: 'replaced' });

    // The same final bundle imported into a fresh receiving unit gives the same data and summaries.
    const fresh = await tempBackend();
    try {
      const freshCtx = { db: fresh.ctx.db, databasePath: fresh.ctx.databasePath };
      await contractCaller(() => fresh).call('setupReceivingUnit', {
        name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
        provinceCode: '51',
        communes: [{ code: '21025' }],
      });
      await applyImport(freshCtx, await planImport(freshCtx, [ok(second)]));
      const replaced = tableHashes(communeStorePath(ctx.databasePath, '21025'));
      const direct = tableHashes(communeStorePath(freshCtx.databasePath, '21025'));
      // Receipts differ (one file has two), and the catalog a new file is seeded with is stamped
      // with the time the file was made; every other table is identical.
      for (const table of ['bundle_receipts', 'platforms', 'indicators']) {
        delete replaced[table];
        delete direct[table];
      }
      expect(replaced).toEqual(direct);
    } finally {
      await fresh.close();
    }
  });

  it('recomputes the difference when the commune file changed between the dry run and the import', async () => {
    await importAll([buildBundle({ communeCode: '21025', period: '2026-03', key: keyA, activities: 6 })]);
    const wanted = buildBundle({
      communeCode: '21025',
      period: '2026-03',
      key: keyA,
      activities: 6,
      without: [0],
      createdAt: '2026-04-10T00:00:00.000Z',
    });
    const stale = await planImport(ctx, [ok(wanted)]);
    // Meanwhile another import of the period edits every activity.
    await importAll([
      buildBundle({
        communeCode: '21025',
        period: '2026-03',
        key: keyA,
        activities: 6,
        edit: 9,
        createdAt: '2026-04-09T00:00:00.000Z',
      }),
    ]);
    const [result] = await applyImport(ctx, stale);
    expect(result).toMatchObject({ status: 'replaced' });
    expect(result?.status !== 'refused' && result?.counts.activities).toEqual({
      added: 0,
      updated: 5,
      unchanged: 0,
      removed: 1,
    });
    const store = await openCommuneStore(ctx.databasePath, '21025');
    try {
      const reached = await store.db
        .selectFrom('activities')
        .select('people_reached')
        .orderBy('id')
        .execute();
      expect(reached.map((r) => r.people_reached).sort()).toEqual(
        wanted.records.activities.map((a) => a.people_reached).sort(),
      );
    } finally {
      await store.close();
    }
  });

  it('keeps the newer registry when an earlier month arrives after a later one', async () => {
    const april = buildBundle({
      communeCode: '21025',
      period: '2026-04',
      key: keyA,
      people: { suffix: ' Minh', updatedAt: '2026-05-02T01:00:00.000Z' },
    });
    await importAll([april]);
    const march = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA });
    const { plan, results } = await importAll([march]);
    expect(planned(plan.items[0]).counts.people).toEqual({ added: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(results[0]).toMatchObject({ status: 'added' });
    const store = await openCommuneStore(ctx.databasePath, '21025');
    try {
      const names = await store.db.selectFrom('people').select('full_name').execute();
      expect(names.map((n) => n.full_name).sort()).toEqual([
        'Lê Văn Cường Minh',
        'Nguyễn Văn An Minh',
        'Trần Thị Bình Minh',
      ]);
      expect(await store.db.selectFrom('activities').select('id').execute()).toHaveLength(10);
    } finally {
      await store.close();
    }
  });

  it('keeps communes apart and imports several communes and periods at once', async () => {
    const bundles = [
      buildBundle({ communeCode: '21025', period: '2026-03', key: keyA }),
      buildBundle({ communeCode: '21025', period: '2026-04', key: keyA }),
      buildBundle({ communeCode: '21028', period: '2026-03', key: keyB, activities: 7 }),
    ];
    const { results } = await importAll(bundles);
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added']);
    for (const [code, activities] of [
      ['21025', 10],
      ['21028', 7],
    ] as const) {
      const store = await openDatabase(communeStorePath(ctx.databasePath, code));
      try {
        const rows = await store.db.selectFrom('activities').select('id').execute();
        expect(rows).toHaveLength(activities);
      } finally {
        await store.close();
      }
    }
  });

  it('takes only the newest of two files for the same period in one import', async () => {
    const older = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA, activities: 2 });
    const newer = buildBundle({
      communeCode: '21025',
      period: '2026-03',
      key: keyA,
      activities: 3,
      createdAt: '2026-04-20T00:00:00.000Z',
    });
    const { results } = await importAll([older, newer]);
    expect(results.map((r) => r.status)).toEqual(['refused', 'added']);
    expect(results[0]?.status === 'refused' && results[0].reason).toMatch(/chỉ gói lập sau cùng được nhập/u);
  });

  it('compares the times the bundles were made as instants, whatever their time zones', async () => {
    // 08:00 in Hà Nội is 01:00 UTC: the file written at 02:00 UTC is the newer, though its text is "smaller".
    const hanoi = '2026-04-20T08:00:00+07:00';
    const utc = '2026-04-20T02:00:00Z';
    const at = (createdAt: string, activities: number) =>
      buildBundle({ communeCode: '21025', period: '2026-03', key: keyA, activities, createdAt });
    const { results } = await importAll([at(hanoi, 2), at(utc, 3)]);
    expect(results.map((r) => r.status)).toEqual(['refused', 'added']);
    const receipt = await ctx.db.selectFrom('bundle_receipts').select('created_at').executeTakeFirstOrThrow();
    expect(receipt.created_at).toBe('2026-04-20T02:00:00.000Z');
    // Received already, the later one is the newer: the Hà Nội file, made before it, is refused.
    const again = await importAll([at(hanoi, 4)]);
    expect(again.results[0]?.status === 'refused' && again.results[0].reason).toMatch(/cũ hơn gói đã nhận/u);
  });

  it('refuses a bundle older than the one already received for that period', async () => {
    await importAll([
      buildBundle({
        communeCode: '21025',
        period: '2026-03',
        key: keyA,
        createdAt: '2026-04-20T00:00:00.000Z',
      }),
    ]);
    const store = communeStorePath(ctx.databasePath, '21025');
    const before = contentHash(store);
    const { results } = await importAll([
      buildBundle({ communeCode: '21025', period: '2026-03', key: keyA, edit: 1 }),
    ]);
    expect(results[0]?.status === 'refused' && results[0].reason).toMatch(/cũ hơn gói đã nhận/u);
    expect(contentHash(store)).toBe(before);
  });
});

/** The commune's received activities' ids, and its villages' names by id. */
async function stored(code: string): Promise<{ activities: string[]; villages: Record<string, string> }> {
  const store = await openDatabase(communeStorePath(ctx.databasePath, code));
  try {
    const activities = (await store.db.selectFrom('activities').select('id').execute()).map((r) => r.id);
    const villages = await store.db.selectFrom('villages').select(['id', 'name']).execute();
    return {
      activities: activities.sort(),
      villages: Object.fromEntries(villages.map((v) => [v.id, v.name])),
    };
  } finally {
    await store.close();
  }
}

describe('bundles over the same days, and bundles the commune file cannot take', () => {
  it('refuses an older quarter over a newer month: the month’s activities stay, and the month again is unchanged', async () => {
    const march = buildBundle({
      communeCode: '21025',
      period: '2026-03',
      key: keyA,
      activities: 4,
      createdAt: '2026-04-10T08:00:00.000Z',
    });
    expect((await importAll([march])).results[0]).toMatchObject({ status: 'added' });
    const marchOnly = await stored('21025');
    expect(marchOnly.activities).toHaveLength(4);

    const olderQuarter = buildBundle({
      communeCode: '21025',
      period: '2026-Q1',
      key: keyA,
      activities: 2,
      createdAt: '2026-04-01T08:00:00.000Z',
    });
    const { results } = await importAll([olderQuarter]);
    expect(results[0]).toMatchObject({ status: 'refused' });
    expect(results[0]?.status === 'refused' && results[0].reason).toContain('cũ hơn gói đã nhận');
    expect(await stored('21025')).toEqual(marchOnly);
    expect((await importAll([march])).results[0]).toMatchObject({ status: 'unchanged' });
    expect(await stored('21025')).toEqual(marchOnly);

    // A newer quarter replaces its days, the month's included; the month, older, is then refused.
    const newerQuarter = {
      ...olderQuarter,
      manifest: { ...olderQuarter.manifest, createdAt: '2026-04-20T08:00:00.000Z' },
      sha256: 'b'.repeat(64),
    };
    expect((await importAll([newerQuarter])).results[0]).toMatchObject({ status: 'added' });
    expect((await stored('21025')).activities).toHaveLength(2);
    expect((await importAll([march])).results[0]).toMatchObject({ status: 'refused' });
  });

  it('applies a rename in which one village takes the name another gives up', async () => {
    const march = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA });
    const [first] = march.records.villages;
    if (!first) throw new Error('the builder makes a village');
    const secondId = 'ffffffff-ffff-7fff-8fff-ffffffffffff';
    march.records.villages.push({ ...first, id: secondId, name: 'Thôn Hai' });
    expect((await importAll([march])).results[0]).toMatchObject({ status: 'added' });

    const april = buildBundle({
      communeCode: '21025',
      period: '2026-04',
      key: keyA,
      createdAt: '2026-05-10T08:00:00.000Z',
    });
    const renamed = '2026-05-01T08:00:00.000Z';
    april.records.villages = [
      { ...first, name: 'Thôn Hai', updated_at: renamed },
      { ...first, id: secondId, name: 'Thôn Ba', updated_at: renamed },
    ];
    const { results } = await importAll([april]);
    expect(results[0]).toMatchObject({ status: 'added' });
    expect((await stored('21025')).villages).toEqual({ [first.id]: 'Thôn Hai', [secondId]: 'Thôn Ba' });
  });

  it('refuses a bundle its commune file cannot take, leaves no file for it, and goes on with the others', async () => {
    const broken = buildBundle({ communeCode: '21028', period: '2026-03', key: keyB });
    const [village] = broken.records.villages;
    if (!village) throw new Error('the builder makes a village');
    // Two live villages of one name: the commune's own database could never hold them.
    broken.records.villages.push({ ...village, id: 'ffffffff-ffff-7fff-8fff-ffffffffffff' });
    const fine = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA, activities: 3 });
    const before = contentHash(ctx.databasePath);
    const { plan, results } = await importAll([broken, fine]);
    expect(plan.items.map((i) => i.status)).toEqual(['added', 'added']);
    expect(results.map((r) => r.status)).toEqual(['refused', 'added']);
    expect(results[0]?.status === 'refused' && results[0].reason).toMatch(
      /không ghi được số liệu của gói.*dữ liệu đã nhận không thay đổi/u,
    );
    expect(fs.existsSync(communeStorePath(ctx.databasePath, '21028'))).toBe(false);
    expect((await stored('21025')).activities).toHaveLength(3);
    expect(contentHash(ctx.databasePath)).not.toBe(before);
  });
});

describe('trust', () => {
  it('refuses a bundle signed by another key, then with the officer’s confirmation accepts it and logs the change', async () => {
    const first = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA });
    await importAll([first]);
    const mainBefore = contentHash(ctx.databasePath);
    const storeBefore = contentHash(communeStorePath(ctx.databasePath, '21025'));
    const other = buildBundle({ communeCode: '21025', period: '2026-04', key: keyB });
    const refusedRun = await importAll([other]);
    const reason = refusedRun.results[0]?.status === 'refused' ? refusedRun.results[0].reason : '';
    expect(reason).toContain(first.fingerprint);
    expect(reason).toContain(other.fingerprint);
    expect(reason).toMatch(/khóa khác với khóa đã ghi nhận.*gọi điện cho xã/u);
    expect(contentHash(ctx.databasePath)).toBe(mainBefore);
    expect(contentHash(communeStorePath(ctx.databasePath, '21025'))).toBe(storeBefore);

    // The dry run shows the change: the commune, the key trusted until now and the new one.
    const shown = await planImport(ctx, [ok(other)], { dryRun: true });
    expect(shown.items[0]).toMatchObject({
      status: 'refused',
      keyChange: {
        communeName: 'Phường Cẩm Thành',
        fingerprint: other.fingerprint,
        previousFingerprint: first.fingerprint,
      },
    });
    // Confirming another commune's change, or another key for this one, accepts nothing.
    for (const wrong of [
      { communeCode: '21028', fingerprint: other.fingerprint },
      { communeCode: '21025', fingerprint: first.fingerprint },
    ]) {
      const run = await importAll([other], { acceptKeyChanges: [wrong] });
      expect(run.results[0]?.status).toBe('refused');
      expect(contentHash(ctx.databasePath)).toBe(mainBefore);
    }
    const accepted = await importAll([other], {
      acceptKeyChanges: [{ communeCode: '21025', fingerprint: other.fingerprint }],
    });
    expect(accepted.results[0]).toMatchObject({
      status: 'added',
      key: 'changed',
      previousFingerprint: first.fingerprint,
    });
    const log = await ctx.db.selectFrom('received_key_changes').selectAll().execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      commune_code: '21025',
      old_fingerprint: first.fingerprint,
      new_fingerprint: other.fingerprint,
      file_name: other.fileName,
    });
    // The new key is the trusted one now; the old one is refused.
    const back = await importAll([buildBundle({ communeCode: '21025', period: '2026-05', key: keyA })]);
    expect(back.results[0]?.status).toBe('refused');
  });

  it('accepts a key change for the commune confirmed only, in an import where two communes changed key', async () => {
    await importAll([
      buildBundle({ communeCode: '21025', period: '2026-03', key: keyA }),
      buildBundle({ communeCode: '21028', period: '2026-03', key: keyB }),
    ]);
    const newA = communeKey();
    const newB = communeKey();
    const april = [
      buildBundle({ communeCode: '21025', period: '2026-04', key: newA }),
      buildBundle({ communeCode: '21028', period: '2026-04', key: newB }),
    ];
    const dry = await planImport(ctx, april.map(ok), { dryRun: true });
    expect(dry.items.map((i) => i.status === 'refused' && i.keyChange?.fingerprint)).toEqual(
      april.map((b) => b.fingerprint),
    );
    const { results } = await importAll(april, {
      acceptKeyChanges: [{ communeCode: '21025', fingerprint: april[0]?.fingerprint ?? '' }],
    });
    expect(results.map((r) => [r.communeCode, r.status])).toEqual([
      ['21025', 'added'],
      ['21028', 'refused'],
    ]);
    const keys = await ctx.db
      .selectFrom('received_communes')
      .select(['code', 'public_key'])
      .orderBy('code')
      .execute();
    expect(keys).toEqual([
      { code: '21025', public_key: newA.publicKey },
      { code: '21028', public_key: keyB.publicKey },
    ]);
  });
});

describe('receipts index', () => {
  it('is re-derived from the commune files after a crash between the two commits', async () => {
    const bundle = buildBundle({ communeCode: '21025', period: '2026-03', key: keyA });
    await importAll([bundle]);
    const full = contentHash(ctx.databasePath);
    // What a crash after the commune file's commit leaves: the index without the receipt and key.
    await ctx.db.deleteFrom('bundle_receipts').execute();
    await ctx.db
      .updateTable('received_communes')
      .set({ public_key: null, fingerprint: null, key_first_seen_at: null })
      .execute();
    expect(await reconcileReceipts(ctx)).toBe(1);
    expect(contentHash(ctx.databasePath)).toBe(full);
    expect(await reconcileReceipts(ctx)).toBe(0);
  });
});
