/** The commune's figures from the backend's counts; a figure of a section not built yet is left out. */
import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic } from 'antd';
import { useInfo, useVillages } from '../../app/queries';
import { hrefOf } from '../../app/router';
import { sectionOf } from '../../app/sections';
import { formatCount } from '../../components/format';
import { LoadError } from '../../components/LoadError';

const built = (key: Parameters<typeof sectionOf>[0]) => sectionOf(key).planned === undefined;

export function FiguresCard() {
  const info = useInfo();
  const villages = useVillages();
  if (info.isError) {
    return (
      <Card title="Số liệu">
        <LoadError title="Không đọc được số liệu" error={info.error} onRetry={() => void info.refetch()} />
      </Card>
    );
  }
  const counts = info.data?.counts;
  const households = villages.data?.reduce((sum, v) => sum + v.households, 0);
  const figures = [
    { key: 'villages', title: 'Thôn, tổ dân phố', value: counts?.villages, loading: info.isPending },
    { key: 'households', title: 'Tổng số hộ', value: households, loading: villages.isPending },
    ...(built('nguoi')
      ? [{ key: 'people', title: 'Người', value: counts?.people, loading: info.isPending }]
      : []),
    ...(built('to')
      ? [{ key: 'teams', title: 'Tổ CNSCĐ', value: counts?.teams, loading: info.isPending }]
      : []),
  ];
  return (
    <Card
      title="Số liệu"
      extra={
        <Button type="link" href={hrefOf('thon')} icon={<ArrowRightOutlined />} iconPlacement="end">
          Xem danh sách thôn
        </Button>
      }
    >
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col span={12} key={f.key}>
            <Statistic
              title={f.title}
              value={f.value ?? 0}
              loading={f.loading}
              formatter={(v) => formatCount(Number(v))}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
