/**
 * The entry form's values and the contract's input: a new form (with the previous activity's
 * team, date and kind), an activity to edit, and the input to send. Result rows left empty are
 * dropped, and a problem the contract finds in row N of the input is put back on its row of the form.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import type { activityInputSchema } from '../../../../shared/contract/monthly-schemas';
import type { Activity } from '../../../../shared/contract/monthly-types';
import type { FieldProblem } from '../../../../shared/contract/errors';
import type { ActivityKind } from '../../../../shared/domain/activities';

export type ActivityInputSent = z.input<typeof activityInputSchema>;

export interface ResultRow {
  indicator?: string | null;
  value?: number | null;
}

export interface ActivityFormValues {
  date?: Dayjs | null;
  teamId?: string | null;
  kind?: ActivityKind | null;
  platforms?: string[];
  place?: string;
  peopleReached?: number | null;
  householdsReached?: number | null;
  results?: ResultRow[];
  memberIds?: string[];
  note?: string;
}

/** What the next new activity starts with: the previous one's team, date and kind. */
export interface EntryPrefill {
  teamId: string | null;
  date: string | null;
  kind: ActivityKind | null;
}

export function newFormValues(prefill: EntryPrefill): ActivityFormValues {
  return {
    date: prefill.date === null ? null : dayjs(prefill.date),
    teamId: prefill.teamId,
    kind: prefill.kind,
    platforms: [],
    place: '',
    peopleReached: null,
    householdsReached: null,
    results: [{}],
    memberIds: [],
    note: '',
  };
}

export function editFormValues(a: Activity): ActivityFormValues {
  return {
    date: dayjs(a.date),
    teamId: a.teamId,
    kind: a.kind,
    platforms: [...a.platforms],
    place: a.place ?? '',
    peopleReached: a.peopleReached,
    householdsReached: a.householdsReached,
    results: [...a.results.map((r) => ({ indicator: r.indicator, value: r.value })), {}],
    memberIds: [...a.memberIds],
    note: a.note ?? '',
  };
}

/** An activity as the contract takes it, to put it back as it was. */
export function inputOf(a: Activity): ActivityInputSent {
  return {
    teamId: a.teamId,
    date: a.date,
    kind: a.kind,
    platforms: a.platforms,
    place: a.place,
    peopleReached: a.peopleReached,
    householdsReached: a.householdsReached,
    results: a.results,
    memberIds: a.memberIds,
    note: a.note,
  };
}

const isEmptyRow = (row: ResultRow) =>
  (row.indicator ?? null) === null && (row.value === undefined || row.value === null);

export interface FormInput {
  input: ActivityInputSent;
  /** The form's row of each result sent (empty rows are not sent). */
  resultRows: number[];
}

export function toInput(values: ActivityFormValues): FormInput {
  const rows = values.results ?? [];
  const resultRows = rows.flatMap((row, index) => (isEmptyRow(row) ? [] : [index]));
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? null : value);
  return {
    input: {
      teamId: values.teamId ?? '',
      date: values.date?.isValid() === true ? values.date.format('YYYY-MM-DD') : '',
      kind: (values.kind ?? '') as ActivityKind,
      platforms: values.platforms ?? [],
      place: text(values.place),
      peopleReached: values.peopleReached ?? null,
      householdsReached: values.householdsReached ?? null,
      results: resultRows.map((i) => ({
        indicator: rows[i]?.indicator ?? '',
        value: (rows[i]?.value ?? null) as number,
      })),
      memberIds: values.memberIds ?? [],
      note: text(values.note),
    },
    resultRows,
  };
}

/** A problem's path in the form: `results.1.value` of the input is row resultRows[1] of the form. */
export function formPath(path: string, resultRows: readonly number[]): string {
  const m = /^results\.(\d+)(\..*)?$/u.exec(path);
  if (m === null) return path;
  const row = resultRows[Number(m[1])];
  if (row === undefined) return path;
  return `results.${row}${m[2] ?? '.indicator'}`;
}

/** The fields of the form a problem can be shown on; others are shown above the buttons. */
export function isFormField(path: string): boolean {
  return (
    /^(date|teamId|kind|platforms|place|peopleReached|householdsReached|memberIds|note)$/u.test(path) ||
    /^results\.\d+\.(indicator|value)$/u.test(path)
  );
}

/** Splits problems into those shown on a field and the messages shown above the buttons. */
export function placeProblems(
  problems: readonly FieldProblem[],
  resultRows: readonly number[],
): { onFields: FieldProblem[]; elsewhere: string[] } {
  const onFields: FieldProblem[] = [];
  const elsewhere: string[] = [];
  for (const p of problems) {
    const path = formPath(p.path, resultRows);
    if (isFormField(path)) onFields.push({ path, message: p.message });
    else if (!elsewhere.includes(p.message)) elsewhere.push(p.message);
  }
  return { onFields, elsewhere };
}

/** The rows with one more empty row when the last has an indicator; null when none is needed. */
export function withFreeRow(rows: readonly ResultRow[]): ResultRow[] | null {
  const last = rows.at(-1);
  if (last === undefined || (last.indicator ?? null) !== null) return [...rows, {}];
  return null;
}

/**
 * What the officer left out, in words about the form (the contract would speak of a record's
 * code): the date, team and kind, and in a result row the number or the indicator.
 */
export function missingProblems(values: ActivityFormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.date === undefined || values.date === null || !values.date.isValid()) {
    problems.push({ path: 'date', message: 'Nhập ngày hoạt động, dạng dd/mm/yyyy.' });
  }
  if ((values.teamId ?? null) === null || values.teamId === '') {
    problems.push({ path: 'teamId', message: 'Chọn Tổ đã làm hoạt động.' });
  }
  if ((values.kind ?? null) === null) {
    problems.push({ path: 'kind', message: 'Chọn hình thức hoạt động.' });
  }
  (values.results ?? []).forEach((row, index) => {
    const hasIndicator = (row.indicator ?? null) !== null;
    const hasValue = row.value !== undefined && row.value !== null;
    if (hasIndicator && !hasValue) {
      problems.push({ path: `results.${index}.value`, message: 'Nhập số đạt được của chỉ tiêu này.' });
    }
    if (!hasIndicator && hasValue) {
      problems.push({ path: `results.${index}.indicator`, message: 'Chọn chỉ tiêu cho số này.' });
    }
  });
  return problems;
}
