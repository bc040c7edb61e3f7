/**
 * What can be done with a document: save, download, open or print the .docx (the same bytes the
 * preview shows), make a PDF when LibreOffice is there, issue it, attach the signed scan, cancel
 * it (a numbered one) or discard it (a draft that never had a number).
 */
import {
  CloseCircleOutlined,
  DeleteOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  NumberOutlined,
  PaperClipOutlined,
  PrinterOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Tooltip, Upload } from 'antd';
import type { ReactElement } from 'react';
import type { DocumentDetail } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { readAsBase64 } from '../../components/files/read-file';
import { saveDownload } from '../../components/files/save-download';
import {
  documentKeys,
  fileQuery,
  useDocumentChanged,
  useHostCapabilities,
  usePdfAvailability,
} from './document-queries';
import { isScanFileName, scanAccept } from './document-text';

interface Props {
  doc: DocumentDetail;
  /** Texts changed and not saved: the file would not be what the form shows. */
  dirty: boolean;
  onIssue: () => void;
  /** The draft was discarded: it is gone, the caller closes it. */
  onDiscarded: () => void;
}

const saveFirst = 'Hãy bấm “Lưu nội dung” trước: tệp phải đúng với nội dung đang sửa.';
const downloaded = 'downloaded';
const downloadedNote =
  'Trình duyệt không hỏi chỗ lưu: tệp đã được tải về thư mục Tải xuống (Downloads) của máy.';

/** A disabled button keeps its tooltip (a wrapper receives the pointer instead of it). */
function WithReason({ reason, children }: { reason: string | null; children: ReactElement }) {
  if (reason === null) return children;
  return (
    <Tooltip title={reason}>
      <span className="doc-action-wrap">{children}</span>
    </Tooltip>
  );
}

