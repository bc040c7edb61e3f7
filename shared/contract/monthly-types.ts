/** What the monthly-work operations answer (catalog, activities, trainings, targets, progress). */
import type { ActivityKind, Pillar } from '../domain/activities';
import type { PeriodConvention, PeriodKind } from '../domain/periods';
import type { ImportProblem } from './types';

export interface Platform {
  code: string;
  name: string;
  active: boolean;
}

export interface Indicator {
  code: string;
  name: string;
  unit: string;
  pillar: Pillar;
  platform: string | null;
  platformName: string | null;
  active: boolean;
  sortOrder: number;
  /** True once any activity (even deleted) reported a result: the indicator can no longer be removed. */
  hasResults: boolean;
}

export interface Catalog {
  platforms: Platform[];
  indicators: Indicator[];
}

export interface ActivityResult {
  indicator: string;
  value: number;
}

export interface Activity {
  id: string;
  date: string;
  teamId: string;
  teamName: string;
  villageId: string | null;
  villageName: string | null;
  kind: ActivityKind;
  platforms: string[];
  place: string | null;
  peopleReached: number | null;
  householdsReached: number | null;
  results: ActivityResult[];
  memberIds: string[];
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ActivityWarning {
  /** `duplicate`: same team, date, kind and platform; `outside_team_life`: before founding or after dissolution. */
  code: 'duplicate' | 'outside_team_life';
  message: string;
  /** The activities it may duplicate. */
  activityIds: string[];
}

export interface ActivitySaved {
  activity: Activity;
  warnings: ActivityWarning[];
}

export interface TrainingAttendee {
  personId: string;
  fullName: string;
}

export interface Training {
  id: string;
  date: string;
  topic: string;
  organiser: string;
  online: boolean;
  hours: number | null;
  teamId: string | null;
  teamName: string | null;
  attendees: TrainingAttendee[];
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Target {
  id: string;
  year: number;
  indicator: string;
  /** null: the commune's target. */
  teamId: string | null;
  teamName: string | null;
  value: number;
  updatedAt: string;
}

export interface TargetShare {
  teamId: string;
  teamName: string;
  households: number;
  value: number;
}

export interface TargetSplit {
  year: number;
  indicator: string;
  communeValue: number;
  shares: TargetShare[];
  applied: boolean;
}

export interface ProgressLine {
  code: string;
  name: string;
  unit: string;
  pillar: Pillar;
  /** The yearly target; null when none is set. */
  target: number | null;
  /** Results of the period. */
  result: number;
  /** result ÷ target × 100, two decimals; null without a target. */
  percent: number | null;
  /** Results from the start of the reporting year to the end of the period (or today). */
  yearToDate: number;
  /** The year-to-date result is behind the elapsed share of the yearly target. */
  lagging: boolean;
}

export interface PillarProgress {
  pillar: Pillar;
  label: string;
  /** Mean of the percents (each capped at 100) of the pillar's indicators that have a target. */
  percent: number | null;
  indicators: number;
  lagging: number;
}

export interface TeamProgress {
  teamId: string;
  teamName: string;
  villageId: string | null;
  /** Mean year-to-date achievement (each indicator capped at 100 %) below the elapsed share of the year. */
  lagging: boolean;
  /** That mean achievement in percent (two decimals); null when the team has no target. */
  achievement: number | null;
  indicators: ProgressLine[];
}

export interface PeriodInfo {
  code: string;
  kind: PeriodKind;
  label: string;
  from: string;
  to: string;
  convention: PeriodConvention;
}

export interface Progress {
  period: PeriodInfo;
  /** Share (0–1) of the reporting year elapsed at the end of the period (or today). */
  elapsedShare: number;
  indicators: ProgressLine[];
  pillars: PillarProgress[];
  teams: TeamProgress[];
}

/** The key figures of a period (the dashboard): activities, reach and trainings. */
export interface PeriodFigures {
  period: PeriodInfo;
  /** Live activities dated in the period. */
  activities: number;
  /** Sum of their people reached (activities without the figure count 0). */
  peopleReached: number;
  householdsReached: number;
  /** Trainings held in the period. */
  trainings: number;
  /** Different people who attended a training of the period. */
  peopleTrained: number;
}

/** One row of an activities sheet as the dry run understood it. */
export interface ActivityImportRow {
  row: number;
  date: string;
  teamId: string;
  teamName: string;
  kind: ActivityKind;
  platforms: string[];
  peopleReached: number | null;
  householdsReached: number | null;
  results: ActivityResult[];
  /** The same row was imported before (same normalised content): it is not added again. */
  importedBefore: boolean;
}

/** A column of the sheet that is not one of the fixed ones, and the indicator it names. */
export interface ActivityImportColumn {
  header: string;
  /** "H": the column's letter in the sheet. */
  letter: string;
  /** The indicator's code, or null for a column that names none. */
  indicator: string | null;
}

/** The dry run (or the result) of importing a month of activities from a spreadsheet. */
export interface ActivityImportSummary {
  applied: boolean;
  fileName: string;
  sheetName: string;
  headerRow: number | null;
  /** Rows with an activity (refused ones included). */
  rowsRead: number;
  /** New activities (written once applied). */
  added: number;
  /** Rows imported by an earlier import of the same content: nothing new is written for them. */
  importedBefore: number;
  columns: ActivityImportColumn[];
  rows: ActivityImportRow[];
  /** Refused rows and columns: nothing is written while there is one. */
  errors: ImportProblem[];
  /** Accepted, for the officer to look at: possible duplicates, dates outside a team's life, skipped rows. */
  warnings: ImportProblem[];
}
