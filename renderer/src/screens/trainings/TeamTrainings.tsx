/**
 * The "Bồi dưỡng" tab of a team: how many of its members have attended a training, and the
 * trainings they attended (with which members), newest first.
 */
import { Empty, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { Training } from '../../../../shared/contract/monthly-types';
import type { Member } from '../../../../shared/contract/types';
import { isoToVi } from '../../../../shared/vi/dates';
import { formatCount } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { membersTrainings } from './training-text';
import { useTrainings } from './training-queries';

interface Props {
  /** The members shown (on the day the team panel shows). */
  members: readonly Member[];
}

export function TeamTrainings({ members }: Props) {
  const trainings = useTrainings();
  const summary = useMemo(() => membersTrainings(trainings.data ?? [], members), [trainings.data, members]);

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
    <div className="stack-tight">
      {!trainings.isPending && (
        <Typography.Paragraph className="team-trained" data-testid="team-trained">
          {`${formatCount(summary.trainedMembers)}/${formatCount(members.length)} thành viên đã được bồi dưỡng`}
        </Typography.Paragraph>
      )}
      <Table<Training & { memberNames: string[] }>
        rowKey="id"
        size="small"
        className="team-trainings"
        loading={trainings.isPending}
        pagination={false}
        dataSource={summary.trainings}
        locale={{
          emptyText: trainings.isPending ? (
            <span />
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="Chưa thành viên nào dự lớp bồi dưỡng, tập huấn."
            />
          ),
        }}
        columns={[
          { title: 'Ngày', dataIndex: 'date', width: 100, render: (d: string) => isoToVi(d) },
          {
            title: 'Nội dung',
            dataIndex: 'topic',
            render: (topic: string, t) => (
              <>
                {topic} {t.online && <Tag color="blue">Trực tuyến</Tag>}
              </>
            ),
          },
          { title: 'Đơn vị tổ chức', dataIndex: 'organiser', width: 170 },
          {
            title: 'Thành viên dự',
            dataIndex: 'memberNames',
            width: 220,
            render: (names: string[]) => names.join(', '),
          },
        ]}
      />
    </div>
  );
}

/** The tab's label: "Bồi dưỡng (4/6)" — members trained of members shown — once the trainings are in. */
export function TeamTrainingsLabel({ members }: Props) {
  const trainings = useTrainings();
  if (trainings.data === undefined) return <>Bồi dưỡng</>;
  const { trainedMembers } = membersTrainings(trainings.data, members);
  return <>{`Bồi dưỡng (${formatCount(trainedMembers)}/${formatCount(members.length)})`}</>;
}
