/**
 * The rows of an import that look like someone already there but differ, each with its reason
 * and the officer's choice (same person / new person / skip); and the rows taken as people the
 * register already has, with why.
 */
import { Radio, Table, Typography } from 'antd';
import type { ImportConflictAction } from '../../../../shared/contract/schemas';
import type { ImportConflict, ImportMatch, ImportPersonRef } from '../../../../shared/contract/types';
import { formatPhone } from '../../../../shared/vi/phone';
import { formatCount } from '../../components/format';

export const conflictActionLabels: Record<ImportConflictAction, string> = {
  same: 'Cùng một người',
  new: 'Người mới',
  skip: 'Bỏ qua dòng',
};

function facts(p: { birthYear: number | null; phone: string | null }): string {
  return [p.birthYear === null ? null : String(p.birthYear), p.phone === null ? null : formatPhone(p.phone)]
    .filter((f): f is string => f !== null)
    .join(' · ');
}

function PersonCell({ fullName, details, where }: { fullName: string; details: string; where?: string }) {
  return (
    <div>
      <strong>{fullName}</strong>
      {details !== '' && <div className="import-person-facts">{details}</div>}
      {where !== undefined && <div className="import-person-facts">{where}</div>}
    </div>
  );
}

function whereOf(p: ImportPersonRef): string {
  return p.sheetRow === null ? 'trong sổ' : `dòng ${p.sheetRow} của bảng tính`;
}

interface ConflictsProps {
  conflicts: ImportConflict[];
  /** The choices so far; absent once applied (the report only shows what was chosen). */
  choices?: Partial<Record<number, ImportConflictAction>>;
  onChoose?: (row: number, action: ImportConflictAction) => void;
}

export function ImportConflicts({ conflicts, choices, onChoose }: ConflictsProps) {
  return (
    <Table<ImportConflict>
      size="small"
      bordered
      rowKey="row"
      className="import-conflicts"
      data-testid="import-conflicts"
      pagination={false}
      dataSource={conflicts}
      scroll={{ y: 240 }}
      title={() =>
        `${formatCount(conflicts.length)} dòng giống người đã có nhưng khác thông tin — chọn cách xử lý`
      }
      columns={[
        { title: 'Dòng', dataIndex: 'row', width: 64, align: 'center' },
        {
          title: 'Trong bảng tính',
          key: 'sheet',
          width: 170,
          render: (_: unknown, c) => <PersonCell fullName={c.fullName} details={facts(c)} />,
        },
        {
          title: 'Giống người',
          key: 'candidate',
          width: 170,
          render: (_: unknown, c) => (
            <PersonCell
              fullName={c.candidate.fullName}
              details={facts(c.candidate)}
              where={whereOf(c.candidate)}
            />
          ),
        },
        { title: 'Lý do', dataIndex: 'reason' },
        {
          title: 'Xử lý',
          key: 'action',
          width: 168,
          render: (_: unknown, c) => {
            const chosen = choices === undefined ? c.action : choices[c.row];
            if (onChoose === undefined) {
              return chosen ? (
                conflictActionLabels[chosen]
              ) : (
                <Typography.Text type="danger">Chưa chọn</Typography.Text>
              );
            }
            return (
              <Radio.Group
                aria-label={`Cách xử lý dòng ${c.row}: ${c.fullName}`}
                value={chosen}
                onChange={(e) => onChoose(c.row, e.target.value as ImportConflictAction)}
                options={(['same', 'new', 'skip'] as const).map((action) => ({
                  value: action,
                  label: conflictActionLabels[action],
                }))}
                className="import-conflict-choice"
              />
            );
          },
        },
      ]}
    />
  );
}

export function ImportMatches({ matches }: { matches: ImportMatch[] }) {
  return (
    <Table<ImportMatch>
      size="small"
      bordered
      rowKey="row"
      className="import-matches"
      data-testid="import-matches"
      pagination={false}
      dataSource={matches}
      scroll={{ y: 160 }}
      title={() => `${formatCount(matches.length)} dòng là người đã có (không thêm lại)`}
      columns={[
        { title: 'Dòng', dataIndex: 'row', width: 64, align: 'center' },
        { title: 'Họ và tên', dataIndex: 'fullName', width: 200 },
        {
          title: 'Người đã có',
          key: 'person',
          width: 220,
          render: (_: unknown, m) => (
            <PersonCell fullName={m.person.fullName} details={facts(m.person)} where={whereOf(m.person)} />
          ),
        },
        { title: 'Vì sao là cùng một người', dataIndex: 'reason' },
      ]}
    />
  );
}
