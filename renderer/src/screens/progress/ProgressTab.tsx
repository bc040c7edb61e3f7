/**
 * "Tiến độ": results of a period against the year's targets — per pillar, per indicator and per
 * team, with charts — and from every figure a link to the activities behind it. The period lives
 * in the address (`#/tien-do?period=2026-Q2`), so Back from the activity log returns to it.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { defaultPeriodConvention, type Period } from '../../../../shared/domain/periods';
import { isoToVi, todayIso } from '../../../../shared/vi/dates';
import { useSettings } from '../../app/queries';
import { navigateTo, useRouteParam } from '../../app/router';
import { LoadError } from '../../components/LoadError';
import { openActivityLog } from './activity-link';
import { Chart } from './Chart';
import { chartHeight, indicatorAt, indicatorChartOption, teamAt, teamChartOption } from './chart-options';
import { formatPercent } from './format-progress';
import { IndicatorTable } from './IndicatorTable';
import { KeyFigures } from './KeyFigures';
import { defaultPeriod, periodFromParam } from './period-choice';
import { PeriodSelector } from './PeriodSelector';
import { PillarSummary } from './PillarSummary';
import { TeamTable } from './TeamTable';
import { usePeriodFigures, useProgress } from './progress-queries';
import './progress.css';

export function ProgressTab() {
  const settings = useSettings();
  const convention = settings.data?.reportingPeriods ?? defaultPeriodConvention;
  const today = todayIso();
  const fromAddress = periodFromParam(useRouteParam('period'));
  const period: Period | null = fromAddress ?? (settings.isPending ? null : defaultPeriod(today, convention));
  const code = period?.code ?? null;
  const progress = useProgress(code);
  const figures = usePeriodFigures(code);
  const choose = useCallback((p: Period) => navigateTo('tien-do', { period: p.code }), []);

  if (progress.isError) {
    return (
      <LoadError
        title="Không đọc được tiến độ"
        error={progress.error}
        onRetry={() => void progress.refetch()}
      />
    );
  }
  const data = progress.data;
  if (period === null || code === null || data === undefined) return <Skeleton active />;
  const required = formatPercent(Math.round(data.elapsedShare * 1000) / 10);
  const withTarget = data.indicators.filter((l) => l.percent !== null);
  const teamsWithTarget = data.teams.filter((t) => t.achievement !== null);

  return (
    <div className="progress-tab" data-testid="progress-tab">
      <div className="progress-toolbar no-print">
        <PeriodSelector period={period} today={today} convention={convention} onChange={choose} />
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="no-print">
          In trang này
        </Button>
      </div>
      <Typography.Title level={2} className="progress-title" data-testid="progress-period">
        {data.period.label}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        Từ {isoToVi(data.period.from)} đến {isoToVi(data.period.to)}. Tỷ lệ là kết quả trong kỳ so với chỉ
        tiêu cả năm; đến cuối kỳ (hoặc đến hôm nay) đã qua {required} của năm, tổ nào có mức hoàn thành lũy kế
        thấp hơn thì bị đánh dấu “Chậm tiến độ”.
      </Typography.Paragraph>
      {progress.isFetching && progress.isPlaceholderData && (
        <Alert type="info" showIcon title="Đang đọc số liệu của kỳ mới…" className="no-print" />
      )}
      <Space orientation="vertical" size="large" className="progress-sections">
        <Card title="Số liệu chính của kỳ" size="small">
          <KeyFigures figures={figures.data} loading={figures.isPending} />
        </Card>
        <section aria-labelledby="progress-pillars">
          <Typography.Title level={3} id="progress-pillars" className="progress-heading">
            Theo trụ cột
          </Typography.Title>
          <PillarSummary pillars={data.pillars} period={code} />
        </section>
        <Card title={<h3 className="card-heading">Theo chỉ tiêu</h3>} className="progress-card">
          {withTarget.length === 0 ? (
            <Typography.Paragraph type="secondary">
              Chưa có chỉ tiêu nào được giao cho năm {period.year}: giao chỉ tiêu ở thẻ “Chỉ tiêu”.
            </Typography.Paragraph>
          ) : (
            <Chart
              testId="indicator-chart"
              label={`Biểu đồ tỷ lệ thực hiện ${withTarget.length} chỉ tiêu trong ${data.period.label}, theo trụ cột`}
              option={indicatorChartOption(data.indicators)}
              height={chartHeight(withTarget.length)}
              onBarClick={({ dataIndex }) => {
                const line = indicatorAt(data.indicators, dataIndex);
                if (line !== undefined) openActivityLog({ period: code, indicator: line.code });
              }}
            />
          )}
          <IndicatorTable lines={data.indicators} base={{ period: code }} testId="indicator-table" />
        </Card>
        <Card title={<h3 className="card-heading">Theo tổ</h3>} className="progress-card">
          {teamsWithTarget.length > 0 && (
            <Chart
              testId="team-chart"
              label={`Biểu đồ mức hoàn thành lũy kế năm của ${teamsWithTarget.length} tổ, so với yêu cầu ${required}`}
              option={teamChartOption(data.teams, data.elapsedShare)}
              height={chartHeight(teamsWithTarget.length)}
              onBarClick={({ dataIndex }) => {
                const team = teamAt(data.teams, dataIndex);
                if (team !== undefined) openActivityLog({ period: code, team: team.teamId });
              }}
            />
          )}
          <TeamTable teams={data.teams} period={code} />
        </Card>
      </Space>
    </div>
  );
}
