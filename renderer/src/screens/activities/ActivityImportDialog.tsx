/**
 * "Nhập từ Excel" of the activity log: download the template, choose a sheet, ALWAYS see the dry
 * run first (nothing written) with every error and warning by its row, then write all of it or
 * nothing. A sheet with errors cannot be written: fix the file and choose it again. Rows
 * imported before are not added again.
 */
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Modal, Result, Spin, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import type { ActivityImportRow, ActivityImportSummary } from '../../../../shared/contract/monthly-types';
import { activityKindLabels } from '../../../../shared/domain/activities';
import { isoToVi } from '../../../../shared/vi/dates';
import { api } from '../../api';
import { JobProgressModal } from '../../components/jobs/JobProgressModal';
import { useJob } from '../../components/jobs/use-job';
import { toShownError } from '../../app/errors';
import { useRefreshMonthly } from '../../app/monthly-queries';
import { readAsBase64, type ChosenFile } from '../../components/files/read-file';
import { saveDownload } from '../../components/files/save-download';
import { formatCount } from '../../components/format';
import { ImportProblems, spreadsheetAccept } from '../../components/import/ImportProblems';
import { SpreadsheetDropzone } from '../../components/import/SpreadsheetDropzone';

type Stage =
  | { kind: 'choose' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'preview'; file: ChosenFile; summary: ActivityImportSummary }
  | { kind: 'applied'; summary: ActivityImportSummary };

function Numbers({ summary }: { summary: ActivityImportSummary }) {
  const future = !summary.applied;
  return (
    <Descriptions
      bordered
      size="small"
      column={3}
      data-testid="activity-import-numbers"
      items={[
        { key: 'rows', label: 'Dòng hoạt động đọc được', children: formatCount(summary.rowsRead) },
        {
          key: 'added',
          label: !future
            ? 'Hoạt động đã thêm'
            : summary.errors.length > 0
              ? 'Dòng không lỗi (chưa ghi)'
              : 'Hoạt động sẽ thêm',
          children: formatCount(summary.added),
        },
        {
          key: 'before',
          label: 'Dòng đã nhập trước đây',
          children: formatCount(summary.importedBefore),
        },
      ]}
    />
  );
}

/** The rows the import understood, with the indicator columns named as the sheet names them. */
function Rows({ summary }: { summary: ActivityImportSummary }) {
  const headers = new Map(summary.columns.map((c) => [c.indicator, c.header]));
  if (summary.rows.length === 0) return null;
  return (
    <Table<ActivityImportRow>
      virtual
      size="small"
      bordered
      className="activity-import-rows"
      pagination={false}
      rowKey="row"
      dataSource={summary.rows}
      scroll={{ y: 220 }}
      title={() => 'Các hoạt động đọc được'}
      columns={[
        { title: 'Dòng', dataIndex: 'row', width: 64, align: 'center' },
        { title: 'Ngày', dataIndex: 'date', width: 104, render: (date: string) => isoToVi(date) },
        { title: 'Tổ', dataIndex: 'teamName', width: 210 },
        {
          title: 'Hình thức',
          dataIndex: 'kind',
          width: 130,
          render: (kind: ActivityImportRow['kind']) => activityKindLabels[kind],
        },
        {
          title: 'Kết quả',
          key: 'results',
          render: (_: unknown, r) =>
            r.results
              .map((x) => `${headers.get(x.indicator) ?? x.indicator}: ${formatCount(x.value)}`)
              .join('; '),
        },
        {
          title: 'Trạng thái',
          key: 'state',
          width: 130,
          render: (_: unknown, r) =>
            r.importedBefore ? <Tag>Đã nhập trước đây</Tag> : <Tag color="blue">Mới</Tag>,
        },
      ]}
    />
  );
}

