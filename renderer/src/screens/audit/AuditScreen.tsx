/**
 * "Nhật ký thao tác" (issue 11): every write made through the application, newest first, filtered
 * by a range of days, an operation and an entity; exported to Excel as filtered.
 */
import { FileExcelOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Empty, Select, Table, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { auditedOperationNames, auditOperationLabel } from '../../../../shared/contract/audit-operations';
import {
  auditEntities,
  auditEntityLabel,
  auditEntityLabels,
  type AuditEntity,
  type AuditEntry,
  type AuditQuery,
} from '../../../../shared/contract/audit-schemas';
import { timestampToVi } from '../../../../shared/vi/backups';
import { compareVi } from '../../../../shared/vi/text';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { saveDownload } from '../../components/files/save-download';
import { formatCount } from '../../components/format';
import { dateFormat } from '../../components/forms/DateField';
import { LoadError } from '../../components/LoadError';
import './audit.css';

interface Filters {
  range: [Dayjs, Dayjs] | null;
  operation: string | null;
  entity: AuditEntity | null;
}

const operationOptions = auditedOperationNames
  .map((name) => ({ value: name, label: auditOperationLabel(name) }))
  .sort((a, b) => compareVi(a.label, b.label));
const entityOptions = auditEntities
  .map((entity) => ({ value: entity, label: auditEntityLabels[entity] }))
  .sort((a, b) => compareVi(a.label, b.label));

function queryOf(filters: Filters): NonNullable<AuditQuery> {
  return {
    ...(filters.range === null
      ? {}
      : { from: filters.range[0].format('YYYY-MM-DD'), to: filters.range[1].format('YYYY-MM-DD') }),
    ...(filters.operation === null ? {} : { operation: filters.operation }),
    ...(filters.entity === null ? {} : { entity: filters.entity }),
  };
}

const columns: TableColumnsType<AuditEntry> = [
  { title: 'Thời gian', dataIndex: 'at', width: 150, render: (at: string) => timestampToVi(at) },
  {
    title: 'Thao tác',
    dataIndex: 'operation',
    width: 240,
    render: auditOperationLabel,
  },
  { title: 'Đối tượng', dataIndex: 'entity', width: 170, render: auditEntityLabel },
  { title: 'Nội dung', dataIndex: 'summary' },
];

export function AuditScreen() {
  const { modal } = App.useApp();
  const [filters, setFilters] = useState<Filters>({ range: null, operation: null, entity: null });
  const query = queryOf(filters);
  const log = useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.listAuditLog(query),
    placeholderData: keepPreviousData,
    refetchOnMount: 'always',
  });
  const exportLog = useMutation({
    mutationFn: () => api.exportAuditLog(query),
    onSuccess: saveDownload,
    onError: (error) => {
      modal.error({ title: 'Không xuất được nhật ký', content: toShownError(error).message, okText: 'Đóng' });
    },
  });
  const entries = log.data ?? [];
  const filtered = filters.range !== null || filters.operation !== null || filters.entity !== null;

  return (
    <div className="audit-screen">
      <div className="toolbar audit-toolbar">
        <DatePicker.RangePicker
          aria-label="Khoảng ngày"
          format={dateFormat}
          placeholder={['Từ ngày', 'Đến ngày']}
          value={filters.range}
          onChange={(range) =>
            setFilters((f) => ({
              ...f,
              range: range?.[0] && range[1] ? [range[0], range[1]] : null,
            }))
          }
        />
        <Select
          aria-label="Thao tác"
          className="audit-operation"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Mọi thao tác"
          value={filters.operation ?? undefined}
          options={operationOptions}
          onChange={(operation: string | undefined) =>
            setFilters((f) => ({ ...f, operation: operation ?? null }))
          }
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label="Đối tượng"
          className="audit-entity"
          allowClear
          placeholder="Mọi đối tượng"
          value={filters.entity ?? undefined}
          options={entityOptions}
          onChange={(entity: AuditEntity | undefined) =>
            setFilters((f) => ({ ...f, entity: entity ?? null }))
          }
          popupMatchSelectWidth={false}
        />
        <span className="toolbar-note" data-testid="audit-count" aria-live="polite">
          {log.isPending ? '' : `${formatCount(entries.length)} thao tác`}
        </span>
        <Button
          icon={<FileExcelOutlined />}
          loading={exportLog.isPending}
          disabled={entries.length === 0}
          onClick={() => exportLog.mutate()}
        >
          Xuất Excel
        </Button>
      </div>
      {log.isError ? (
        <LoadError
          title="Không đọc được nhật ký thao tác"
          error={log.error}
          onRetry={() => void log.refetch()}
        />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={entries}
          loading={log.isPending || log.isPlaceholderData}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{
            emptyText: log.isPending ? (
              <span />
            ) : (
              <Empty
                description={
                  filtered ? 'Không có thao tác nào khớp bộ lọc.' : 'Chưa có thao tác ghi dữ liệu nào.'
                }
              />
            ),
          }}
        />
      )}
    </div>
  );
}
