/**
 * "Nhập từ Excel": choose a sheet, ALWAYS see the dry run first (nothing written), then write
 * all of it or nothing. A sheet with errors cannot be written: fix the file and choose it again.
 */
import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Result, Spin, Upload } from 'antd';
import { useState } from 'react';
import type { ImportSummary } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshRegister } from '../../app/register-queries';
import { readAsBase64, type ChosenFile } from '../../components/files/read-file';
import { saveDownload } from '../../components/files/save-download';
import { formatCount } from '../../components/format';
import { ImportReport } from './ImportReport';

type Stage =
  | { kind: 'choose' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'preview'; file: ChosenFile; summary: ImportSummary }
  | { kind: 'applied'; summary: ImportSummary };

interface Props {
  open: boolean;
  onClose: () => void;
}

const accept =
  '.xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel';

export function ImportDialog({ open, onClose }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useRefreshRegister();
  const { message } = App.useApp();

  const preview = useMutation({ mutationFn: (file: ChosenFile) => api.previewPeopleImport(file) });
  const apply = useMutation({
    mutationFn: (file: ChosenFile) => api.applyPeopleImport(file),
    onSuccess: () => refresh(),
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
        const summary = await preview.mutateAsync(chosen);
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
      setStage({ kind: 'applied', summary });
      void message.success(`Đã nhập ${formatCount(summary.rowsRead)} dòng vào sổ.`);
    } catch (error) {
      setProblem(toShownError(error).message);
    }
  };

  const hasErrors = stage.kind === 'preview' && stage.summary.errors.length > 0;
  const canWrite = stage.kind === 'preview' && !hasErrors && stage.summary.rowsRead > 0;

  const picker = (
    <Upload accept={accept} beforeUpload={choose} showUploadList={false} maxCount={1}>
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
      <div className="stack">
        {stage.kind === 'choose' && (
          <>
            <Upload.Dragger
              accept={accept}
              beforeUpload={choose}
              showUploadList={false}
              maxCount={1}
              className="import-dropzone"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">Bấm để chọn tệp Excel (.xlsx, .xls), hoặc kéo tệp thả vào đây</p>
              <p className="ant-upload-hint">
                Mỗi người một dòng, có dòng tiêu đề với cột “Họ và tên”. Trước khi ghi, ứng dụng luôn chạy thử
                và cho xem sẽ thêm những gì.
              </p>
            </Upload.Dragger>
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
                description="Sửa các dòng có lỗi (màu đỏ) trong tệp Excel, lưu lại, rồi bấm “Chọn tệp khác…”."
              />
            ) : stage.summary.rowsRead === 0 ? (
              <Alert type="warning" showIcon title="Tệp không có người nào để nhập." />
            ) : (
              <Alert
                type="info"
                showIcon
                title="Kiểm tra các con số dưới đây rồi bấm “Nhập vào sổ”: ghi tất cả hoặc không ghi gì."
              />
            )}
            <ImportReport summary={stage.summary} />
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
