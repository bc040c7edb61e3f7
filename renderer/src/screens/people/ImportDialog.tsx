/**
 * "Nhập từ Excel": choose a sheet, ALWAYS see the dry run first (nothing written), then write
 * all of it or nothing. A sheet with errors cannot be written: fix the file and choose it again.
 * A row that looks like someone already there but differs waits for the officer's choice; a
 * sheet without a start date waits for one typed. Each choice re-runs the dry run, so what is
 * shown is what will be written.
 */
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Modal, Result, Spin, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ImportConflictAction } from '../../../../shared/contract/schemas';
import type { ImportSummary } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshRegister } from '../../app/register-queries';
import { readAsBase64, type ChosenFile } from '../../components/files/read-file';
import { saveDownload } from '../../components/files/save-download';
import { formatCount } from '../../components/format';
import { spreadsheetAccept } from '../../components/import/ImportProblems';
import { SpreadsheetDropzone } from '../../components/import/SpreadsheetDropzone';
import { ImportReport } from './ImportReport';
import { DateField } from '../../components/forms/DateField';
import { JobProgressModal } from '../../components/jobs/JobProgressModal';
import { useJob } from '../../components/jobs/use-job';

type Choices = Partial<Record<number, ImportConflictAction>>;

interface Preview {
  kind: 'preview';
  file: ChosenFile;
  summary: ImportSummary;
  choices: Choices;
  startDate: Dayjs | null;
}

type Stage =
  | { kind: 'choose' }
  | { kind: 'checking'; fileName: string }
  | Preview
  | { kind: 'applied'; summary: ImportSummary };

/** The request: the file plus the officer's start date and choices. */
function request(p: Pick<Preview, 'file' | 'choices' | 'startDate'>) {
  return {
    ...p.file,
    startDate: p.startDate === null ? null : p.startDate.format('YYYY-MM-DD'),
    decisions: Object.entries(p.choices).flatMap(([row, action]) =>
      action === undefined ? [] : [{ row: Number(row), action }],
    ),
  };
}

/** What still keeps the dry run from being written, in the officer's words. */
function pending(summary: ImportSummary): string[] {
  const open = summary.conflicts.filter((c) => c.action === null).length;
  const needsDate = summary.startDate.date === null && summary.startDate.rowsWithoutOwnDate > 0;
  return [
    ...(open > 0 ? [`chọn cách xử lý cho ${formatCount(open)} dòng trùng`] : []),
    ...(needsDate ? ['nhập ngày bắt đầu tham gia Tổ'] : []),
  ];
}

interface Props {
  open: boolean;
  onClose: () => void;
}

