/**
 * A period's figures as the report will say them, before anything is written: the warnings
 * first, then teams, members, activities, reach and trainings, and one table per pillar
 * (target, in the period, since the start of the year, % of the target).
 */
import { Alert, Descriptions, Table, Typography } from 'antd';
import type { ReportIndicatorLine, ReportTotals } from '../../../../shared/contract/report-types';
import { formatCount, formatDecimal } from '../../../../shared/vi/numbers';

const NO_VALUE = '–';

const columns = [
  { key: 'name', title: 'Chỉ tiêu', dataIndex: 'name' },
  { key: 'unit', title: 'Đơn vị tính', dataIndex: 'unit', width: 120 },
  {
    key: 'target',
    title: 'Chỉ tiêu năm',
    align: 'right' as const,
    width: 120,
    render: (_: unknown, l: ReportIndicatorLine) => (l.target === null ? NO_VALUE : formatCount(l.target)),
  },
  {
    key: 'result',
    title: 'Trong kỳ',
    align: 'right' as const,
    width: 110,
    render: (_: unknown, l: ReportIndicatorLine) => formatCount(l.result),
  },
  {
    key: 'cumulative',
    title: 'Lũy kế từ đầu năm',
    align: 'right' as const,
    width: 140,
    render: (_: unknown, l: ReportIndicatorLine) => formatCount(l.cumulative),
  },
  {
    key: 'percent',
    title: 'Tỷ lệ so với chỉ tiêu (%)',
    align: 'right' as const,
    width: 130,
    render: (_: unknown, l: ReportIndicatorLine) =>
      l.percent === null ? NO_VALUE : formatDecimal(l.percent),
  },
];

export function ReportFiguresView({ figures }: { figures: ReportTotals }) {
  const n = formatCount;
  const { teams, members, activities, reached, trainings } = figures;
  return (
    <div className="report-figures" data-testid="report-figures">
      {figures.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-warnings"
          title={`Cần xem trước khi lập báo cáo (${figures.warnings.length})`}
          description={
            <ul className="doc-warning-list">
              {figures.warnings.map((w) => (
                <li key={w.code}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={2}
        className="report-key-figures"
        items={[
          {
            key: 'teams',
            label: 'Tổ cuối kỳ',
            children: (
              <span data-testid="report-teams">
                {n(teams.commune)} Tổ cấp xã, {n(teams.village)} Tổ thôn, tổ dân phố
              </span>
            ),
          },
          {
            key: 'team-changes',
            label: 'Tổ thay đổi trong kỳ',
            children: `thành lập ${n(teams.founded)}, kiện toàn ${n(teams.reorganized)}, giải thể ${n(teams.dissolved)}`,
          },
          {
            key: 'members',
            label: 'Thành viên cuối kỳ',
            children: (
              <span data-testid="report-members">
                {n(members.total)} (tham gia {n(members.joined)}, thôi {n(members.left)})
              </span>
            ),
          },
          {
            key: 'activities',
            label: 'Hoạt động',
            children: <span data-testid="report-activities">{n(activities.total)}</span>,
          },
          {
            key: 'reached',
            label: 'Tiếp cận',
            children: (
              <span data-testid="report-reached">
                {n(reached.people)} người, {n(reached.households)} hộ
              </span>
            ),
          },
          {
            key: 'trainings',
            label: 'Bồi dưỡng',
            children: `${n(trainings.sessions)} lớp, ${n(trainings.trainedMembers)} thành viên được bồi dưỡng`,
          },
        ]}
      />
      {figures.pillars.length === 0 ? (
        <Typography.Paragraph type="secondary">
          Năm nay chưa có chỉ tiêu nào được giao hoặc có kết quả.
        </Typography.Paragraph>
      ) : (
        figures.pillars.map((pillar) => (
          <section key={pillar.pillar} aria-labelledby={`report-pillar-${pillar.pillar}`}>
            <Typography.Title level={4} id={`report-pillar-${pillar.pillar}`} className="report-pillar">
              {pillar.label}
            </Typography.Title>
            <Table<ReportIndicatorLine>
              size="small"
              rowKey="code"
              pagination={false}
              columns={columns}
              dataSource={pillar.indicators}
              data-testid={`report-pillar-table-${pillar.pillar}`}
            />
          </section>
        ))
      )}
    </div>
  );
}
