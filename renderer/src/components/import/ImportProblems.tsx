/**
 * The problems of a spreadsheet import by row, as every import shows them: errors (refused) in
 * red first within a row, warnings (accepted) in orange; a problem of the whole file has no row.
 */
import { Table, Tag } from 'antd';
import type { ImportProblem } from '../../../../shared/contract/types';
import { formatCount } from '../format';

interface ProblemRow extends ImportProblem {
  key: string;
  severity: 'error' | 'warning';
}

function problemRows(errors: readonly ImportProblem[], warnings: readonly ImportProblem[]): ProblemRow[] {
  const rows: ProblemRow[] = [
    ...errors.map((p, i) => ({ ...p, severity: 'error' as const, key: `e${i}` })),
    ...warnings.map((p, i) => ({ ...p, severity: 'warning' as const, key: `w${i}` })),
  ];
  // Errors first within a row; rows in sheet order.
  return rows.sort(
    (a, b) => a.row - b.row || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/** Accepted file types of a spreadsheet import. */
export const spreadsheetAccept =
  '.xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel';

export function ImportProblems({
  errors,
  warnings,
}: {
  errors: readonly ImportProblem[];
  warnings: readonly ImportProblem[];
}) {
  const problems = problemRows(errors, warnings);
  if (problems.length === 0) return null;
  return (
    <Table<ProblemRow>
      virtual
      size="small"
      bordered
      className="import-problems"
      pagination={false}
      dataSource={problems}
      scroll={{ y: 200 }}
      title={() =>
        [
          errors.length > 0 ? `${formatCount(errors.length)} lỗi` : '',
          warnings.length > 0 ? `${formatCount(warnings.length)} cảnh báo` : '',
        ]
          .filter((part) => part !== '')
          .join(', ')
      }
      columns={[
        {
          title: 'Dòng',
          dataIndex: 'row',
          width: 70,
          align: 'center',
          render: (row: number) => (row > 0 ? row : '—'),
        },
        {
          title: 'Mức',
          dataIndex: 'severity',
          width: 100,
          render: (severity: ProblemRow['severity']) =>
            severity === 'error' ? <Tag color="red">Lỗi</Tag> : <Tag color="orange">Cảnh báo</Tag>,
        },
        {
          title: 'Nội dung',
          dataIndex: 'message',
          render: (text: string, p) => (
            <span className={p.severity === 'error' ? 'problem-error' : 'problem-warning'}>{text}</span>
          ),
        },
      ]}
    />
  );
}
