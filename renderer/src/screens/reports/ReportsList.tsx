/** The reports of the register by period, the latest first; each opens in the document view. */
import { Button, Empty, Table, Tag } from 'antd';
import type { ReportListItem } from '../../../../shared/contract/report-types';
import { dateVi, statusColors, statusLabels } from '../documents/document-text';

interface Props {
  reports: ReportListItem[];
  loading: boolean;
  onOpen: (id: string) => void;
}

export function ReportsList({ reports, loading, onOpen }: Props) {
  return (
    <Table<ReportListItem>
      size="small"
      rowKey={(r) => r.document.id}
      loading={loading}
      pagination={false}
      data-testid="reports-list"
      locale={{
        emptyText: <Empty description="Chưa có báo cáo nào. Chọn kỳ, xem số liệu rồi bấm “Lập báo cáo”." />,
      }}
      dataSource={reports}
      columns={[
        { key: 'period', title: 'Kỳ báo cáo', render: (_, r) => r.periodLabel },
        {
          key: 'number',
          title: 'Số, ký hiệu',
          render: (_, r) => r.document.numberText ?? <span className="doc-muted">Chưa cấp số</span>,
        },
        { key: 'date', title: 'Ngày ban hành', render: (_, r) => dateVi(r.document.date) },
        {
          key: 'status',
          title: 'Trạng thái',
          render: (_, r) => (
            <Tag color={statusColors[r.document.status]}>{statusLabels[r.document.status]}</Tag>
          ),
        },
        {
          key: 'open',
          title: 'Thao tác',
          render: (_, r) => (
            <Button
              size="small"
              onClick={() => onOpen(r.document.id)}
              aria-label={`Mở báo cáo ${r.periodLabel}`}
            >
              Mở
            </Button>
          ),
        },
      ]}
    />
  );
}
