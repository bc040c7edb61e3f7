/** The year so far on the overview: a small chart of the three pillars and the teams behind schedule. */
import { Empty, Typography } from 'antd';
import type { Progress } from '../../../../shared/contract/monthly-types';
import { pillars } from '../../../../shared/domain/activities';
import { hrefWith } from '../../app/router';
import { activityLogHref, openActivityLog } from '../progress/activity-link';
import { Chart } from '../progress/Chart';
import { pillarChartOption } from '../progress/chart-options';
import { formatPercent } from '../progress/format-progress';

export function YearProgressSummary({ progress }: { progress: Progress }) {
  const period = progress.period.code;
  if (progress.indicators.every((l) => l.target === null)) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={`Chưa giao chỉ tiêu cho ${progress.period.label.toLocaleLowerCase('vi')}.`}
      >
        <a href={hrefWith('tien-do')}>Giao chỉ tiêu ở mục Tiến độ</a>
      </Empty>
    );
  }
  const lagging = progress.teams.filter((t) => t.lagging);
  const required = formatPercent(Math.round(progress.elapsedShare * 1000) / 10);
  return (
    <>
      <Chart
        testId="pillar-chart"
        label={`Mức hoàn thành ${progress.period.label}: ${progress.pillars
          .map((p) => `${p.label} ${formatPercent(p.percent)}`)
          .join(', ')}`}
        option={pillarChartOption(progress.pillars)}
        height={120}
        onBarClick={({ dataIndex }) => {
          const pillar = pillars[dataIndex];
          if (pillar !== undefined) openActivityLog({ period, pillar });
        }}
      />
      <h4 className="overview-lagging-title">
        {lagging.length === 0 ? 'Không có tổ nào chậm tiến độ.' : `Tổ chậm tiến độ (${lagging.length}):`}
      </h4>
      {lagging.length > 0 && (
        <ul className="plain-list" data-testid="lagging-teams">
          {lagging.map((t) => (
            <li key={t.teamId}>
              <a href={activityLogHref({ period, team: t.teamId })}>{t.teamName}</a>{' '}
              <Typography.Text type="secondary">
                — hoàn thành {formatPercent(t.achievement)}, yêu cầu {required}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
