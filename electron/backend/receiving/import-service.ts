/**
 * Importing bundles at the receiving unit (issue 10, items 4 and 5): `planImport` checks trust
 * and computes, without writing, what each verified bundle would change (the dry run shown for
 * all files); `applyImport` applies each commune's bundle in one transaction on its own file,
 * then records the receipt and the trusted key in the receiving unit's database.
 *
 * Trust: a commune not on the list is refused; its first bundle records its key (fingerprint
 * shown to compare by phone); a bundle signed by another key is refused unless the officer
 * confirms that change (`acceptKeyChanges`: the commune and the new key's fingerprint, as the dry
 * run showed them), which is logged. A dry run writes nothing at all (see `planImport`).
 */
import type { Kysely } from 'kysely';
import {
  bundleInstant,
  type BundleCheck,
  type BundleTable,
  type VerifiedBundle,
} from '../../../shared/contract/bundle-format';
import type { AcceptedKeyChange } from '../../../shared/contract/receiving-schemas';
import type { BundleImportLine, BundleImportReport } from '../../../shared/contract/receiving-types';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { currentJob } from '../jobs/job';
import { newId } from '../ids';
import {
  applyBundle,
  storeToken,
  type AppliedBundle,
  type PlannedChanges,
  type ReceiptRow,
} from './bundle-apply';
import { changeCounts, changesNothing, diffBundle, unchangedChanges, type TableCounts } from './bundle-diff';
import { openStoreForImport, openStoreForReading } from './commune-store';
import { indexReceipts, recordKey, unindexedReceipts, type KeySeen } from './receipts';
import { requireReceivingProfile } from './receiving-unit';

export interface ImportContext {
  /** The receiving unit's own database. */
  db: Kysely<Database>;
  /** Its file: the communes' files live in `received/` beside it. */
  databasePath: string;
}

export type KeyStatus = 'new' | 'known' | 'changed';

export interface PlannedBundle {
  status: 'added' | 'replaced' | 'unchanged';
  file: string;
  communeCode: string;
  communeName: string;
  period: string;
  bundle: VerifiedBundle;
  fingerprint: string;
  key: KeyStatus;
  /** The fingerprint trusted until now, when the key changes. */
  previousFingerprint: string | null;
  counts: Record<BundleTable, TableCounts>;
  /** The difference behind the counts, and the state of the file it was read from. */
  planned: PlannedChanges;
}

export interface RefusedBundle {
  status: 'refused';
  /** The file's name when the bundle could be read; null when the reader refused it. */
  file: string | null;
  communeCode: string | null;
  period: string | null;
  reason: string;
  /** A key change waiting for the officer's confirmation: what the dry run shows to confirm. */
  keyChange?: { communeName: string; fingerprint: string; previousFingerprint: string | null };
}

export type PlanItem = PlannedBundle | RefusedBundle;

export interface ImportPlan {
  items: PlanItem[];
}

export type ImportResult =
  (Omit<PlannedBundle, 'bundle' | 'planned'> & { receivedAt: string | null }) | RefusedBundle;

function refused(bundle: VerifiedBundle, reason: string): RefusedBundle {
  return {
    status: 'refused',
    file: bundle.fileName,
    communeCode: bundle.manifest.commune.code,
    period: bundle.manifest.period.code,
    reason: `${bundle.fileName}: ${reason}`,
  };
}

interface Trusted {
  name: string;
  publicKey: string | null;
  fingerprint: string | null;
}

/**
 * Reads what each bundle would change. Each commune's file is opened once (read-only when at this
 * build's schema version): the receipts it holds and the index lacks (a crash between the two
 * commits) are written back, then every bundle of the commune planned on it. A dry run
 * (`dryRun`) writes nothing at all: those receipts are only taken into account (the key they
 * trust), and a commune file of an older version is read through an upgraded temporary copy.
 */
