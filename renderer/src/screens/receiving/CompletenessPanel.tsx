/** The communes × months matrix of a year, the communes to call, and its workbook. */
import { FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, InputNumber, List, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type {
  CompletenessCell,
  CompletenessRow,
  CompletenessStatus,
} from '../../../../shared/contract/receiving-types';
import { parsePeriod, periodLabel, shortPeriodMark } from '../../../../shared/domain/periods';
import { isoToVi } from '../../../../shared/vi/dates';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { LoadError } from '../../components/LoadError';
import { saveDownload } from '../../components/files/save-download';
import { useCompleteness } from './receiving-queries';

const statusView: Record<CompletenessStatus, { text: string; color: string }> = {
  received: { text: 'Nhận', color: 'green' },
  late: { text: 'Muộn', color: 'orange' },
  missing: { text: 'Chưa', color: 'red' },
  not_due: { text: '—', color: 'default' },
};

/** The periods whose bundle a month's data came in, as the tooltip names them ("Quý I/2026"). */
function coverText(code: string): string {
  const parsed = parsePeriod(code);
  return parsed.ok ? periodLabel(parsed.period) : code;
}

function CellTag({ cell }: { cell: CompletenessCell }) {
  const view = statusView[cell.status];
  const within = cell.coveredBy === null ? '' : `trong gói ${coverText(cell.coveredBy)}, `;
  const when =
    cell.firstReceivedAt === null ? '' : `${within}nhận ${isoToVi(cell.firstReceivedAt.slice(0, 10))}; `;
  const replaced = cell.replacements > 0 ? `; đã thay ${cell.replacements} lần` : '';
  return (
    <Tooltip title={`${when}hạn ${isoToVi(cell.deadline)}${replaced}`}>
      <Tag color={view.color} data-covered-by={cell.coveredBy ?? undefined}>
        {cell.coveredBy === null ? view.text : shortPeriodMark(cell.coveredBy)}
        {cell.replacements > 0 ? ' *' : ''}
      </Tag>
    </Tooltip>
  );
}

export function CompletenessPanel() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const data = useCompleteness(year);
  const { modal } = App.useApp();
  const download = useMutation({
    mutationFn: () => api.completenessWorkbook({ year }),
    onSuccess: saveDownload,
    onError: (error) =>
      modal.error({ title: 'Không xuất được tệp Excel', content: toShownError(error).message }),
  });
  if (data.isError)
    return (
      <LoadError
        title="Không đọc được bảng theo dõi"
        error={data.error}
        onRetry={() => void data.refetch()}
      />
    );
  const columns = [
    { title: 'Xã, phường', dataIndex: 'communeName', key: 'name', width: 190 },
    ...Array.from({ length: 12 }, (_, i) => ({
      title: `T${i + 1}`,
      key: `m${i + 1}`,
      width: 70,
      render: (_: unknown, row: CompletenessRow) => {
        const cell = row.cells[i];
        return cell ? <CellTag cell={cell} /> : null;
      },
    })),
    { title: 'Đã nhận', dataIndex: 'received', key: 'received', width: 80, align: 'right' as const },
    { title: 'Chưa nhận', dataIndex: 'missing', key: 'missing', width: 90, align: 'right' as const },
  ];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <span>Năm</span>
        <InputNumber
          aria-label="Năm"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => {
            if (typeof v === 'number') setYear(v);
          }}
        />
        <Button icon={<FileExcelOutlined />} loading={download.isPending} onClick={() => download.mutate()}>
          Xuất Excel
        </Button>
        {data.data ? (
          <Typography.Text type="secondary">
            Nhận: đã nhận đúng hạn; Muộn: nhận sau ngày {data.data.deadlineDay} tháng sau; Chưa: quá hạn chưa
            nhận; —: chưa đến hạn; *: đã thay bằng gói mới hơn; Q1, 6T1, 9T, Năm: tháng có trong gói quý, 6
            tháng, 9 tháng, năm (xanh: đúng hạn của tháng, cam: muộn).
          </Typography.Text>
        ) : null}
      </Space>
      <Table<CompletenessRow>
        rowKey="communeCode"
        size="small"
        loading={data.isPending}
        dataSource={data.data?.rows ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: 'Chưa có xã nào trong danh sách xã gửi báo cáo.' }}
      />
      <div>
        <Typography.Title level={4}>Xã cần nhắc</Typography.Title>
        <List
          bordered
          dataSource={data.data?.toCall ?? []}
          locale={{ emptyText: 'Không có xã nào chậm gửi.' }}
          renderItem={(c) => (
            <List.Item>
              <span>
                <strong>{c.communeName}</strong> ({c.communeCode}): tháng {c.months.join(', ')}
              </span>
              <span>{c.contact ?? 'chưa có liên hệ'}</span>
            </List.Item>
          )}
        />
      </div>
    </Space>
  );
}
