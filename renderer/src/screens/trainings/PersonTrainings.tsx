/** The trainings one person attended, newest first: for the person drawer. */
import { Empty, Table, Tag } from 'antd';
import type { Training } from '../../../../shared/contract/monthly-types';
import { isoToVi } from '../../../../shared/vi/dates';
import { LoadError } from '../../components/LoadError';
import { formatHours } from './training-text';
import { useTrainings } from './training-queries';

export function PersonTrainings({ personId }: { personId: string }) {
  const trainings = useTrainings({ personId });
  if (trainings.isError) {
    return (
      <LoadError
        title="Không đọc được các lớp bồi dưỡng"
        error={trainings.error}
        onRetry={() => void trainings.refetch()}
      />
    );
  }
  return (
    <Table<Training>
      rowKey="id"
      size="small"
      className="person-trainings"
      loading={trainings.isPending}
      pagination={false}
      dataSource={trainings.data ?? []}
      locale={{
        emptyText: trainings.isPending ? (
          <span />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa dự lớp bồi dưỡng, tập huấn nào." />
        ),
      }}
      columns={[
        { title: 'Ngày', dataIndex: 'date', width: 100, render: (d: string) => isoToVi(d) },
        { title: 'Nội dung', dataIndex: 'topic' },
        { title: 'Đơn vị tổ chức', dataIndex: 'organiser', width: 150 },
        {
          title: 'Số giờ',
          dataIndex: 'hours',
          width: 90,
          align: 'right',
          render: (hours: number | null, t) => (
            <>
              {formatHours(hours)} {t.online && <Tag color="blue">Trực tuyến</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
