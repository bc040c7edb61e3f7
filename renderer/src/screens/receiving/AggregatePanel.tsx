/**
 * "Tổng hợp": the receiving unit's aggregate of a period (month, quarter, 6 or 9 months, year, as
 * the Báo cáo screen picks it): warnings, totals and a table per pillar (the commune report's
 * own view), the table of communes (received or "Chưa gửi"), a commune's village teams in a
 * drawer, and the aggregated report drafted and numbered in the unit's register (AggregateReportCard).
 */
import { Card, Drawer, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReceivingProfile } from '../../../../shared/contract/receiving-types';
import type { AggregateCommuneRow, ReportVillageRow } from '../../../../shared/contract/report-types';
import { defaultPeriodConvention, periodContaining, type Period } from '../../../../shared/domain/periods';
import { todayIso } from '../../../../shared/vi/dates';
import { formatCount } from '../../../../shared/vi/numbers';
import { useSettings } from '../../app/queries';
import { LoadError } from '../../components/LoadError';
import { reportKinds } from '../progress/period-choice';
import { PeriodSelector } from '../progress/PeriodSelector';
import { ReportFiguresView } from '../reports/ReportFiguresView';
import { AggregateReportCard } from './AggregateReportCard';
import { useAggregateData } from './receiving-queries';
import '../progress/progress.css';
import '../reports/reports.css';

const n = formatCount;

const countTitles = [
  ['members', 'Thành viên'],
  ['activities', 'Hoạt động'],
  ['people', 'Người'],
  ['households', 'Hộ'],
  ['trainedMembers', 'Được bồi dưỡng'],
] as const;
type CountKey = (typeof countTitles)[number][0];

/** The counts both tables show; a commune that sent nothing has no count (unknown, not zero). */
function countColumns<T extends Record<CountKey, number>>(shown: (row: T) => boolean = () => true) {
  return countTitles.map(([key, title]) => ({
    key,
    title,
    align: 'right' as const,
    render: (_: unknown, row: T) => (shown(row) ? n(row[key]) : ''),
  }));
}

const communeColumns = [
  { key: 'name', title: 'Xã, phường', dataIndex: 'communeName' },
  {
    key: 'status',
    title: 'Số liệu',
    width: 110,
    render: (_: unknown, c: AggregateCommuneRow) =>
      c.received ? <Tag color="green">Đã gửi</Tag> : <Tag color="red">Chưa gửi</Tag>,
  },
  {
    key: 'teams',
    title: 'Số Tổ',
    align: 'right' as const,
    render: (_: unknown, c: AggregateCommuneRow) => (c.received ? n(c.teams) : ''),
  },
  ...countColumns<AggregateCommuneRow>((c) => c.received),
];

const villageColumns = [
  { key: 'village', title: 'Thôn, tổ dân phố', dataIndex: 'villageName' },
  { key: 'team', title: 'Tổ', dataIndex: 'teamName' },
  ...countColumns<ReportVillageRow>(),
];

function Aggregate({ period, profile }: { period: Period; profile: ReceivingProfile }) {
  const data = useAggregateData(period.code);
  const [open, setOpen] = useState<AggregateCommuneRow | null>(null);
  if (data.isError) {
    return (
      <LoadError
        title="Không đọc được số liệu tổng hợp"
        error={data.error}
        onRetry={() => void data.refetch()}
      />
    );
  }
  const f = data.data;
  if (f === undefined || f.period.code !== period.code) return <Skeleton active />;
  const sent = f.communes.filter((c) => c.received).length;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<h3 className="card-heading">Số liệu tổng hợp {f.period.label}</h3>}
        extra={<span className="doc-muted">{f.period.rangeText}</span>}
      >
        <ReportFiguresView figures={f} />
      </Card>
      <Card
        title={
          <h3 className="card-heading">
            Từng xã, phường ({sent}/{f.communes.length} đã gửi số liệu)
          </h3>
        }
        extra={<span className="doc-muted">Bấm vào một xã để xem từng Tổ thôn.</span>}
      >
        <Table<AggregateCommuneRow>
          rowKey="communeCode"
          size="small"
          pagination={false}
          columns={communeColumns}
          dataSource={f.communes}
          data-testid="aggregate-communes"
          locale={{ emptyText: 'Chưa có xã nào trong danh sách xã gửi báo cáo.' }}
          onRow={(c) => ({ onClick: () => setOpen(c), style: { cursor: 'pointer' } })}
        />
      </Card>
      <AggregateReportCard period={period} profile={profile} />
      <Drawer
        open={open !== null}
        size="large"
        title={open === null ? '' : `${open.communeName} — ${f.period.label}`}
        onClose={() => setOpen(null)}
      >
        {open !== null &&
          (open.received ? (
            <Table<ReportVillageRow>
              rowKey="teamId"
              size="small"
              pagination={false}
              columns={villageColumns}
              dataSource={f.communeTeams[open.communeCode] ?? []}
              data-testid="aggregate-commune-teams"
              locale={{ emptyText: 'Xã không có Tổ thôn nào hoạt động trong kỳ.' }}
            />
          ) : (
            <Typography.Paragraph>
              {open.communeName} chưa gửi số liệu {f.period.label.toLocaleLowerCase('vi')}. Hãy liên hệ để xã
              gửi gói số liệu.
            </Typography.Paragraph>
          ))}
      </Drawer>
    </Space>
  );
}

export function AggregatePanel({ profile }: { profile: ReceivingProfile }) {
  const settings = useSettings();
  const convention = settings.data?.reportingPeriods ?? defaultPeriodConvention;
  const today = todayIso();
  const [chosen, setChosen] = useState<Period | null>(null);
  if (settings.isPending) return <Skeleton active />;
  const period = chosen ?? periodContaining(today, 'month', convention);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PeriodSelector
        period={period}
        today={today}
        convention={convention}
        kinds={reportKinds}
        onChange={setChosen}
      />
      <Aggregate period={period} profile={profile} />
    </Space>
  );
}
