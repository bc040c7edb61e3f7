/**
 * The members on the day shown, in printing order (role, then the order the officer set), with
 * role changes, leaving, and moving up or down within the same role.
 */
import { ArrowDownOutlined, ArrowUpOutlined, SwapOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import type { Member } from '../../../../shared/contract/types';
import { roleLabels } from '../../../../shared/domain/teams';
import { isoToVi } from '../../../../shared/vi/dates';
import { formatPhone } from '../../../../shared/vi/phone';
import { hrefWith } from '../../app/router';
import type { MembershipChange } from './MembershipChangeModal';
import { moveWithinRole } from './team-text';

interface Props {
  members: Member[];
  /** Today's members of an active team can be changed; other days are read only. */
  editable: boolean;
  busy: boolean;
  onChange: (change: MembershipChange) => void;
  onReorder: (membershipIds: string[]) => void;
  empty: React.ReactNode;
}

interface IconActionProps {
  /** Short, shown on hover. */
  tip: string;
  /** Whole, read by screen readers and tests: "Đổi chức danh Nguyễn Văn An". */
  label: string;
  icon: React.ReactNode;
  disabled?: boolean;
  onClick: () => void;
}

function IconAction(props: IconActionProps) {
  return (
    <Tooltip title={props.disabled ? undefined : props.tip}>
      <Button
        size="small"
        icon={props.icon}
        aria-label={props.label}
        disabled={props.disabled}
        onClick={props.onClick}
      />
    </Tooltip>
  );
}

export function MembersTable({ members, editable, busy, onChange, onReorder, empty }: Props) {
  const move = (member: Member, step: -1 | 1) => moveWithinRole(members, member.membershipId, step);
  const columns: TableColumnsType<Member> = [
    { title: 'STT', key: 'index', width: 44, align: 'center', render: (_v, _m, index) => index + 1 },
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      width: 150,
      render: (name: string, m) => <a href={hrefWith('nguoi', { id: m.personId })}>{name}</a>,
    },
    {
      title: 'Chức danh trong Tổ',
      dataIndex: 'role',
      width: 118,
      render: (role: Member['role']) => roleLabels[role],
    },
    { title: 'Chức vụ', dataIndex: 'position', className: 'member-position' },
    {
      title: 'Số điện thoại',
      dataIndex: 'phone',
      width: 112,
      render: (phone: string | null) => (phone === null ? '' : formatPhone(phone)),
    },
    {
      title: 'Từ ngày',
      dataIndex: 'startDate',
      width: 104,
      render: (d: string, m) =>
        m.endDate === null ? (
          isoToVi(d)
        ) : (
          <span>
            {isoToVi(d)}
            <br />
            <span className="member-until">đến {isoToVi(m.endDate)}</span>
          </span>
        ),
    },
  ];
  if (editable) {
    columns.push({
      title: <span className="visually-hidden">Thao tác</span>,
      key: 'actions',
      width: 118,
      render: (_v, m) => (
        <Space size={2}>
          {/* Someone whose last day is set already can only be moved in the list. */}
          <IconAction
            tip="Đổi chức danh"
            label={`Đổi chức danh ${m.fullName}`}
            icon={<SwapOutlined />}
            disabled={m.endDate !== null}
            onClick={() => onChange({ kind: 'role', member: m })}
          />
          <IconAction
            tip="Thôi tham gia"
            label={`Thôi tham gia ${m.fullName}`}
            icon={<UserDeleteOutlined />}
            disabled={m.endDate !== null}
            onClick={() => onChange({ kind: 'end', member: m })}
          />
          <IconAction
            tip="Lên trên"
            label={`Đưa ${m.fullName} lên trên`}
            icon={<ArrowUpOutlined />}
            disabled={busy || move(m, -1) === null}
            onClick={() => {
              const ids = move(m, -1);
              if (ids !== null) onReorder(ids);
            }}
          />
          <IconAction
            tip="Xuống dưới"
            label={`Đưa ${m.fullName} xuống dưới`}
            icon={<ArrowDownOutlined />}
            disabled={busy || move(m, 1) === null}
            onClick={() => {
              const ids = move(m, 1);
              if (ids !== null) onReorder(ids);
            }}
          />
        </Space>
      ),
    });
  }
  return (
    <Table<Member>
      rowKey="membershipId"
      size="small"
      bordered
      className="members-table"
      columns={columns}
      dataSource={members}
      pagination={false}
      locale={{ emptyText: empty }}
    />
  );
}
