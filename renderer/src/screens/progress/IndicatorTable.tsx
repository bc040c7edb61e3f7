/** Per indicator: the yearly target, the period's result and its share, the year to date. */
import { Table, type TableColumnsType } from 'antd';
import type { ProgressLine } from '../../../../shared/contract/monthly-types';
import { pillarLabels } from '../../../../shared/domain/activities';
import { formatCount } from '../../components/format';
import { activityLogHref, type ActivityFilter } from './activity-link';
import { formatPercent } from './format-progress';
import { LaggingTag } from './LaggingTag';

interface Props {
  lines: readonly ProgressLine[];
  /** The filter every link of the table starts from (the period, and the team for a team's lines). */
  base: ActivityFilter;
  testId?: string;
  /** A team's own lines are shown without the pillar column, inside the team table. */
  compact?: boolean;
}

export function IndicatorTable({ lines, base, testId, compact = false }: Props) {
  const columns: TableColumnsType<ProgressLine> = [
    {
      key: 'name',
      title: 'Chỉ tiêu',
      render: (_, l) => <a href={activityLogHref({ ...base, indicator: l.code })}>{l.name}</a>,
    },
    ...(compact
      ? []
      : [
          {
            key: 'pillar',
            title: 'Trụ cột',
            width: 130,
            render: (_: unknown, l: ProgressLine) => pillarLabels[l.pillar],
          },
        ]),
    { key: 'unit', title: 'Đơn vị', width: 100, dataIndex: 'unit' },
    {
      key: 'target',
      title: 'Chỉ tiêu năm',
      width: 110,
      align: 'right',
      render: (_, l) => (l.target === null ? 'Chưa giao' : formatCount(l.target)),
    },
    {
      key: 'result',
      title: 'Kết quả trong kỳ',
      width: 120,
      align: 'right',
      render: (_, l) => (
        <a href={activityLogHref({ ...base, indicator: l.code })} data-testid="indicator-result">
          {formatCount(l.result)}
        </a>
      ),
    },
    {
      key: 'percent',
      title: 'Tỷ lệ',
      width: 90,
      align: 'right',
      render: (_, l) => <span data-testid="indicator-percent">{formatPercent(l.percent)}</span>,
    },
    {
      key: 'ytd',
      title: 'Lũy kế năm',
      width: 100,
      align: 'right',
      render: (_, l) => formatCount(l.yearToDate),
    },
    {
      key: 'status',
      title: 'Tình trạng',
      width: 140,
      render: (_, l) => (l.lagging ? <LaggingTag /> : null),
    },
  ];
  return (
    <Table<ProgressLine>
      data-testid={testId}
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={[...lines]}
      pagination={false}
    />
  );
}
