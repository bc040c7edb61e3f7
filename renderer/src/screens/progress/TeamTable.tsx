/** Per team: its mean achievement of the year against the elapsed share, the lagging flag, and its indicators. */
import { Table, Typography, type TableColumnsType } from 'antd';
import type { TeamProgress } from '../../../../shared/contract/monthly-types';
import { activityLogHref } from './activity-link';
import { formatPercent } from './format-progress';
import { IndicatorTable } from './IndicatorTable';
import { LaggingTag } from './LaggingTag';

interface Props {
  teams: readonly TeamProgress[];
  period: string;
}

export function TeamTable({ teams, period }: Props) {
  const columns: TableColumnsType<TeamProgress> = [
    {
      key: 'team',
      title: 'Tổ',
      render: (_, t) => <a href={activityLogHref({ period, team: t.teamId })}>{t.teamName}</a>,
    },
    {
      key: 'indicators',
      title: 'Số chỉ tiêu',
      width: 110,
      align: 'right',
      render: (_, t) => t.indicators.length,
    },
    {
      key: 'achievement',
      title: 'Hoàn thành (lũy kế năm)',
      width: 190,
      align: 'right',
      render: (_, t) => <span data-testid="team-achievement">{formatPercent(t.achievement)}</span>,
    },
    {
      key: 'status',
      title: 'Tình trạng',
      width: 160,
      render: (_, t) =>
        t.lagging ? (
          <LaggingTag />
        ) : t.achievement === null ? (
          <Typography.Text type="secondary">Chưa giao chỉ tiêu</Typography.Text>
        ) : (
          'Đúng tiến độ'
        ),
    },
  ];
  return (
    <Table<TeamProgress>
      data-testid="team-table"
      size="small"
      rowKey="teamId"
      columns={columns}
      dataSource={[...teams]}
      pagination={false}
      rowClassName={(t) => (t.lagging ? 'team-lagging' : '')}
      expandable={{
        rowExpandable: (t) => t.indicators.length > 0,
        expandedRowRender: (t) => (
          <IndicatorTable lines={t.indicators} base={{ period, team: t.teamId }} compact />
        ),
      }}
    />
  );
}
