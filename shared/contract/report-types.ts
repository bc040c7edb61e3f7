/**
 * What a periodic report says, as numbers: the one output of the figures module
 * (electron/backend/report/figures.ts). The report .docx, its .xlsx tables, `report data` in the
 * CLI and (later) the bundle and the receiving unit's aggregate all read this shape and never
 * count anything themselves.
 */
import type { ActivityKind, Pillar } from '../domain/activities';
import type { PeriodInfo } from './monthly-types';
import type { DocumentDetail, DocumentSummary } from './types';

/** The period of a report, with what the report prints about it. */
export interface ReportPeriod extends PeriodInfo {
  /**
   * The sentence printed under the title: "Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026."
   * Day and month as Decree 30's date line writes them: a leading zero for days 1–9 and for
   * months 1 and 2 only.
   */
  rangeText: string;
  /** The period has ended (its last day is before today): its figures are final. */
  closed: boolean;
}

/** Teams of the scope: at the end of the period, and what changed during it. */
export interface ReportTeams {
  /** Commune-level teams active at the end of the period (normally 0 or 1). */
  commune: number;
  /** Village teams active at the end of the period. */
  village: number;
  /** Teams whose first membership starts in the period (founded). */
  founded: number;
  /** Teams with a re-organisation decision (kiện toàn) issued or signed in the period. */
  reorganized: number;
  /** Teams dissolved in the period. */
  dissolved: number;
}

/** Members (memberships, one person counted once per team) of the scope's teams. */
export interface ReportMembers {
  /** Live memberships on the last day of the period, all teams. */
  total: number;
  /** Of which in the commune team. */
  commune: number;
  /** Of which in village teams. */
  village: number;
  /** Memberships that started during the period. */
  joined: number;
  /** Memberships that ended during the period. */
  left: number;
}

export interface ReportActivities {
  /** Live activities dated in the period. */
  total: number;
  byKind: Record<ActivityKind, number>;
}

/** One indicator in the period: the row of the table per pillar. */
export interface ReportIndicatorLine {
  code: string;
  name: string;
  unit: string;
  pillar: Pillar;
  /** The reporting year's target of the scope (the commune's target); null when none is set. */
  target: number | null;
  /** Results of activities dated in the period. */
  result: number;
  /** Results from the first day of the reporting year to the last day of the period. */
  cumulative: number;
  /** cumulative ÷ target × 100, two decimals; null without a target. */
  percent: number | null;
}

export interface ReportPillar {
  pillar: Pillar;
  /** "Chính quyền số", "Kinh tế số", "Xã hội số". */
  label: string;
  /** The pillar's indicators that have a target or a result this year, in catalog order. */
  indicators: ReportIndicatorLine[];
}

export interface ReportTrainings {
  /** Trainings held in the period. */
  sessions: number;
  /** Their hours, summed (trainings without hours count 0). */
  hours: number;
  /** Attendances (one person at two trainings counts twice). */
  attendances: number;
  /** Different members of the scope's teams who attended a training of the period. */
  trainedMembers: number;
}

/** One village team: a row of the appendix "Biểu số liệu". */
export interface ReportVillageRow {
  teamId: string;
  teamName: string;
  villageName: string;
  /** Live memberships at the end of the period. */
  members: number;
  activities: number;
  people: number;
  households: number;
  trainedMembers: number;
  /** Results of the period per indicator code (only codes with a result). */
  results: Record<string, number>;
}

export type ReportWarningCode =
  /** The period has not ended: "số liệu chưa chốt". */
  | 'not_closed'
  /** A village team active during the period has no activity in it. */
  | 'team_without_activity'
  /** An indicator with a target for the year has no result yet at the end of the period. */
  | 'target_without_result'
  /** Activities dated after the period's last day but before the report is made (they count in the next period). */
  | 'after_cutoff'
  /** At a receiving unit: communes whose data of the period have not been received. */
  | 'communes_missing'
  /** At a receiving unit: communes whose received periods leave a gap since the start of the year (cumulative short). */
  | 'cumulative_partial';

