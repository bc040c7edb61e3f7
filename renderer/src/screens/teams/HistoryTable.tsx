/** Every membership the team ever had, newest first: who, which role, from and to. */
import { Table, Tag } from 'antd';
import type { Member } from '../../../../shared/contract/types';
import { roleLabels } from '../../../../shared/domain/teams';
import { isoToVi } from '../../../../shared/vi/dates';
import { hrefWith } from '../../app/router';

export function HistoryTable({ history }: { history: Member[] }) {
  return (
    <Table<Member>
      rowKey="membershipId"
      size="small"
      bordered
      className="history-table"
      dataSource={history}
      pagination={false}
      locale={{ emptyText: 'Tổ chưa có thành viên nào.' }}
      columns={[
        { title: 'STT', key: 'index', width: 48, align: 'center', render: (_v, _m, index) => index + 1 },
        {
          title: 'Họ và tên',
          dataIndex: 'fullName',
          render: (name: string, m) => <a href={hrefWith('nguoi', { id: m.personId })}>{name}</a>,
        },
        {
          title: 'Chức danh trong Tổ',
          dataIndex: 'role',
          width: 160,
          render: (role: Member['role']) => roleLabels[role],
        },
        { title: 'Từ ngày', dataIndex: 'startDate', width: 110, render: (d: string) => isoToVi(d) },
        {
          title: 'Đến ngày',
          dataIndex: 'endDate',
          width: 130,
          render: (d: string | null) => (d === null ? <Tag color="green">Đang tham gia</Tag> : isoToVi(d)),
        },
      ]}
    />
  );
}
