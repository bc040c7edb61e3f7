/**
 * "Báo cáo": the periodic report. Pick the period, see its figures and warnings before writing
 * anything, type sections II–IV (last period's offered as a start), then "Lập báo cáo" registers
 * the draft and opens it in the documents' own view (preview, copy for signing, issue, scan,
 * .xlsx). The period and the open report live in the address (`#/bao-cao?period=2026-03&id=…`).
 */
import { useQueryClient } from '@tanstack/react-query';
import { Card, Skeleton, Space, Typography } from 'antd';
import { useCallback } from 'react';
import type { Profile } from '../../../../shared/contract/types';
import { defaultPeriodConvention, periodContaining, type Period } from '../../../../shared/domain/periods';
import { todayIso } from '../../../../shared/vi/dates';
import { api } from '../../api';
import { useSettings } from '../../app/queries';
import { navigateTo, useRouteParam } from '../../app/router';
import { LoadError } from '../../components/LoadError';
import { documentKeys } from '../documents/document-queries';
import { DocumentDrawer } from '../documents/DocumentDrawer';
import { periodFromParam, reportKinds } from '../progress/period-choice';
import { PeriodSelector } from '../progress/PeriodSelector';
import { ReportFiguresView } from './ReportFiguresView';
import { useLastReportTexts, useReportData, useReports } from './report-queries';
import { communeSigners, ReportSectionsForm } from './ReportSectionsForm';
import { ReportsList } from './ReportsList';
import { ExistingReportAlert } from './ExistingReportAlert';
import '../documents/documents.css';
import '../progress/progress.css';
import './reports.css';

const emptyTexts = { difficulties: '', proposals: '', nextTasks: '' };

function Compose({ period, profile }: { period: Period; profile: Profile }) {
  const queryClient = useQueryClient();
  const figures = useReportData(period.code);
  const last = useLastReportTexts(period.code);
  const reports = useReports();
  // Last period's sections read again after a report changed: the form waits for them, since it
  // takes its values once.
  const lastLoading = last.isPending || (last.isFetching && last.isStale);
  const existing = (reports.data ?? []).find(
    (r) => r.period === period.code && r.document.status !== 'cancelled',
  );

  if (figures.isError) {
    return (
      <LoadError
        title="Không đọc được số liệu"
        error={figures.error}
        onRetry={() => void figures.refetch()}
      />
    );
  }
  const data = figures.data;
  return (
    <Space orientation="vertical" size="large" className="report-compose">
      <Card
        title={<h3 className="card-heading">Số liệu {data?.period.label ?? ''}</h3>}
        extra={data !== undefined && <span className="doc-muted">{data.period.rangeText}</span>}
      >
        {data === undefined || data.period.code !== period.code ? (
          <Skeleton active />
        ) : (
          <ReportFiguresView figures={data} />
        )}
      </Card>
      <Card title={<h3 className="card-heading">Nội dung báo cáo</h3>}>
        {reports.isPending || lastLoading ? (
          <Skeleton active />
        ) : existing !== undefined ? (
          <ExistingReportAlert
            report={existing}
            noun="báo cáo"
            testId="report-existing"
            onOpen={() => navigateTo('bao-cao', { period: period.code, id: existing.document.id })}
          />
        ) : (
          <>
            {last.data !== null && last.data !== undefined && (
              <Typography.Paragraph type="secondary" data-testid="report-last-texts">
                Nội dung dưới đây lấy từ báo cáo kỳ trước để bắt đầu; hãy sửa cho đúng kỳ này.
              </Typography.Paragraph>
            )}
            <ReportSectionsForm
              key={period.code}
              signers={communeSigners(profile)}
              initial={last.data ?? emptyTexts}
              signer={null}
              submitLabel="Lập báo cáo"
              onSubmit={async (texts, signer) => {
                const made = await api.createReport({ period: period.code, texts, signer });
                queryClient.setQueryData(documentKeys.document(made.document.id), made.document);
                await queryClient.invalidateQueries({ queryKey: documentKeys.register });
                navigateTo('bao-cao', { period: period.code, id: made.document.id });
              }}
            />
          </>
        )}
      </Card>
    </Space>
  );
}

export function ReportsScreen({ profile }: { profile: Profile }) {
  const settings = useSettings();
  const convention = settings.data?.reportingPeriods ?? defaultPeriodConvention;
  const today = todayIso();
  const fromAddress = periodFromParam(useRouteParam('period'), reportKinds);
  const period: Period | null =
    fromAddress ?? (settings.isPending ? null : periodContaining(today, 'month', convention));
  const openId = useRouteParam('id');
  const reports = useReports();
  const choose = useCallback((p: Period) => navigateTo('bao-cao', { period: p.code }), []);
  const params: Record<string, string> = period === null ? {} : { period: period.code };

  return (
    <div className="reports-screen">
      <Card className="reports-card">
        <Typography.Title level={2} className="reports-title">
          Báo cáo định kỳ
        </Typography.Title>
        {period === null ? (
          <Skeleton active />
        ) : (
          <>
            <div className="reports-toolbar">
              <PeriodSelector
                period={period}
                today={today}
                convention={convention}
                kinds={reportKinds}
                onChange={choose}
              />
            </div>
            <Compose period={period} profile={profile} />
          </>
        )}
      </Card>
      <Card title={<h3 className="card-heading">Báo cáo đã lập</h3>} className="reports-card">
        {reports.isError ? (
          <LoadError
            title="Không đọc được danh sách báo cáo"
            error={reports.error}
            onRetry={() => void reports.refetch()}
          />
        ) : (
          <ReportsList
            reports={reports.data ?? []}
            loading={reports.isPending}
            onOpen={(id) => navigateTo('bao-cao', { ...params, id })}
          />
        )}
      </Card>
      <DocumentDrawer id={openId} profile={profile} onClose={() => navigateTo('bao-cao', params)} />
    </div>
  );
}