export async function planImport(
  ctx: ImportContext,
  checks: readonly BundleCheck[],
  options: { dryRun?: boolean; acceptKeyChanges?: readonly AcceptedKeyChange[] } = {},
): Promise<ImportPlan> {
  const accepted = options.acceptKeyChanges ?? [];
  await requireReceivingProfile(ctx.db);
  // Two files for one commune's period in one import: the newer bundle is taken.
  const newest = new Map<string, VerifiedBundle>();
  // The bundles of each commune, by their place among the files.
  const byCommune = new Map<string, number[]>();
  const items: PlanItem[] = [];
  for (const [i, check] of checks.entries()) {
    if (!check.ok) {
      items[i] = { status: 'refused', file: null, communeCode: null, period: null, reason: check.reason };
      continue;
    }
    const b = check.bundle;
    const slot = `${b.manifest.commune.code} ${b.manifest.period.code}`;
    const held = newest.get(slot);
    if (held === undefined || bundleInstant(b.manifest.createdAt) > bundleInstant(held.manifest.createdAt)) {
      newest.set(slot, b);
    }
    const indexes = byCommune.get(b.manifest.commune.code) ?? [];
    indexes.push(i);
    byCommune.set(b.manifest.commune.code, indexes);
  }
  for (const [code, indexes] of byCommune) {
    const store = await openStoreForReading(ctx.databasePath, code, { upgrade: options.dryRun !== true });
    try {
      // After a crash between a commune file's commit and the index, the file's receipts the
      // index lacks: written back by an import, only taken into account by a dry run.
      const unindexed = store === null ? [] : await unindexedReceipts(ctx.db, code, store.db);
      if (options.dryRun !== true) await indexReceipts(ctx.db, unindexed);
      const row = await ctx.db
        .selectFrom('received_communes')
        .select(['name', 'public_key', 'fingerprint'])
        .where('code', '=', code)
        .executeTakeFirst();
      let trusted: Trusted | undefined = row && {
        name: row.name,
        publicKey: row.public_key,
        fingerprint: row.fingerprint,
      };
      const lastKey = options.dryRun === true ? unindexed.at(-1) : undefined;
      if (trusted !== undefined && lastKey !== undefined) {
        trusted = { ...trusted, publicKey: lastKey.public_key, fingerprint: lastKey.fingerprint };
      }
      for (const i of indexes) {
        const check = checks[i];
        if (check?.ok !== true) continue;
        const planned = await planOne(store?.db ?? null, check.bundle, trusted, newest, accepted);
        items[i] = planned.item;
        trusted = planned.trusted;
      }
    } finally {
      await store?.close();
    }
  }
  return { items };
}

/** One bundle's plan, and the key its commune's later bundles in this import are checked against. */
async function planOne(
  store: Kysely<Database> | null,
  bundle: VerifiedBundle,
  trusted: Trusted | undefined,
  newest: ReadonlyMap<string, VerifiedBundle>,
  accepted: readonly AcceptedKeyChange[],
): Promise<{ item: PlanItem; trusted: Trusted | undefined }> {
  const { commune, period, publicKey, createdAt } = bundle.manifest;
  const chosen = newest.get(`${commune.code} ${period.code}`);
  if (chosen !== bundle) {
    return {
      trusted,
      item: refused(
        bundle,
        `cùng kỳ ${period.label} của ${commune.name} với tệp ${chosen?.fileName ?? ''} trong lần nhập này; ` +
          'chỉ gói lập sau cùng được nhập.',
      ),
    };
  }
  if (trusted === undefined) {
    return {
      trusted,
      item: refused(
        bundle,
        `${commune.name} (mã ${commune.code}) không có trong danh sách xã gửi báo cáo của đơn vị. ` +
          'Nếu đúng là xã gửi báo cáo cho đơn vị, hãy thêm xã vào danh sách rồi nhập lại.',
      ),
    };
  }
  let key: KeyStatus = 'known';
  if (trusted.publicKey === null) key = 'new';
  else if (trusted.publicKey !== publicKey) {
    // Only the change the officer confirmed: this commune, this new key.
    const confirmed = accepted.some(
      (a) => a.communeCode === commune.code && a.fingerprint === bundle.fingerprint,
    );
    if (!confirmed) {
      return {
        trusted,
        item: {
          ...refused(
            bundle,
            `gói được ký bằng một khóa khác với khóa đã ghi nhận của ${trusted.name}. ` +
              `Mã khóa đã ghi nhận: ${trusted.fingerprint ?? ''}; mã khóa của gói: ${bundle.fingerprint}. ` +
              'Hãy gọi điện cho xã để đối chiếu mã khóa; nếu xã đã làm khóa mới, hãy nhập lại và xác nhận ' +
              'đổi khóa cho xã này (trên dòng lệnh: --accept-key-change).',
          ),
          keyChange: {
            communeName: trusted.name,
            fingerprint: bundle.fingerprint,
            previousFingerprint: trusted.fingerprint,
          },
        },
      };
    }
    key = 'changed';
  }
  const previousFingerprint = key === 'changed' ? trusted.fingerprint : null;
  // Later bundles of the same commune in this import are checked against this one's key.
  const next: Trusted = { ...trusted, publicKey, fingerprint: bundle.fingerprint };

  // Every bundle received whose days overlap this one's (the same month, or a month inside a
  // quarter), the last received first: applying this bundle replaces its days in all of them.
  const overlapping = store
    ? await store
        .selectFrom('bundle_receipts')
        .select(['period_code', 'created_at', 'file_name', 'bundle_sha256'])
        .where('period_from', '<=', period.to)
        .where('period_to', '>=', period.from)
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
    : [];
  const newer = overlapping.find((r) => bundleInstant(r.created_at) > bundleInstant(createdAt));
  if (newer !== undefined) {
    return {
      // Refused: its key is not taken for the commune's later bundles of this import.
      trusted,
      item: refused(
        bundle,
        `gói lập lúc ${createdAt}, cũ hơn gói đã nhận ${newer.file_name} (lập lúc ${newer.created_at}) ` +
          'có số liệu của cùng những ngày này. Gói mới hơn được giữ; nếu xã muốn gửi lại, hãy đề nghị xã lập gói mới.',
      ),
    };
  }
  const latest = overlapping.find((r) => r.period_code === period.code);
  const token = store ? await storeToken(store) : null;
  // The very bundle applied last over these days: nothing can differ, so nothing is read but
  // the receipt. (A bundle of another period applied since may have changed its days.)
  const same = latest !== undefined && overlapping[0]?.bundle_sha256 === bundle.sha256;
  const changes = same ? unchangedChanges(bundle) : await diffBundle(store, bundle);
  return {
    trusted: next,
    item: {
      status: latest === undefined ? 'added' : changesNothing(changes) ? 'unchanged' : 'replaced',
      file: bundle.fileName,
      communeCode: commune.code,
      communeName: trusted.name,
      period: period.code,
      bundle,
      fingerprint: bundle.fingerprint,
      key,
      previousFingerprint,
      counts: changeCounts(changes),
      planned: { token, changes },
    },
  };
}

