/** `audit list`: the audit log (nhật ký thao tác), newest first, for a range of days. */
import { isoToVi } from '../../../shared/vi/dates';
import { timestampToVi } from '../../../shared/vi/backups';
import { auditOperationLabel } from '../../../shared/contract/audit-operations';
import { auditEntityLabel } from '../../../shared/contract/audit-schemas';
import { defineCommand } from '../args';
import { dateProblem } from '../checks';
import { formatNumber, table } from '../output';

function rangeText(from: string | undefined, to: string | undefined): string {
  if (from !== undefined && to !== undefined) return ` từ ${isoToVi(from)} đến ${isoToVi(to)}`;
  if (from !== undefined) return ` từ ${isoToVi(from)}`;
  if (to !== undefined) return ` đến ${isoToVi(to)}`;
  return '';
}

export const auditListCommand = defineCommand({
  words: ['audit', 'list'],
  summary: 'Nhật ký thao tác: mọi lần ghi dữ liệu (thời gian, thao tác, đối tượng, nội dung), mới nhất trước',
  details: [
    'Mỗi lần ghi qua ứng dụng, dòng lệnh hay bản xem trên web để lại một dòng, trong cùng giao dịch với',
    'việc ghi; đọc, chạy thử, thao tác bị từ chối không để lại gì. Nhật ký chỉ ghi thêm, không sửa, xóa được.',
    '--from, --to là ngày theo giờ máy, tính cả hai đầu; tối đa 5.000 dòng mới nhất.',
    'JSON: một mảng [{id, at, operation, operationLabel, entity, entityLabel, entityId, summary,',
    'appVersion}]; at là giờ UTC (ISO 8601), operation là tên thao tác của ứng dụng, entity xem bảng mã.',
  ],
  examples: [
    'audit list',
    'audit list --from 2026-12-01 --to 2026-12-31',
    'audit list --from 2026-12-01 --json',
  ],
  options: {
    from: { type: 'string', value: 'YYYY-MM-DD', help: 'Từ ngày', check: dateProblem },
    to: { type: 'string', value: 'YYYY-MM-DD', help: 'Đến ngày', check: dateProblem },
  },
  async run({ api, out }, values) {
    const entries = await api.listAuditLog({
      ...(values.from === undefined ? {} : { from: values.from }),
      ...(values.to === undefined ? {} : { to: values.to }),
    });
    const heading = `Nhật ký thao tác${rangeText(values.from, values.to)}`;
    out.result(
      entries.map((e) => ({
        ...e,
        operationLabel: auditOperationLabel(e.operation),
        entityLabel: auditEntityLabel(e.entity),
      })),
      () =>
        entries.length === 0
          ? `${heading}: chưa có thao tác ghi nào.`
          : [
              heading,
              '',
              table(entries, [
                { header: 'Thời gian', value: (e) => timestampToVi(e.at) },
                { header: 'Thao tác', value: (e) => auditOperationLabel(e.operation) },
                { header: 'Đối tượng', value: (e) => auditEntityLabel(e.entity) },
                { header: 'Nội dung', value: (e) => e.summary },
              ]),
              '',
              `Tổng cộng: ${formatNumber(entries.length)} thao tác.`,
            ].join('\n'),
    );
  },
});
