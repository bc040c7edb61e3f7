/**
 * The preview inside the application: the very .docx that "Lưu…" writes, drawn by docx-preview
 * page by page, scaled down to the width of the pane when it is narrower than an A4 page.
 * A changed document is drawn again; the old drawing stays until the new one is ready.
 */
import { Alert, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentDetail, FileDownload } from '../../../../shared/contract/types';
import { toShownError } from '../../app/errors';
import { base64ToBytes } from '../../components/files/save-download';
import { useDocumentFile } from './document-queries';

interface Props {
  doc: Pick<DocumentDetail, 'id' | 'updatedAt'>;
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** As docx-preview's defaults, but pages as in Word and no blob: addresses (the page's CSP). */
const renderOptions = {
  className: 'docx',
  inWrapper: true,
  ignoreWidth: false,
  ignoreHeight: false,
  breakPages: true,
  ignoreLastRenderedPageBreak: true,
  renderHeaders: true,
  renderFooters: true,
  useBase64URL: true,
};

/** Space kept around a page inside the wrapper (its padding, see documents.css). */
const wrapperPadding = 2 * 16;

export function DocxPreview({ doc }: Props) {
  const file = useDocumentFile(doc, true);
  const pane = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<FileDownload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  /** Scales the pages so that a whole A4 width fits the pane (never larger than life). */
  const fit = useCallback(() => {
    const wrapper = host.current?.querySelector<HTMLElement>('.docx-wrapper');
    const page = wrapper?.querySelector<HTMLElement>('section.docx');
    const box = pane.current;
    if (wrapper == null || page == null || box === null) return;
    wrapper.style.zoom = '1';
    const natural = page.getBoundingClientRect().width + wrapperPadding;
    const zoom = Math.min(1, box.clientWidth / natural);
    wrapper.style.zoom = zoom.toFixed(3);
  }, []);

  useEffect(() => {
    const data = file.data;
    const target = host.current;
    if (data === undefined || target === null) return;
    let stale = false;
    // Drawn aside, then swapped in whole: the pane never shows a half-drawn document.
    const scratch = document.createElement('div');
    const draw = async () => {
      const { renderAsync } = await import('docx-preview');
      const blob = new Blob([base64ToBytes(data.base64)], { type: docxType });
      await renderAsync(blob, scratch, undefined, renderOptions);
      if (stale) return;
      target.replaceChildren(...scratch.childNodes);
      fit();
      setProblem(null);
      setShown(data);
    };
    draw().catch((error: unknown) => {
      if (stale) return;
      setProblem(
        `Không hiển thị được bản xem trước (${error instanceof Error ? error.message : 'lỗi không rõ'}). ` +
          'Tệp .docx vẫn lưu và mở được bằng Word hoặc LibreOffice.',
      );
      setShown(data);
    });
    return () => {
      stale = true;
    };
  }, [file.data, fit]);

  useEffect(() => {
    const box = pane.current;
    if (box === null) return;
    const observer = new ResizeObserver(() => fit());
    observer.observe(box);
    return () => observer.disconnect();
  }, [fit]);

  const busy = file.isFetching || (file.data !== undefined && shown !== file.data);

  return (
    // A scrolling region: focusable, so the pages can be read with the keyboard (arrows, Page Down).
    <div className="docx-pane" ref={pane} tabIndex={0} role="region" aria-label="Bản xem trước văn bản">
      {file.isError && (
        <Alert
          type="error"
          showIcon
          className="docx-problem"
          title="Không tạo được tệp văn bản"
          description={toShownError(file.error).message}
        />
      )}
      {problem !== null && <Alert type="warning" showIcon className="docx-problem" title={problem} />}
      <Spin spinning={busy} description="Đang dựng bản xem trước…" delay={150}>
        <div
          ref={host}
          className="docx-host"
          data-testid="document-preview"
          aria-label="Bản xem trước văn bản"
          aria-busy={busy}
          role="document"
        />
      </Spin>
    </div>
  );
}