export function DocumentActions({ doc, dirty, onIssue, onDiscarded }: Props) {
  const queryClient = useQueryClient();
  const changed = useDocumentChanged();
  const pdf = usePdfAvailability();
  const host = useHostCapabilities();
  const { message, modal } = App.useApp();
  const fail = (title: string) => (error: unknown) =>
    modal.error({ title, content: toShownError(error).message, okText: 'Đóng' });

  const editable = doc.status === 'draft' || doc.status === 'printed';
  const composed = !doc.external;
  const busyReason = dirty ? saveFirst : null;

  const fileOf = (format: 'docx' | 'pdf') => queryClient.fetchQuery(fileQuery(doc.id, format, doc.updatedAt));

  const save = useMutation({
    mutationFn: async (): Promise<string | null> => {
      // No dialog on this machine (the web preview): the browser saves it, as a download.
      if (host.data?.asksWhereToSave === false) {
        saveDownload(await fileOf('docx'));
        return downloaded;
      }
      return (await api.saveDocument({ id: doc.id, format: 'docx' })).path;
    },
    onSuccess: (path) => {
      // No path: the officer closed the dialog.
      if (path === downloaded) void message.success(downloadedNote);
      else if (path !== null) void message.success(`Đã lưu vào ${path}`);
    },
    onError: fail('Không lưu được tệp'),
  });
  const download = useMutation({
    mutationFn: () => fileOf('docx'),
    onSuccess: saveDownload,
    onError: fail('Không tải được tệp'),
  });
  const open = useMutation({
    mutationFn: () => api.openDocument({ id: doc.id, format: 'docx' }),
    onSuccess: () => void message.success('Đã mở văn bản bằng chương trình soạn thảo của máy.'),
    onError: fail('Không mở được văn bản'),
  });
  const print = useMutation({
    mutationFn: async () => {
      await api.printDocument({ id: doc.id, format: 'docx' });
      return doc.status === 'draft' ? api.markDocumentPrinted({ id: doc.id }) : null;
    },
    onSuccess: async (marked) => {
      void message.success(
        marked === null
          ? 'Đã gửi văn bản tới máy in.'
          : 'Đã gửi bản trình ký tới máy in. Khi lãnh đạo đã ký, bấm “Ban hành (cấp số)”.',
      );
      if (marked !== null) await changed(marked);
    },
    onError: fail('Không in được'),
  });
  const makePdf = useMutation({
    mutationFn: () => fileOf('pdf'),
    onSuccess: saveDownload,
    onError: fail('Không tạo được PDF'),
  });
  const workbook = useMutation({
    mutationFn: () => api.reportWorkbook({ id: doc.id }),
    onSuccess: saveDownload,
    onError: fail('Không tạo được tệp Excel'),
  });
  const attach = useMutation({
    mutationFn: async (file: File) => {
      const chosen = await readAsBase64(file);
      return api.attachScan({ id: doc.id, ...chosen });
    },
    onSuccess: async (saved) => {
      void message.success('Đã đính kèm bản quét: văn bản đã ký, đóng dấu.');
      await changed(saved);
    },
    onError: fail('Không đính kèm được bản quét'),
  });
  const cancel = useMutation({
    mutationFn: () => api.cancelDocument({ id: doc.id }),
    onSuccess: async (saved) => {
      void message.success(
        saved.numberText === null
          ? 'Đã hủy bản nháp.'
          : `Đã hủy văn bản số ${saved.numberText}; số này vẫn giữ trong sổ, không dùng lại.`,
      );
      await changed(saved);
    },
    onError: fail('Không hủy được văn bản'),
  });

  const discard = useMutation({
    mutationFn: () => api.discardDraft({ id: doc.id }),
    onSuccess: async () => {
      void message.success('Đã bỏ dự thảo. Sổ văn bản không thay đổi.');
      // The reports' list lives under the register's key too.
      await queryClient.invalidateQueries({ queryKey: documentKeys.register });
      onDiscarded();
    },
    onError: fail('Không bỏ được dự thảo'),
  });

  const pdfReason = pdf.data === undefined ? 'Đang kiểm tra…' : pdf.data.available ? null : pdf.data.reason;
  const printReason =
    host.data === undefined
      ? 'Đang kiểm tra máy in…'
      : host.data.print.available
        ? null
        : host.data.print.reason;

  return (
    <div className="doc-actions" role="toolbar" aria-label="Thao tác với văn bản">
      {composed && (
        <>
          <WithReason reason={busyReason}>
            <Button
              icon={<SaveOutlined />}
              disabled={dirty}
              loading={save.isPending}
              onClick={() => save.mutate()}
            >
              Lưu…
            </Button>
          </WithReason>
          <WithReason reason={busyReason}>
            <Button
              icon={<DownloadOutlined />}
              disabled={dirty}
              loading={download.isPending}
              onClick={() => download.mutate()}
            >
              Tải về
            </Button>
          </WithReason>
          <WithReason reason={busyReason}>
            <Button
              icon={<FileWordOutlined />}
              disabled={dirty}
              loading={open.isPending}
              onClick={() => open.mutate()}
            >
              Mở bằng Word/LibreOffice
            </Button>
          </WithReason>
          <WithReason reason={busyReason ?? printReason}>
            <Button
              icon={<PrinterOutlined />}
              disabled={dirty || printReason !== null}
              loading={print.isPending}
              onClick={() => print.mutate()}
            >
              In
            </Button>
          </WithReason>
          <WithReason reason={busyReason ?? pdfReason}>
            <Button
              icon={<FilePdfOutlined />}
              disabled={dirty || pdfReason !== null}
              loading={makePdf.isPending}
              onClick={() => makePdf.mutate()}
            >
              Tạo PDF
            </Button>
          </WithReason>
          {doc.kind === 'report' && (
            <WithReason reason={busyReason}>
              <Button
                icon={<FileExcelOutlined />}
                disabled={dirty}
                loading={workbook.isPending}
                onClick={() => workbook.mutate()}
              >
                Biểu số liệu (.xlsx)
              </Button>
            </WithReason>
          )}
        </>
      )}
      <span className="doc-actions-end">
        {editable && (
          <WithReason reason={busyReason}>
            <Button type="primary" icon={<NumberOutlined />} disabled={dirty} onClick={onIssue}>
              Ban hành (cấp số)
            </Button>
          </WithReason>
        )}
        {(doc.status === 'issued' || doc.status === 'signed') && (
          <Upload
            accept={scanAccept}
            showUploadList={false}
            maxCount={1}
            beforeUpload={(file) => {
              if (!isScanFileName(file.name)) {
                void message.error('Bản quét phải là tệp PDF, JPG hoặc PNG.');
              } else {
                attach.mutate(file);
              }
              return false;
            }}
          >
            <Button
              type={doc.status === 'issued' ? 'primary' : 'default'}
              icon={<PaperClipOutlined />}
              loading={attach.isPending}
            >
              {doc.status === 'issued' ? 'Đính kèm bản quét đã ký' : 'Đính kèm lại bản quét'}
            </Button>
          </Upload>
        )}
        {editable && doc.numberText === null && (
          <Popconfirm
            title="Bỏ dự thảo này?"
            description="Dự thảo chưa có số nên sổ văn bản không thay đổi. Nội dung đã soạn sẽ không còn."
            okText="Bỏ dự thảo"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => discard.mutateAsync().catch(() => undefined)}
          >
            <Button danger icon={<DeleteOutlined />} loading={discard.isPending}>
              Bỏ dự thảo
            </Button>
          </Popconfirm>
        )}
        {doc.status !== 'cancelled' && doc.numberText !== null && (
          <Popconfirm
            title="Hủy văn bản này?"
            description={
              doc.numberText === null
                ? 'Bản nháp được đánh dấu đã hủy và không in, không ban hành được nữa.'
                : `Số ${doc.numberText} vẫn giữ trong sổ, ghi “Đã hủy”, và không dùng lại.`
            }
            okText="Hủy văn bản"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => cancel.mutateAsync().catch(() => undefined)}
          >
            <Button danger icon={<CloseCircleOutlined />} loading={cancel.isPending}>
              Hủy văn bản
            </Button>
          </Popconfirm>
        )}
      </span>
    </div>
  );
}
