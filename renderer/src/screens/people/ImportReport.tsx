/**
 * What an import will do (dry run) or did: the numbers, the villages and teams it creates, and
 * every problem by its spreadsheet row — errors in red, warnings in orange.
 */
import { Descriptions } from 'antd';
import type { ImportConflictAction } from '../../../../shared/contract/schemas';
import type { ImportSummary } from '../../../../shared/contract/types';
import { isoToVi } from '../../../../shared/vi/dates';
import { formatCount } from '../../components/format';
import { ImportProblems } from '../../components/import/ImportProblems';
import { ImportConflicts, ImportMatches } from './ImportConflicts';
import { ImportFills } from './ImportFills';

function names(list: string[]): string {
  return list.length === 0 ? 'Không có' : list.join('; ');
}

/** Where the start date of the new memberships comes from, in words. */
export function startDateText(summary: ImportSummary): string {
  const { date, source, titleText, rowsWithOwnDate, rowsWithoutOwnDate } = summary.startDate;
  const own =
    rowsWithOwnDate > 0 ? `${formatCount(rowsWithOwnDate)} dòng theo cột ngày bắt đầu của dòng` : '';
  if (rowsWithoutOwnDate === 0) return own === '' ? 'Không có thành viên mới' : own;
  const common =
    date === null && titleText !== null
      ? `Chưa có: ngày ở tiêu đề bảng tính «${titleText}» không dùng được — hãy nhập ngày bên dưới hoặc sửa tiêu đề`
      : date === null
        ? 'Chưa có: bảng tính không ghi ngày bắt đầu hay ngày quyết định — hãy nhập ngày bên dưới'
        : source === 'typed'
          ? `${isoToVi(date)} — ngày đã nhập`
          : `${isoToVi(date)} — theo «${titleText ?? ''}» ở tiêu đề bảng tính`;
  return own === '' ? common : `${common}; ${own}`;
}

interface ReportProps {
  summary: ImportSummary;
  /** In the dry run: the officer's choices for the conflicting rows, and how to change them. */
  choices?: Partial<Record<number, ImportConflictAction>>;
  onChoose?: (row: number, action: ImportConflictAction) => void;
}

export function ImportReport({ summary, choices, onChoose }: ReportProps) {
  const future = !summary.applied;
  return (
    <div className="stack import-report">
      {summary.conflicts.length > 0 && (
        <ImportConflicts
          conflicts={summary.conflicts}
          {...(choices === undefined ? {} : { choices })}
          {...(onChoose === undefined ? {} : { onChoose })}
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={2}
        data-testid="import-numbers"
        items={[
          { key: 'rows', label: 'Số dòng đọc được', children: formatCount(summary.rowsRead), span: 2 },
          {
            key: 'added',
            label: future ? 'Người sẽ thêm mới' : 'Người đã thêm mới',
            children: formatCount(summary.people.added),
          },
          {
            key: 'matched',
            label: 'Người đã có trong sổ',
            children: formatCount(summary.people.matched),
          },
          {
            key: 'skipped',
            label: 'Dòng trùng bỏ qua',
            children: formatCount(summary.people.skipped),
          },
          {
            key: 'conflicts',
            label: 'Dòng trùng cần chọn',
            children: formatCount(summary.conflicts.length),
          },
          {
            key: 'members',
            label: future ? 'Thành viên sẽ thêm vào Tổ' : 'Thành viên đã thêm vào Tổ',
            children: formatCount(summary.memberships.added),
          },
          {
            key: 'unchanged',
            label: 'Thành viên giữ nguyên',
            children: formatCount(summary.memberships.unchanged),
          },
          {
            key: 'start',
            label: 'Ngày bắt đầu tham gia Tổ',
            children: <span data-testid="import-start-date">{startDateText(summary)}</span>,
            span: 2,
          },
          {
            key: 'villages',
            label: future ? 'Thôn, tổ dân phố sẽ tạo' : 'Thôn, tổ dân phố đã tạo',
            children: names(summary.villagesCreated),
            span: 2,
          },
          {
            key: 'teams',
            label: future ? 'Tổ CNSCĐ sẽ lập' : 'Tổ CNSCĐ đã lập',
            children: names(summary.teamsCreated),
            span: 2,
          },
        ]}
      />
      {summary.matches.length > 0 && <ImportMatches matches={summary.matches} />}
      {summary.fills.length > 0 && <ImportFills fills={summary.fills} applied={summary.applied} />}
      <ImportProblems errors={summary.errors} warnings={summary.warnings} />
    </div>
  );
}
