/**
 * The activities, newest first (the backend's order), in a virtual table: only the rows on screen
 * are in the page, even with ten thousand activities.
 */
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import { memo } from 'react';
import type { Activity } from '../../../../shared/contract/monthly-types';
import { activityKindLabels } from '../../../../shared/domain/activities';
import { isoToVi } from '../../../../shared/vi/dates';
import { formatCount } from '../../../../shared/vi/numbers';
import { platformsText, resultsText, teamPlace, type CatalogNames } from './activity-text';

interface Props {
  activities: Activity[];
  names: CatalogNames;
  loading: boolean;
  /** Height of the scrolling body, in px (a virtual table needs a number). */
  height: number;
  /** A click on a row: the activity in full. */
  onOpen: (activity: Activity) => void;
  onEdit: (activity: Activity) => void;
  onDelete: (activity: Activity) => Promise<unknown>;
  /** Some filter is set (the empty list then says so). */
  filtered: boolean;
}

const count = (n: number | null) => (n === null ? '' : formatCount(n));

/** What a row's buttons say to a screen reader: "hoạt động Hướng dẫn ngày 04/05/2026 của Tổ …". */
function rowName(a: Activity): string {
  return `hoạt động ${activityKindLabels[a.kind]} ngày ${isoToVi(a.date)} của ${a.teamName}`;
}

/** Memoised: while a new filter loads, the rows shown (the same array) are not drawn again. */
export const ActivityTable = memo(function ActivityTable({
  activities,
  names,
  loading,
  height,
  onOpen,
  onEdit,
  onDelete,
  filtered,
}: Props) {
  const columns: TableColumnsType<Activity> = [
    {
      title: 'Ngày',
      dataIndex: 'date',
      width: 96,
      // The date is the row's keyboard way to its detail (a click anywhere on the row does the same).
      render: (date: string, a) => (
        <Button
          type="link"
          size="small"
          className="activity-open"
          aria-label={`Xem chi tiết ${rowName(a)}`}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(a);
          }}
        >
          {isoToVi(date)}
        </Button>
      ),
    },
    {
      title: 'Tổ',
      dataIndex: 'teamName',
      width: 150,
      ellipsis: { showTitle: false },
      render: (name: string) => <span title={name}>{teamPlace(name)}</span>,
    },
    {
      title: 'Hình thức',
      dataIndex: 'kind',
      width: 112,
      render: (kind: Activity['kind']) => activityKindLabels[kind],
    },
    {
      title: 'Nền tảng',
      dataIndex: 'platforms',
      width: 140,
      ellipsis: { showTitle: true },
      render: (codes: string[]) => platformsText(codes, names),
    },
    { title: 'Địa điểm', dataIndex: 'place', width: 116, ellipsis: { showTitle: true } },
    { title: 'Số người', dataIndex: 'peopleReached', width: 86, align: 'right', render: count },
    { title: 'Số hộ', dataIndex: 'householdsReached', width: 64, align: 'right', render: count },
    {
      title: 'Kết quả',
      dataIndex: 'results',
      ellipsis: { showTitle: true },
      render: (results: Activity['results']) => resultsText(results, names),
    },
    {
      title: <abbr title="Số thành viên tham gia">TV</abbr>,
      key: 'members',
      width: 48,
      align: 'right',
      render: (_value, a) => (a.memberIds.length === 0 ? '' : a.memberIds.length),
    },
    {
      title: <span className="visually-hidden">Thao tác</span>,
      key: 'actions',
      width: 84,
      align: 'center',
      render: (_value, a) => (
        // A click here (or in the question it opens, a portal) is not a click on the row.
        <Space size={4} onClick={(event) => event.stopPropagation()}>
          <Tooltip title="Sửa">
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={`Sửa ${rowName(a)}`}
              onClick={() => onEdit(a)}
            />
          </Tooltip>
          <Popconfirm
            title="Xóa hoạt động này?"
            description={`${activityKindLabels[a.kind]}, ${isoToVi(a.date)}, ${a.teamName}`}
            okText="Xóa"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => onDelete(a)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa ${rowName(a)}`} />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<Activity>
      virtual
      rowKey="id"
      size="small"
      bordered
      className="activity-table"
      columns={columns}
      dataSource={activities}
      loading={loading}
      pagination={false}
      scroll={{ y: height }}
      onRow={(a) => ({ onClick: () => onOpen(a) })}
      locale={{
        emptyText: loading ? (
          <span />
        ) : filtered ? (
          <Empty description="Không có hoạt động nào khớp với bộ lọc. Bấm “Bỏ lọc” để xem tất cả." />
        ) : (
          <Empty description="Chưa ghi hoạt động nào. Bấm “Ghi hoạt động” (Alt+N) hoặc “Nhập từ Excel” để bắt đầu." />
        ),
      }}
    />
  );
});