function receiptFor(bundle: VerifiedBundle, receivedAt: string, replaced: boolean): ReceiptRow {
  const m = bundle.manifest;
  return {
    id: newId(),
    commune_code: m.commune.code,
    period_code: m.period.code,
    period_from: m.period.from,
    period_to: m.period.to,
    status: replaced ? 'replaced' : 'added',
    file_name: bundle.fileName,
    bundle_sha256: bundle.sha256,
    public_key: m.publicKey,
    fingerprint: bundle.fingerprint,
    // One form for every receipt: the instant in UTC, whatever zone the commune wrote.
    created_at: new Date(bundleInstant(m.createdAt)).toISOString(),
    received_at: receivedAt,
    counts: JSON.stringify(m.counts),
  };
}

function keySeen(bundle: VerifiedBundle, at: string): KeySeen {
  return {
    commune_code: bundle.manifest.commune.code,
    public_key: bundle.manifest.publicKey,
    fingerprint: bundle.fingerprint,
    file_name: bundle.fileName,
    bundle_sha256: bundle.sha256,
    received_at: at,
  };
}

export interface ApplyHooks {
  /** Test seam (crash tests): inside a commune file's transaction, before its commit. */
  beforeCommit?: () => Promise<void>;
  /** Test seam (crash tests): after a commune file's commit, before the main database's index. */
  afterStoreCommit?: () => Promise<void>;
}

/**
 * Applies every planned bundle: each in one transaction on its commune's file (opened once for
 * all the commune's bundles, in their order), then its receipt in the index.
 */
export async function applyImport(
  ctx: ImportContext,
  plan: ImportPlan,
  hooks: ApplyHooks = {},
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  // Each commune's bundle is written whole or not at all; a cancel stops before the next one.
  const job = currentJob();
  job.begin(plan.items.length, 'Đang ghi gói dữ liệu của các xã');
  const byCommune = new Map<string, PlannedBundle[]>();
  for (const [i, item] of plan.items.entries()) {
    if (item.status === 'refused') {
      results[i] = item;
      job.count();
      continue;
    }
    if (item.status === 'unchanged') {
      const { bundle, planned: _planned, ...shown } = item;
      // Nothing to write but, when the officer confirmed it, the commune's new key.
      if (item.key === 'changed')
        await inTransaction(ctx.db, (trx) => recordKey(trx, keySeen(bundle, nowIso())));
      results[i] = { ...shown, receivedAt: null };
      job.count();
      continue;
    }
    const list = byCommune.get(item.communeCode) ?? [];
    list.push(item);
    byCommune.set(item.communeCode, list);
  }
  const place = new Map(plan.items.map((item, i) => [item, i]));
  for (const [code, items] of byCommune) {
    if (job.cancelled) {
      for (const item of items) results[place.get(item) ?? results.length] = cancelledLine(item);
      continue;
    }
    const store = await openStoreForImport(ctx.databasePath, code);
    const committed: { item: PlannedBundle; applied: AppliedBundle; receipt: ReceiptRow }[] = [];
    try {
      for (const item of items) {
        const i = place.get(item) ?? results.length;
        if (job.cancelled) {
          results[i] = cancelledLine(item);
          continue;
        }
        const outcome = await applyOne(store.opened.db, item, hooks);
        job.count();
        if ('refused' in outcome) results[i] = outcome.refused;
        else if (outcome.applied.receipt === null) {
          if (item.key === 'changed')
            await inTransaction(ctx.db, (trx) => recordKey(trx, keySeen(item.bundle, nowIso())));
          const { bundle: _bundle, planned: _planned, ...shown } = item;
          results[i] = { ...shown, status: 'unchanged', receivedAt: null };
        } else committed.push({ item, applied: outcome.applied, receipt: outcome.applied.receipt });
      }
    } finally {
      // A new file becomes the commune's only now, whole, with the bundles committed to it.
      await store.finish(committed.length > 0);
    }
    for (const { item, applied, receipt } of committed) {
      await hooks.afterStoreCommit?.();
      const { bundle: _bundle, planned: _planned, ...shown } = item;
      results[place.get(item) ?? results.length] = {
        ...shown,
        status: receipt.status,
        counts: changeCounts(applied.changes),
        receivedAt: receipt.received_at,
      };
    }
    // The index of the commune's receipts, in one transaction of the unit's database.
    await indexReceipts(
      ctx.db,
      committed.map((c) => c.receipt),
    );
  }
  return results;
}

