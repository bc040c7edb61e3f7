/** One activity in full: every field, results with their units, the members by name; edit and delete from here. */
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Popconfirm, Space } from 'antd';
import type { Activity, Catalog } from '../../../../shared/contract/monthly-types';
import type { Person } from '../../../../shared/contract/types';
import { activityKindLabels } from '../../../../shared/domain/activities';
import { isoToVi } from '../../../../shared/vi/dates';
import { formatCount } from '../../../../shared/vi/numbers';
import { formatDateTime } from '../../components/format';
import { platformsText, type CatalogNames } from './activity-text';

interface Props {
  activity: Activity | null;
  names: CatalogNames;
  catalog: Catalog | undefined;
  people: readonly Person[];
  onClose: () => void;
  onEdit: (activity: Activity) => void;
  onDelete: (activity: Activity) => Promise<unknown>;
}

export function ActivityDrawer({ activity, names, catalog, people, onClose, onEdit, onDelete }: Props) {
  const a = activity;
  const unitOf = (code: string) => catalog?.indicators.find((i) => i.code === code)?.unit ?? '';
  const nameOf = (id: string) => people.find((p) => p.id === id)?.fullName ?? 'Người đã lưu trữ hoặc đã xóa';
  const count = (n: number | null) => (n === null ? '' : formatCount(n));

  return (
    <Drawer
      open={a !== null}
      onClose={onClose}
      size={600}
      title={a === null ? 'Hoạt động' : `${activityKindLabels[a.kind]} ngày ${isoToVi(a.date)}`}
      destroyOnHidden
      extra={
        a !== null && (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => onEdit(a)}>
              Sửa
            </Button>
            <Popconfirm
              title="Xóa hoạt động này?"
              okText="Xóa"
              okButtonProps={{ danger: true }}
              cancelText="Không"
              onConfirm={async () => {
                await onDelete(a);
                onClose();
              }}
            >
              <Button danger icon={<DeleteOutlined />}>
                Xóa
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {a !== null && (
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 200 } }}
          items={[
            { key: 'date', label: 'Ngày', children: isoToVi(a.date) },
            { key: 'team', label: 'Tổ', children: a.teamName },
            { key: 'village', label: 'Thôn, tổ dân phố', children: a.villageName ?? '' },
            { key: 'kind', label: 'Hình thức', children: activityKindLabels[a.kind] },
            { key: 'platforms', label: 'Nền tảng', children: platformsText(a.platforms, names) },
            { key: 'place', label: 'Địa điểm', children: a.place ?? '' },
            { key: 'people', label: 'Số người được tiếp cận', children: count(a.peopleReached) },
            { key: 'households', label: 'Số hộ được tiếp cận', children: count(a.householdsReached) },
            {
              key: 'results',
              label: 'Kết quả theo chỉ tiêu',
              children: (
                <ul className="drawer-list">
                  {a.results.map((r) => (
                    <li key={r.indicator}>
                      {names.indicators.get(r.indicator) ?? r.indicator}: {formatCount(r.value)}{' '}
                      {unitOf(r.indicator)}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              key: 'members',
              label: 'Thành viên tham gia',
              children: a.memberIds.map(nameOf).join(', '),
            },
            { key: 'note', label: 'Ghi chú', children: a.note ?? '' },
            { key: 'updated', label: 'Sửa lần cuối', children: formatDateTime(a.updatedAt) },
          ]}
        />
      )}
    </Drawer>
  );
}
