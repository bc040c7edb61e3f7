/** What the receiving unit's operations answer (issue 10). */
import type { Leader } from './types';

export interface ReceivingProfile {
  name: string;
  provinceCode: string;
  provinceName: string;
  issuerName: string;
  placeName: string;
  /** Who signs its reports, as the commune's Chairman and Vice-Chairmen: its head ("Giám đốc")… */
  head: Leader | null;
  /** …and the deputies who sign for the head ("KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC"). */
  deputies: Leader[];
  /**
   * The line above a collegial body's signature ("TM. ỦY BAN NHÂN DÂN"), null for a body led by
   * its head alone (a Sở): from the unit's name, Decree 30 (admin-format.md, "Signature block").
   */
  onBehalf: string | null;
  symbol: string;
  /** A month's bundle is late after this day of the next month. */
  deadlineDay: number;
  updatedAt: string;
}

export interface ReceivedCommune {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  contact: string | null;
  /** The trusted key's fingerprint, null until the first bundle. */
  fingerprint: string | null;
  keyFirstSeenAt: string | null;
  addedAt: string;
}

/** One month of one commune: what arrived, and when. */
export type CompletenessStatus = 'received' | 'late' | 'missing' | 'not_due';

export interface CompletenessCell {
  /** 1–12. */
  month: number;
  status: CompletenessStatus;
  /** The first receipt of the month's bundle (what is judged late or not). */
  firstReceivedAt: string | null;
  /** How many times the month was replaced by a newer bundle. */
  replacements: number;
  /** The day after which the month is late (yyyy-mm-dd). */
  deadline: string;
  /**
   * The longer period ("2026-Q1", "2026-H1", "2026-9M", "2026") whose bundle brought the month's
   * data, when the month has no bundle of its own; null otherwise.
   */
  coveredBy: string | null;
}

export interface CompletenessRow {
  communeCode: string;
  communeName: string;
  contact: string | null;
  cells: CompletenessCell[];
  received: number;
  late: number;
  missing: number;
}

export interface Completeness {
  year: number;
  deadlineDay: number;
  /** The day the matrix was read (yyyy-mm-dd): months whose deadline is after it are not due. */
  asOf: string;
  rows: CompletenessRow[];
  /** Communes with a month past its deadline and nothing received: whom to call. */
  toCall: { communeCode: string; communeName: string; contact: string | null; months: number[] }[];
}

export type BundleImportStatus = 'added' | 'replaced' | 'unchanged' | 'refused';

/** What one table of a bundle adds, updates, leaves and removes. */
export interface BundleTableCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** One file of an import, planned (dry run) or applied. */
export interface BundleImportLine {
  file: string;
  communeCode: string | null;
  communeName: string | null;
  period: string | null;
  status: BundleImportStatus;
  /** Why it is refused (names the file), else null. */
  reason: string | null;
  fingerprint: string | null;
  /**
   * new: first bundle of the commune, its key recorded; changed: a new key, confirmed (status
   * added, replaced or unchanged) or waiting for the officer's confirmation (status refused, with
   * the commune, the new `fingerprint` and the `previousFingerprint` to accept in the next call).
   */
  key: 'new' | 'known' | 'changed' | null;
  previousFingerprint: string | null;
  /** Per table of the bundle. */
  counts: Record<string, BundleTableCounts> | null;
}

export interface BundleImportReport {
  dryRun: boolean;
  files: BundleImportLine[];
}
