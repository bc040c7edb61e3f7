/** The three pillars side by side: mean achievement of their indicators and how many are behind. */
import { Card, Col, Progress, Row, Typography } from 'antd';
import type { PillarProgress } from '../../../../shared/contract/monthly-types';
import { activityLogHref } from './activity-link';
import { formatPercent } from './format-progress';

interface Props {
  pillars: readonly PillarProgress[];
  period: string;
}

const figure = (p: PillarProgress) => (p.percent === null ? 'Chưa giao chỉ tiêu' : formatPercent(p.percent));

export function PillarSummary({ pillars, period }: Props) {
  return (
    <Row gutter={[16, 16]}>
      {pillars.map((p) => (
        <Col span={8} key={p.pillar}>
          <Card size="small" title={p.label} data-testid={`pillar-${p.pillar}`} className="pillar-card">
            <div className="pillar-figure">
              <a
                href={activityLogHref({ period, pillar: p.pillar })}
                aria-label={`${figure(p)} (${p.label}): xem các hoạt động`}
              >
                {figure(p)}
              </a>
            </div>
            <Progress
              percent={Math.min(100, p.percent ?? 0)}
              showInfo={false}
              aria-label={`Mức hoàn thành ${p.label}`}
            />
            <Typography.Text type="secondary">
              {p.indicators} chỉ tiêu
              {p.lagging > 0 ? `, ${p.lagging} chậm tiến độ` : ', không có chỉ tiêu chậm tiến độ'}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