export function ActivityImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useRefreshMonthly();
  const { message } = App.useApp();

  const dryRun = useMutation({ mutationFn: (file: ChosenFile) => api.dryRunActivityImport(file) });
  // Written as a job: a progress window with "Hủy" while the activities go in.
  const job = useJob();
  const apply = useMutation({
    mutationFn: (file: ChosenFile) => job.run('applyActivityImport', file),
    onSuccess: (summary) => {
      if (summary.applied) void refresh();
    },
  });
  const template = useMutation({
    mutationFn: () => api.activityImportTemplate(),
    onSuccess: saveDownload,
    onError: (error) => setProblem(toShownError(error).message),
  });

  const close = () => {
    setStage({ kind: 'choose' });
    setProblem(null);
    onClose();
  };

  /** Reads the chosen file and runs the dry run; never uploads anywhere else. */
  const choose = (file: File): false => {
    setProblem(null);
    setStage({ kind: 'checking', fileName: file.name });
    void (async () => {
      try {
        const chosen = await readAsBase64(file);
        const summary = await dryRun.mutateAsync(chosen);
        setStage({ kind: 'preview', file: chosen, summary });
      } catch (error) {
        setStage({ kind: 'choose' });
        setProblem(toShownError(error).message);
      }
    })();
    return false;
  };

  const write = async () => {
    if (stage.kind !== 'preview') return;
    setProblem(null);
    try {
      const summary = await apply.mutateAsync(stage.file);
      if (summary.applied) {
        setStage({ kind: 'applied', summary });
        void message.success(`Đã nhập ${formatCount(summary.added)} hoạt động.`);
      } else {
        // The register changed since the dry run: show what stands in the way now.
        setStage({ ...stage, summary });
      }
    } catch (error) {
      const shown = toShownError(error);
      // Cancelled by the officer: the dry run stays on screen, nothing was written.
      if (shown.code === 'cancelled') void message.info(shown.message);
      else setProblem(shown.message);
    }
  };

  const summary = stage.kind === 'preview' ? stage.summary : null;
  const hasErrors = summary !== null && summary.errors.length > 0;
  const canWrite = summary !== null && !hasErrors && summary.added > 0;

  return (
    <Modal
      open={open}
      width={980}
      style={{ top: 24 }}
      title="Nhập hoạt động từ Excel"
      onCancel={close}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        stage.kind === 'applied'
          ? [
              <Button key="done" type="primary" onClick={close}>
                Xong
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                Hủy
              </Button>,
              ...(canWrite
                ? [
                    <Button key="apply" type="primary" loading={apply.isPending} onClick={() => void write()}>
                      Nhập {formatCount(summary.added)} hoạt động
                    </Button>,
                  ]
                : []),
            ]
      }
    >
      <JobProgressModal job={job} />
      <div className="stack">
        {stage.kind === 'choose' && (
          <>
            <SpreadsheetDropzone onChoose={choose}>
              Mỗi hoạt động một dòng, có dòng tiêu đề với cột “Ngày” và “Tổ”, mỗi chỉ tiêu một cột mang tên
              chỉ tiêu. Trước khi ghi, ứng dụng luôn chạy thử và cho xem sẽ thêm những gì.
            </SpreadsheetDropzone>
            <div>
              Chưa có bảng?{' '}
              <Button
                icon={<DownloadOutlined />}
                loading={template.isPending}
                onClick={() => template.mutate()}
              >
                Tải tệp mẫu
              </Button>
            </div>
          </>
        )}
        {stage.kind === 'checking' && (
          <div className="import-checking" role="status">
            <Spin />
            <span>Đang đọc và chạy thử tệp «{stage.fileName}»…</span>
          </div>
        )}
        {summary !== null && (
          <>
            <div className="import-file-line">
              <span>
                Tệp: <strong>{summary.fileName}</strong> — bản chạy thử, chưa ghi gì.
              </span>
              <Upload accept={spreadsheetAccept} beforeUpload={choose} showUploadList={false} maxCount={1}>
                <Button icon={<FileExcelOutlined />}>Chọn tệp khác…</Button>
              </Upload>
            </div>
            {hasErrors ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={`Có ${formatCount(summary.errors.length)} lỗi: chưa có gì được ghi`}
                description="Sửa các dòng, cột có lỗi (màu đỏ) trong tệp Excel, lưu lại, rồi bấm “Chọn tệp khác…”."
              />
            ) : summary.added === 0 ? (
              <Alert
                type="warning"
                showIcon
                title={
                  summary.importedBefore > 0
                    ? `Không có gì mới: ${formatCount(summary.importedBefore)} dòng đã nhập trước đây.`
                    : 'Tệp không có hoạt động nào để nhập.'
                }
              />
            ) : (
              <Alert
                type="info"
                showIcon
                title={`Kiểm tra rồi bấm “Nhập ${formatCount(summary.added)} hoạt động”: ghi tất cả hoặc không ghi gì.`}
              />
            )}
            <Numbers summary={summary} />
            <ImportProblems errors={summary.errors} warnings={summary.warnings} />
            <Rows summary={summary} />
          </>
        )}
        {stage.kind === 'applied' && (
          <>
            <Result
              status="success"
              className="import-done"
              title={`Đã nhập ${formatCount(stage.summary.added)} hoạt động`}
              subTitle={
                stage.summary.importedBefore > 0
                  ? `Tệp «${stage.summary.fileName}»: ${formatCount(stage.summary.importedBefore)} dòng đã nhập trước đây, không nhập lại.`
                  : `Tệp «${stage.summary.fileName}».`
              }
            />
            <ImportProblems errors={stage.summary.errors} warnings={stage.summary.warnings} />
          </>
        )}
        {problem !== null && <Alert type="error" showIcon role="alert" title={problem} />}
      </div>
    </Modal>
  );
}
