/**
 * One person: what the register knows, the teams they are or were in, likely duplicates; edit,
 * archive or restore, remove (the backend refuses for anyone in a team's history, and says why).
 */
import { DeleteOutlined, EditOutlined, InboxOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Popconfirm, Skeleton, Space, Table, Tag } from 'antd';
import type { DuplicateHint, Person, PersonMembership } from '../../../../shared/contract/types';
import { roleLabels } from '../../../../shared/domain/teams';
import { isoToVi } from '../../../../shared/vi/dates';
import { formatPhone } from '../../../../shared/vi/phone';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { usePerson, useRefreshRegister } from '../../app/register-queries';
import { hrefWith } from '../../app/router';
import { formatDateTime } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { DuplicateAlert } from './DuplicateAlert';
import { genderText } from './person-text';
import { PersonTrainings } from '../trainings/PersonTrainings';
import { PersonTags } from './PersonTags';

interface Props {
  personId: string | null;
  onClose: () => void;
  onEdit: (person: Person) => void;
  onOpenPerson: (hint: DuplicateHint) => void;
}

function MembershipsTable({ memberships }: { memberships: PersonMembership[] }) {
  return (
    <Table<PersonMembership>
      rowKey="membershipId"
      size="small"
      bordered
      pagination={false}
      dataSource={memberships}
      locale={{ emptyText: 'Chưa tham gia Tổ nào.' }}
      columns={[
        {
          title: 'Tổ',
          dataIndex: 'teamName',
          render: (name: string, m) => <a href={hrefWith('to', { id: m.teamId })}>{name}</a>,
        },
        {
          title: 'Chức danh',
          dataIndex: 'role',
          width: 140,
          render: (role: PersonMembership['role']) => roleLabels[role],
        },
        { title: 'Từ ngày', dataIndex: 'startDate', width: 96, render: (d: string) => isoToVi(d) },
        {
          title: 'Đến ngày',
          dataIndex: 'endDate',
          width: 96,
          render: (d: string | null) => (d === null ? <Tag color="green">Đang tham gia</Tag> : isoToVi(d)),
        },
      ]}
    />
  );
}

export function PersonDrawer({ personId, onClose, onEdit, onOpenPerson }: Props) {
  const person = usePerson(personId);
  const refresh = useRefreshRegister();
  const { message, modal } = App.useApp();
  const detail = person.data;

  const archive = useMutation({
    mutationFn: (archived: boolean) => api.archivePerson({ id: personId ?? '', archived }),
    onSuccess: (saved) => {
      void message.success(
        saved.archived ? `Đã lưu trữ “${saved.fullName}”.` : `Đã bỏ lưu trữ “${saved.fullName}”.`,
      );
      return refresh();
    },
    onError: (error) => {
      modal.error({ title: 'Không lưu trữ được', content: toShownError(error).message, okText: 'Đóng' });
    },
  });

  // onError opens the message and returns nothing: the mutation awaits what onError returns, and
  // antd's modal is thenable (until closed), which kept the buttons spinning behind the message.
  const remove = useMutation({
    mutationFn: () => api.removePerson({ id: personId ?? '' }),
    onSuccess: () => {
      void message.success(`Đã xóa “${detail?.fullName ?? ''}”.`);
      onClose();
      return refresh();
    },
    onError: (error) => {
      modal.error({ title: 'Không xóa được', content: toShownError(error).message, okText: 'Đóng' });
    },
  });

  const actions = detail && (
    <Space>
      <Button icon={<EditOutlined />} onClick={() => onEdit(detail)}>
        Sửa
      </Button>
      {detail.archived ? (
        <Button icon={<RollbackOutlined />} loading={archive.isPending} onClick={() => archive.mutate(false)}>
          Bỏ lưu trữ
        </Button>
      ) : (
        <Popconfirm
          title={`Lưu trữ “${detail.fullName}”?`}
          description="Người được lưu trữ không còn trong danh sách hằng ngày nhưng vẫn giữ lịch sử tham gia Tổ."
          okText="Lưu trữ"
          cancelText="Hủy"
          onConfirm={() => archive.mutateAsync(true).catch(() => undefined)}
        >
          <Button icon={<InboxOutlined />} loading={archive.isPending}>
            Lưu trữ
          </Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={`Xóa “${detail.fullName}” khỏi sổ?`}
        description="Chỉ xóa được người chưa từng tham gia Tổ nào."
        okText="Xóa"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        onConfirm={() => remove.mutateAsync().catch(() => undefined)}
      >
        <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
          Xóa
        </Button>
      </Popconfirm>
    </Space>
  );

  return (
    <Drawer
      open={personId !== null}
      onClose={onClose}
      size={600}
      title={detail?.fullName ?? 'Thông tin người'}
      extra={actions}
      destroyOnHidden
    >
      {person.isError ? (
        <LoadError
          title="Không đọc được thông tin người này"
          error={person.error}
          onRetry={() => void person.refetch()}
        />
      ) : detail === undefined ? (
        <Skeleton active />
      ) : (
        <div className="stack">
          {detail.archived && (
            <Alert
              type="info"
              showIcon
              title="Người này đang được lưu trữ"
              description="Không có trong danh sách hằng ngày, không thêm được vào Tổ. Bấm “Bỏ lưu trữ” để dùng lại."
            />
          )}
          <DuplicateAlert
            hints={detail.duplicates}
            actionLabel="Xem hồ sơ"
            onAction={onOpenPerson}
            advice="Nếu là một người, hãy giữ một hồ sơ: sửa hồ sơ đúng, rồi xóa hoặc lưu trữ hồ sơ thừa."
          />
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 190 } }}
            items={[
              { key: 'name', label: 'Họ và tên', children: detail.fullName },
              { key: 'gender', label: 'Giới tính', children: genderText(detail.gender) },
              { key: 'year', label: 'Năm sinh', children: detail.birthYear ?? '' },
              {
                key: 'phone',
                label: 'Số điện thoại (Zalo)',
                children: detail.phone === null ? '' : formatPhone(detail.phone),
              },
              { key: 'position', label: 'Chức vụ, đơn vị công tác', children: detail.position ?? '' },
              { key: 'village', label: 'Thôn, tổ dân phố', children: detail.villageName ?? '' },
              { key: 'tags', label: 'Nhãn', children: <PersonTags tags={detail.tags} /> },
              { key: 'notes', label: 'Ghi chú', children: detail.notes ?? '' },
              { key: 'updated', label: 'Sửa lần cuối', children: formatDateTime(detail.updatedAt) },
            ]}
          />
          <div>
            <h3 className="drawer-section">Tham gia Tổ CNSCĐ</h3>
            <MembershipsTable memberships={detail.memberships} />
          </div>
          <div>
            <h3 className="drawer-section">Bồi dưỡng, tập huấn đã dự</h3>
            <PersonTrainings personId={detail.id} />
          </div>
        </div>
      )}
    </Drawer>
  );
}
