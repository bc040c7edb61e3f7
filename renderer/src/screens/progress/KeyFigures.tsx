/** The key figures of a period: activities, people and households reached, people trained. */
import { Col, Row, Statistic } from 'antd';
import type { PeriodFigures } from '../../../../shared/contract/monthly-types';
import { formatCount } from '../../components/format';
import { activityLogHref } from './activity-link';

interface Props {
  figures: PeriodFigures | undefined;
  loading: boolean;
  /** Columns per figure (24 = one row each). */
  span?: number;
}

export function KeyFigures({ figures, loading, span = 6 }: Props) {
  const period = figures?.period.code;
  const items = [
    { key: 'activities', title: 'Hoạt động', value: figures?.activities, linked: true },
    { key: 'people', title: 'Lượt người được hỗ trợ', value: figures?.peopleReached, linked: true },
    { key: 'households', title: 'Lượt hộ được hỗ trợ', value: figures?.householdsReached, linked: true },
    { key: 'trained', title: 'Người được bồi dưỡng', value: figures?.peopleTrained, linked: false },
  ];
  return (
    <Row gutter={[16, 12]} className="key-figures">
      {items.map((item) => (
        <Col span={span} key={item.key}>
          <Statistic
            title={item.title}
            loading={loading}
            value={item.value ?? 0}
            formatter={(v) =>
              item.linked && period !== undefined ? (
                <a href={activityLogHref({ period })} data-testid={`figure-${item.key}`}>
                  {formatCount(Number(v))}
                </a>
              ) : (
                <span data-testid={`figure-${item.key}`}>{formatCount(Number(v))}</span>
              )
            }
          />
        </Col>
      ))}
    </Row>
  );
}