export function ImportDialog({ open, onClose }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useRefreshRegister();
  const { message } = App.useApp();

  const preview = useMutation({
    mutationFn: (input: ReturnType<typeof request>) => api.previewPeopleImport(input),
  });
  // Written as a job: a progress window with "Hủy" while the rows go in.
  const job = useJob();
  const apply = useMutation({
    mutationFn: (input: ReturnType<typeof request>) => job.run('applyPeopleImport', input),
    onSuccess: (summary) => {
      if (summary.applied) refresh();
    },
  });
  const template = useMutation({
    mutationFn: () => api.downloadPeopleTemplate(),
    onSuccess: saveDownload,
    onError: (error) => setProblem(toShownError(error).message),
  });

  /** Reads the chosen file and runs the dry run; never uploads anywhere. */
  const choose = (file: File): false => {
    setProblem(null);
    setStage({ kind: 'checking', fileName: file.name });
    void (async () => {
      try {
        const chosen = await readAsBase64(file);
        const first = { file: chosen, choices: {}, startDate: null };
        const summary = await preview.mutateAsync(request(first));
        setStage({ kind: 'preview', ...first, summary });
      } catch (error) {
        setStage({ kind: 'choose' });
        setProblem(toShownError(error).message);
      }
    })();
    return false;
  };

  /** A new choice or date: the dry run again, so the report shows what will be written. */
  const rerun = async (next: Pick<Preview, 'choices' | 'startDate'>) => {
    if (stage.kind !== 'preview') return;
    const updated = { ...stage, ...next };
    setStage(updated);
    setProblem(null);
    try {
      const summary = await preview.mutateAsync(request(updated));
      setStage({ ...updated, summary });
    } catch (error) {
      setProblem(toShownError(error).message);
    }
  };

  const write = async () => {
    if (stage.kind !== 'preview') return;
    setProblem(null);
    try {
      const summary = await apply.mutateAsync(request(stage));
      if (summary.applied) {
        setStage({ kind: 'applied', summary });
        void message.success(`Đã nhập ${formatCount(summary.rowsRead)} dòng vào sổ.`);
      } else {
        // The register changed since the dry run: show what is asked now.
        setStage({ ...stage, summary });
      }
    } catch (error) {
      const shown = toShownError(error);
      // Cancelled by the officer: the dry run stays on screen, nothing was written.
      if (shown.code === 'cancelled') void message.info(shown.message);
      else setProblem(shown.message);
    }
  };

  const hasErrors = stage.kind === 'preview' && stage.summary.errors.length > 0;
  // A title date outside the date rule is an error the officer clears by typing the date.
  const titleUnusable =
    stage.kind === 'preview' &&
    stage.summary.startDate.date === null &&
    stage.summary.startDate.titleDate !== null;
  const waitingFor = stage.kind === 'preview' ? pending(stage.summary) : [];
  const canWrite =
    stage.kind === 'preview' &&
    !hasErrors &&
    stage.summary.rowsRead > 0 &&
    waitingFor.length === 0 &&
    !preview.isPending;

  const picker = (
    <Upload accept={spreadsheetAccept} beforeUpload={choose} showUploadList={false} maxCount={1}>
      <Button icon={<FileExcelOutlined />}>Chọn tệp khác…</Button>
    </Upload>
  );

  return (
    <Modal
      open={open}
      width={920}
      style={{ top: 24 }}
      title="Nhập danh sách người từ Excel"
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        stage.kind === 'applied'
          ? [
              <Button key="done" type="primary" onClick={onClose}>
                Xong
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                Hủy
              </Button>,
              <Button
                key="apply"
                type="primary"
                disabled={!canWrite}
                loading={apply.isPending}
                onClick={() => void write()}
              >
                Nhập vào sổ
              </Button>,
            ]
      }
    >
      <JobProgressModal job={job} />
      <div className="stack">
        {stage.kind === 'choose' && (
          <>
            <SpreadsheetDropzone onChoose={choose}>
              Mỗi người một dòng, có dòng tiêu đề với cột “Họ và tên”. Trước khi ghi, ứng dụng luôn chạy thử
              và cho xem sẽ thêm những gì.
            </SpreadsheetDropzone>
            <div>
              Chưa có danh sách?{' '}
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
        {stage.kind === 'preview' && (
          <>
            <div className="import-file-line">
              <span>
                Tệp: <strong>{stage.summary.fileName}</strong> — bản chạy thử, chưa ghi gì vào sổ.
              </span>
              {picker}
            </div>
            {hasErrors ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                title="Có lỗi: sửa tệp rồi chọn lại — chưa có gì được ghi"
                description={
                  titleUnusable
                    ? 'Ngày ở tiêu đề bảng tính không dùng được: nhập ngày bắt đầu tham gia Tổ bên dưới, hoặc sửa tệp Excel rồi bấm “Chọn tệp khác…”.'
                    : 'Sửa các dòng có lỗi (màu đỏ) trong tệp Excel, lưu lại, rồi bấm “Chọn tệp khác…”.'
                }
              />
            ) : stage.summary.rowsRead === 0 ? (
              <Alert type="warning" showIcon title="Tệp không có người nào để nhập." />
            ) : waitingFor.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                data-testid="import-pending"
                title={`Trước khi nhập, hãy ${waitingFor.join(' và ')}.`}
                description="Dòng trùng là dòng giống một người đã có (cùng số điện thoại, hoặc cùng họ tên và năm sinh) nhưng khác thông tin: chọn “Cùng một người”, “Người mới” hoặc “Bỏ qua dòng”. Chưa có gì được ghi."
              />
            ) : (
              <Alert
                type="info"
                showIcon
                title="Kiểm tra các con số dưới đây rồi bấm “Nhập vào sổ”: ghi tất cả hoặc không ghi gì."
              />
            )}
            {(!hasErrors || titleUnusable) && stage.summary.startDate.rowsWithoutOwnDate > 0 && (
              <Form layout="inline" className="import-start-date">
                <Form.Item
                  label="Ngày bắt đầu tham gia Tổ"
                  htmlFor="import-start-date"
                  help={
                    stage.summary.startDate.titleDate === null
                      ? 'Bảng tính không ghi ngày: nhập ngày của quyết định thành lập hoặc kiện toàn Tổ.'
                      : titleUnusable
                        ? 'Ngày ở tiêu đề bảng tính không dùng được: nhập ngày của quyết định thành lập hoặc kiện toàn Tổ.'
                        : 'Để trống để dùng ngày quyết định ở tiêu đề bảng tính.'
                  }
                >
                  <DateField
                    id="import-start-date"

                    value={stage.startDate}
                    onChange={(value: Dayjs | null) =>
                      void rerun({ choices: stage.choices, startDate: value })
                    }
                  />
                </Form.Item>
              </Form>
            )}
            <ImportReport
              summary={stage.summary}
              choices={stage.choices}
              onChoose={(row, action) =>
                void rerun({ choices: { ...stage.choices, [row]: action }, startDate: stage.startDate })
              }
            />
          </>
        )}
        {stage.kind === 'applied' && (
          <>
            <Result
              status="success"
              className="import-done"
              title="Đã nhập vào sổ"
              subTitle={`Tệp «${stage.summary.fileName}»: ${formatCount(stage.summary.people.added)} người mới, ${formatCount(stage.summary.memberships.added)} thành viên mới trong các Tổ.`}
            />
            <ImportReport summary={stage.summary} />
          </>
        )}
        {problem !== null && <Alert type="error" showIcon role="alert" title={problem} />}
      </div>
    </Modal>
  );
}
