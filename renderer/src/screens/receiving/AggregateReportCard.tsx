/**
 * The aggregated report of a period as an outgoing document of the receiving unit: sections II–IV
 * and the signer (the unit's head, or a deputy signing for the head) typed here, "Lập báo cáo"
 * drafts it in the unit's register, and the document view (the commune's own) previews it, takes
 * the number and date when issued, and saves the .docx and .xlsx from the issued record. The
 * figures' .xlsx of the period can be taken at any time without a report.
 */
import { FileExcelOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { ReceivingProfile } from '../../../../shared/contract/receiving-types';
import { periodLabel, type Period } from '../../../../shared/domain/periods';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { LoadError } from '../../components/LoadError';
import { saveDownload } from '../../components/files/save-download';
import { documentKeys } from '../documents/document-queries';
import { DocumentDrawer } from '../documents/DocumentDrawer';
import { useLastReportTexts, useReports } from '../reports/report-queries';
import { ReportSectionsForm, type Signers } from '../reports/ReportSectionsForm';
import { ReportsList } from '../reports/ReportsList';
import { ExistingReportAlert } from '../reports/ExistingReportAlert';
import '../documents/documents.css';

const emptyTexts = { difficulties: '', proposals: '', nextTasks: '' };

export function AggregateReportCard({ period, profile }: { period: Period; profile: ReceivingProfile }) {
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const reports = useReports();
  const last = useLastReportTexts(period.code);
  const [openId, setOpenId] = useState<string | null>(null);
  const signers: Signers = { head: profile.head, deputies: profile.deputies };
  const existing = (reports.data ?? []).find(
    (r) => r.period === period.code && r.document.status !== 'cancelled',
  );
  const figures = useMutation({
    mutationFn: () => api.aggregateReportFile({ period: period.code, format: 'xlsx' }),
    onSuccess: saveDownload,
    onError: (error) =>
      modal.error({ title: 'Không tải được biểu số liệu', content: toShownError(error).message }),
  });
  const lastLoading = last.isPending || (last.isFetching && last.isStale);

  return (
    <>
      <Card
        title={<h3 className="card-heading">Báo cáo tổng hợp {periodLabel(period)}</h3>}
        extra={
          <Button icon={<FileExcelOutlined />} loading={figures.isPending} onClick={() => figures.mutate()}>
            Tải biểu số liệu (.xlsx)
          </Button>
        }
      >
        {reports.isPending || lastLoading ? (
          <Skeleton active />
        ) : existing !== undefined ? (
          <ExistingReportAlert
            report={existing}
            noun="báo cáo tổng hợp"
            testId="aggregate-report-existing"
            onOpen={() => setOpenId(existing.document.id)}
          />
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              Báo cáo được vào sổ văn bản đi của {profile.name}: số và ký hiệu ({profile.symbol}) cấp khi ban
              hành.
              {last.data !== null &&
                last.data !== undefined &&
                ' Nội dung lấy từ báo cáo kỳ trước để bắt đầu.'}
            </Typography.Paragraph>
            <ReportSectionsForm
              key={period.code}
              signers={signers}
              initial={last.data ?? emptyTexts}
              signer={null}
              submitLabel="Lập báo cáo"
              onSubmit={async (texts, signer) => {
                const made = await api.createAggregateReport({ period: period.code, texts, signer });
                queryClient.setQueryData(documentKeys.document(made.id), made);
                await queryClient.invalidateQueries({ queryKey: documentKeys.register });
                setOpenId(made.id);
              }}
            />
          </>
        )}
      </Card>
      <Card title={<h3 className="card-heading">Báo cáo tổng hợp đã lập</h3>}>
        {reports.isError ? (
          <LoadError
            title="Không đọc được danh sách báo cáo"
            error={reports.error}
            onRetry={() => void reports.refetch()}
          />
        ) : (
          <ReportsList reports={reports.data ?? []} loading={reports.isPending} onOpen={setOpenId} />
        )}
      </Card>
      <DocumentDrawer id={openId} profile={null} signers={signers} onClose={() => setOpenId(null)} />
    </>
  );
}