export interface ReportWarning {
  code: ReportWarningCode;
  /** Vietnamese, says what is wrong and what to do. */
  message: string;
  /** The teams, indicators, activities or communes concerned. */
  teamIds?: string[];
  communeCodes?: string[];
  indicatorCodes?: string[];
  activityIds?: string[];
}

/** Who the figures are about: one commune today; the receiving unit passes several. */
export interface ReportScopeInfo {
  /** "Xã Đông Sơn"; for an aggregate, the receiving unit's name. */
  name: string;
  /** Administrative codes of the communes covered. */
  communeCodes: string[];
}

export interface ReportFigures {
  scope: ReportScopeInfo;
  period: ReportPeriod;
  teams: ReportTeams;
  members: ReportMembers;
  activities: ReportActivities;
  reached: { people: number; households: number };
  /** Every indicator with a target or a result in the reporting year, in catalog order. */
  indicators: ReportIndicatorLine[];
  /** The same lines grouped by pillar, in the pillars' order (a pillar without lines is left out). */
  pillars: ReportPillar[];
  trainings: ReportTrainings;
  /** One row per village team active at some time in the period, sorted by village name (Vietnamese collation). */
  villages: ReportVillageRow[];
  warnings: ReportWarning[];
}

/**
 * A report's figures without the village rows: what a commune's report and the receiving unit's
 * aggregate both have, and what the sentences of section I are written from.
 */
export type ReportTotals = Omit<ReportFigures, 'villages'>;

/**
 * What a report in the register keeps in its `texts`: the period, the officer's sections (as
 * checked: cleaned paragraphs joined by line breaks), the signer and "Kính gửi". Once issued the
 * figures it was composed from are frozen here beside its content, so its .xlsx is the same later.
 */
export interface ReportDocumentTexts {
  /** The period's code: "2026-03", "2026-Q1", "2026-H1", "2026-9M", "2026". */
  period: string;
  /** "Tháng 3/2026", "Quý I/2026"… */
  periodLabel: string;
  sections: { difficulties: string; proposals: string; nextTasks: string };
  signer: { mode: 'chairman' | 'vice_chairman'; name: string };
  addressees: string[];
  /** The figures as issued; null while a draft, which composes from the live figures. */
  figures: ReportFigures | null;
  /**
   * "received": the receiving unit's aggregated report, in the unit's own register (its figures,
   * AggregateFigures, are kept in AggregateReportTexts; the document view is given them as null).
   */
  scope?: 'received';
}

/**
 * The receiving unit's aggregated report in its register: the same texts as a commune's report
 * (the signer's mode "chairman" is the unit's head, "vice_chairman" a deputy signing for the head),
 * with the aggregate frozen once issued.
 */
export interface AggregateReportTexts extends Omit<ReportDocumentTexts, 'figures' | 'scope'> {
  scope: 'received';
  figures: AggregateFigures | null;
}

/** A report draft just made or changed: the document and the live figures with their warnings. */
export interface ReportMade {
  document: DocumentDetail;
  figures: ReportFigures;
}

/** A report of the register, for the list by period. */
export interface ReportListItem {
  document: DocumentSummary;
  period: string;
  periodLabel: string;
}

/** One commune in the receiving unit's aggregate: a row of its table of communes. */
export interface AggregateCommuneRow {
  communeCode: string;
  communeName: string;
  /** Data of the period were received from this commune; false: a row of dashes, and "to call". */
  received: boolean;
  /** Teams active at the end of the period (commune + village). */
  teams: number;
  members: number;
  activities: number;
  people: number;
  households: number;
  trainedMembers: number;
  /** Results of the period per indicator code (only codes with a result). */
  results: Record<string, number>;
}

/**
 * What the receiving unit reports over its communes: the same totals as a commune's report (the
 * figures of every received commune added up, percentages recomputed from the sums), and one row
 * per commune in place of the village appendix.
 */
export interface AggregateFigures extends ReportTotals {
  communes: AggregateCommuneRow[];
}

/**
 * The receiving unit's aggregate as its screen and `report data --scope received` read it: the
 * aggregate, and for the drill-down each received commune's own rows per village team.
 */
export interface ReceivedAggregate extends AggregateFigures {
  /** A received commune's village teams, by commune code (absent: nothing received). */
  communeTeams: Record<string, ReportVillageRow[]>;
}
