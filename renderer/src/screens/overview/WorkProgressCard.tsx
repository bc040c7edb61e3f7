/**
 * The dashboard card of the overview: the key figures of the reporting month running today, the
 * year's progress per pillar (a small chart) and the teams behind schedule — each a link to the
 * "Tiến độ" screen or to the activities behind the figure.
 */
import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton } from 'antd';
import { defaultPeriodConvention, makePeriod, periodContaining } from '../../../../shared/domain/periods';
import { isoToVi, todayIso } from '../../../../shared/vi/dates';
import { useSettings } from '../../app/queries';
import { hrefWith } from '../../app/router';
import { LoadError } from '../../components/LoadError';
import { KeyFigures } from '../progress/KeyFigures';
import { usePeriodFigures, useProgress } from '../progress/progress-queries';
import '../progress/progress.css';
import { YearProgressSummary } from './YearProgressSummary';

export function WorkProgressCard() {
  const settings = useSettings();
  const convention = settings.data?.reportingPeriods ?? defaultPeriodConvention;
  const ready = !settings.isPending;
  const month = periodContaining(todayIso(), 'month', convention);
  const year = makePeriod('year', month.year);
  const figures = usePeriodFigures(ready ? month.code : null);
  const progress = useProgress(ready ? year.code : null);

  return (
    <Card
      title="Hoạt động và tiến độ"
      data-testid="work-progress-card"
      extra={
        <Button
          type="link"
          href={hrefWith('tien-do', { period: year.code })}
          icon={<ArrowRightOutlined />}
          iconPlacement="end"
        >
          Xem tiến độ năm {year.year}
        </Button>
      }
    >
      <section aria-labelledby="work-month">
        <h3 id="work-month" className="card-heading overview-subheading">
          {figures.data === undefined
            ? `Tháng ${month.index}/${month.year}`
            : `${figures.data.period.label} (từ ${isoToVi(figures.data.period.from)} đến ${isoToVi(figures.data.period.to)})`}
        </h3>
        {figures.isError ? (
          <LoadError
            title="Không đọc được số liệu"
            error={figures.error}
            onRetry={() => void figures.refetch()}
          />
        ) : (
          <KeyFigures figures={figures.data} loading={figures.isPending} />
        )}
      </section>
      <section aria-labelledby="work-year" className="overview-year">
        <h3 id="work-year" className="card-heading overview-subheading">
          Năm {year.year}: mức hoàn thành theo trụ cột
        </h3>
        {progress.isError ? (
          <LoadError
            title="Không đọc được tiến độ"
            error={progress.error}
            onRetry={() => void progress.refetch()}
          />
        ) : progress.data === undefined ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : (
          <YearProgressSummary progress={progress.data} />
        )}
      </section>
    </Card>
  );
}
