/** The villages in Vietnamese order ("Thôn 2" before "Thôn 10"), with totals and row actions. */
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import type { Village } from '../../../../shared/contract/types';
import { villageKindLabels } from '../../../../shared/domain/villages';
import { compareVi } from '../../../../shared/vi/text';
import { formatCount } from '../../components/format';
import { removeQuestion, summarize } from './village-text';

interface Props {
  villages: Village[];
  loading: boolean;
  onEdit: (village: Village) => void;
  onRemove: (village: Village) => Promise<unknown>;
  /** Shown when there is no village at all (not when a search finds none). */
  empty: React.ReactNode;
}

export function VillagesTable({ villages, loading, onEdit, onRemove, empty }: Props) {
  const columns: TableColumnsType<Village> = [
    {
      title: 'STT',
      key: 'index',
      width: 64,
      align: 'center',
      render: (_value, _village, index) => index + 1,
    },
    {
      title: 'Tên',
      dataIndex: 'name',
      sorter: (a, b) => compareVi(a.name, b.name),
      showSorterTooltip: false,
    },
    {
      title: 'Loại',
      dataIndex: 'kind',
      width: 150,
      render: (kind: Village['kind']) => villageKindLabels[kind],
      sorter: (a, b) => compareVi(villageKindLabels[a.kind], villageKindLabels[b.kind]),
      showSorterTooltip: false,
    },
    {
      title: 'Số hộ',
      dataIndex: 'households',
      width: 130,
      align: 'right',
      render: (households: number) => formatCount(households),
      sorter: (a, b) => a.households - b.households,
      showSorterTooltip: false,
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 190,
      render: (_value, village) => (
        <Space size="small">
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={`Sửa ${village.name}`}
            onClick={() => onEdit(village)}
          >
            Sửa
          </Button>
          <Popconfirm
            title={removeQuestion(village)}
            description="Đơn vị bị xóa sẽ không còn trong danh sách."
            okText="Xóa"
            okButtonProps={{ danger: true }}
            cancelText="Hủy"
            onConfirm={() => onRemove(village)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa ${village.name}`}>
              Xóa
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<Village>
      rowKey="id"
      size="middle"
      bordered
      columns={columns}
      dataSource={villages}
      loading={loading}
      pagination={false}
      locale={{ emptyText: empty }}
      summary={(rows) =>
        rows.length === 0 ? null : (
          <Table.Summary.Row className="table-total">
            <Table.Summary.Cell index={0} colSpan={2}>
              Tổng cộng: {formatCount(rows.length)} đơn vị
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2}>{summarize(rows)}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {formatCount(rows.reduce((sum, v) => sum + v.households, 0))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
          </Table.Summary.Row>
        )
      }
    />
  );
}

export function NoVillages() {
  return <Empty description="Chưa có thôn, tổ dân phố nào. Bấm “Thêm thôn, tổ dân phố” để bắt đầu." />;
}
