/**
 * "Bồi dưỡng, tập huấn": the trainings members attended, newest first — date, topic, organiser,
 * in person or online, hours, attendees — with add, edit and delete (soft: the upper level is
 * told in the monthly bundle).
 */
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { Training } from '../../../../shared/contract/monthly-types';
import { isoToVi } from '../../../../shared/vi/dates';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshMonthly } from '../../app/monthly-queries';
import { formatCount } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { formatHours } from './training-text';
import { TrainingFormModal } from './TrainingFormModal';
import { useTrainings } from './training-queries';
import './trainings.css';

export function TrainingsTab() {
  const trainings = useTrainings();
  const refresh = useRefreshMonthly();
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<{ open: boolean; training: Training | null; opened: number }>({
    open: false,
    training: null,
    opened: 0,
  });
  const openDialog = (training: Training | null) =>
    setDialog((d) => ({ open: true, training, opened: d.opened + 1 }));

  const remove = useMutation({
    mutationFn: (t: Training) => api.deleteTraining({ id: t.id }),
    onSuccess: (_r, t) => {
      void message.success(`Đã xóa lớp “${t.topic}”.`);
      return refresh();
    },
    onError: (error) =>
      modal.error({ title: 'Không xóa được', content: toShownError(error).message, okText: 'Đóng' }),
  });

  const usedOrganisers = useMemo(
    () => [...new Set((trainings.data ?? []).map((t) => t.organiser))],
    [trainings.data],
  );

  if (trainings.isError) {
    return (
      <Card>
        <LoadError
          title="Không đọc được danh sách lớp bồi dưỡng"
          error={trainings.error}
          onRetry={() => void trainings.refetch()}
        />
      </Card>
    );
  }
  const list = trainings.data ?? [];
  const trained = new Set(list.flatMap((t) => t.attendees.map((a) => a.personId))).size;

  return (
    <Card>
      <div className="toolbar">
        <span className="toolbar-note">
          {trainings.isPending
            ? ''
            : `${formatCount(list.length)} lớp · ${formatCount(trained)} người đã được bồi dưỡng`}
        </span>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => openDialog(null)}
          className="toolbar-end"
        >
          Thêm lớp bồi dưỡng
        </Button>
      </div>
      <Table<Training>
        rowKey="id"
        size="middle"
        loading={trainings.isPending}
        dataSource={list}
        pagination={list.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{
          emptyText: trainings.isPending ? (
            <span />
          ) : (
            <Empty description="Chưa có lớp bồi dưỡng, tập huấn nào. Bấm “Thêm lớp bồi dưỡng” để ghi." />
          ),
        }}
        columns={[
          { title: 'Ngày', dataIndex: 'date', width: 110, render: (d: string) => isoToVi(d) },
          {
            title: 'Nội dung',
            dataIndex: 'topic',
            render: (topic: string, t) => (
              <>
                <div>{topic}</div>
                {t.attendees.length > 0 && (
                  <div className="training-attendees">{t.attendees.map((a) => a.fullName).join(', ')}</div>
                )}
              </>
            ),
          },
          { title: 'Đơn vị tổ chức', dataIndex: 'organiser', width: 220 },
          {
            title: 'Hình thức',
            dataIndex: 'online',
            width: 110,
            render: (online: boolean) => (online ? <Tag color="blue">Trực tuyến</Tag> : <Tag>Trực tiếp</Tag>),
          },
          { title: 'Số giờ', dataIndex: 'hours', width: 80, align: 'right', render: formatHours },
          {
            title: 'Số người dự',
            key: 'attendees',
            width: 110,
            align: 'right',
            render: (_v, t) => formatCount(t.attendees.length),
          },
          {
            title: <span className="visually-hidden">Thao tác</span>,
            key: 'actions',
            width: 130,
            render: (_v, t) => (
              <Space size={4}>
                <Button size="small" aria-label={`Sửa lớp ${t.topic}`} onClick={() => openDialog(t)}>
                  Sửa
                </Button>
                <Popconfirm
                  title={`Xóa lớp “${t.topic}”?`}
                  description="Lớp sẽ không còn trong danh sách và trong số người đã được bồi dưỡng."
                  okText="Xóa"
                  cancelText="Không"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutateAsync(t).catch(() => undefined)}
                >
                  <Button size="small" danger aria-label={`Xóa lớp ${t.topic}`}>
                    Xóa
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <TrainingFormModal
        key={dialog.opened}
        open={dialog.open}
        training={dialog.training}
        usedOrganisers={usedOrganisers}
        onClose={() => setDialog((d) => ({ ...d, open: false }))}
      />
    </Card>
  );
}