/** The line of a bundle not written because the officer cancelled before it. */
function cancelledLine(item: PlannedBundle): ImportResult {
  return {
    status: 'refused',
    file: item.bundle.fileName,
    communeCode: item.communeCode,
    period: item.period,
    reason: 'đã hủy trước khi ghi gói này: gói này chưa được ghi. Hãy nhập lại gói khi cần.',
  };
}

/** One bundle applied in one transaction to its commune's open file; a refusal says why. */
async function applyOne(
  store: Kysely<Database>,
  item: PlannedBundle,
  hooks: ApplyHooks,
): Promise<{ applied: AppliedBundle } | { refused: RefusedBundle }> {
  const { bundle, planned } = item;
  const receivedAt = nowIso();
  try {
    return {
      applied: await applyBundle(
        store,
        bundle,
        (replaced) => receiptFor(bundle, receivedAt, replaced),
        hooks,
        planned,
      ),
    };
  } catch (error) {
    // The transaction rolled back: this commune's data are as they were. The other
    // communes' bundles go on; the officer sees this one refused, with why.
    return {
      refused: {
        status: 'refused',
        file: bundle.fileName,
        communeCode: item.communeCode,
        period: item.period,
        reason:
          `không ghi được số liệu của gói vào dữ liệu đã nhận của ${item.communeName} ` +
          `(${error instanceof Error ? error.message : String(error)}); dữ liệu đã nhận không thay đổi. ` +
          'Hãy đề nghị xã kiểm tra số liệu và lập gói mới.',
      },
    };
  }
}

/** One file's line of the report the officer (and `bundle import --json`) sees. */
export function importLine(file: string, result: ImportResult): BundleImportLine {
  if (result.status === 'refused') {
    return {
      file,
      communeCode: result.communeCode,
      communeName: result.keyChange?.communeName ?? null,
      period: result.period,
      status: 'refused',
      reason: result.reason,
      fingerprint: result.keyChange?.fingerprint ?? null,
      key: result.keyChange ? 'changed' : null,
      previousFingerprint: result.keyChange?.previousFingerprint ?? null,
      counts: null,
    };
  }
  return {
    file,
    communeCode: result.communeCode,
    communeName: result.communeName,
    period: result.period,
    status: result.status,
    reason: null,
    fingerprint: result.fingerprint,
    key: result.key,
    previousFingerprint: result.previousFingerprint,
    counts: result.counts,
  };
}

/**
 * The whole import of some files: each read by `read` (which names the file in its refusals),
 * planned together, then applied unless `dryRun`. `files[i]` is what the report calls file i.
 */
export async function importBundles(
  ctx: ImportContext,
  files: readonly string[],
  read: (index: number) => Promise<BundleCheck>,
  options: { dryRun: boolean; acceptKeyChanges: readonly AcceptedKeyChange[] },
): Promise<BundleImportReport> {
  await requireReceivingProfile(ctx.db);
  const job = currentJob();
  job.begin(files.length, 'Đang kiểm tra gói dữ liệu (chữ ký, mã băm, từng bản ghi)');
  const checks: BundleCheck[] = [];
  for (let i = 0; i < files.length; i += 1) {
    checks.push(await read(i));
    job.advance();
  }
  const plan = await planImport(ctx, checks, options);
  const results: ImportResult[] = options.dryRun
    ? plan.items.map((item) => {
        if (item.status === 'refused') return item;
        const { bundle: _bundle, planned: _planned, ...shown } = item;
        return { ...shown, receivedAt: null };
      })
    : await applyImport(ctx, plan);
  return { dryRun: options.dryRun, files: results.map((r, i) => importLine(files[i] ?? '', r)) };
}
