/** What the commune side of the monthly bundle (issue 10) answers: its key, its exports, its settings. */
import type { BundleTable } from './bundle-format';

/** The commune's signing key as the officer sees it (the private half never leaves the backend). */
export interface CommuneKeyInfo {
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** "3F2A 91C0 …": read out over the phone to the upper level. */
  fingerprint: string;
  /** When the key was made (ISO). */
  createdAt: string;
}

export interface CommuneKeyRenewed extends CommuneKeyInfo {
  /** The fingerprint of the key it replaces, or null when there was none. */
  previousFingerprint: string | null;
}

/** Settings of the handoff (kept in the settings table under `bundle.*`). */
export interface BundleSettings {
  /** The receiving level's e-mail address, To: of the draft; '' when not set. */
  receivingEmail: string;
  /** True when the upper level asked for phone numbers: people's phones travel in the bundle. */
  sendPhones: boolean;
  /** The folder the officer saved the last bundle in ('' before the first). */
  saveFolder: string;
  /** A shared folder (network share, synced cloud folder) each export is also written to; '' = none. */
  sharedFolder: string;
}

export type BundleCounts = { [T in BundleTable]: number };

/** One export, as recorded. */
export interface BundleExport {
  id: string;
  /** "2026-03". */
  period: string;
  periodLabel: string;
  from: string;
  to: string;
  createdAt: string;
  fileName: string;
  sha256: string;
  bytes: number;
  counts: BundleCounts;
  /** Fingerprint of the key that signed it. */
  fingerprint: string;
  /** The copy written to the shared folder, or null. */
  sharedTo: string | null;
  /** Why the shared folder could not be written, or null. */
  sharedProblem: string | null;
}

/** A fresh export with its bytes (what the CLI writes, what the web preview downloads). */
export interface BundleMade extends BundleExport {
  base64: string;
}

/** What each table of a bundle holds, in Vietnamese (CLI text, screens). */
export const bundleTableLabels: { [T in BundleTable]: string } = {
  platforms: 'Nền tảng số',
  indicators: 'Chỉ tiêu',
  villages: 'Thôn, tổ dân phố',
  people: 'Người',
  teams: 'Tổ CNSCĐ',
  memberships: 'Lượt thành viên trong tổ',
  documents: 'Văn bản',
  document_teams: 'Văn bản – Tổ',
  activities: 'Hoạt động',
  activity_platforms: 'Hoạt động – nền tảng',
  activity_results: 'Kết quả hoạt động',
  activity_members: 'Thành viên tham gia hoạt động',
  trainings: 'Lớp bồi dưỡng',
  training_attendees: 'Lượt người dự bồi dưỡng',
  targets: 'Chỉ tiêu giao',
};

/** What a bundle checked in full holds, as the officer reads it. */
export interface BundleSummary {
  fileName: string;
  sha256: string;
  communeCode: string;
  communeName: string;
  period: string;
  periodLabel: string;
  from: string;
  to: string;
  createdAt: string;
  fingerprint: string;
  counts: BundleCounts;
  reportFiles: string[];
}

/** A bundle checked: what it holds, or why it is refused (a sentence naming the file). */
export type BundleVerification = { ok: true; summary: BundleSummary } | { ok: false; reason: string };
