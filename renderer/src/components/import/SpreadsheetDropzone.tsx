/** Where every spreadsheet import starts: click to pick an Excel file, or drop one here. */
import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { ReactNode } from 'react';
import { spreadsheetAccept } from './ImportProblems';

interface Props {
  /** Takes the chosen file; never lets antd upload it anywhere. */
  onChoose: (file: File) => false;
  /** What the sheet must hold, in a sentence or two. */
  children: ReactNode;
}

export function SpreadsheetDropzone({ onChoose, children }: Props) {
  return (
    <Upload.Dragger
      accept={spreadsheetAccept}
      beforeUpload={onChoose}
      showUploadList={false}
      maxCount={1}
      className="import-dropzone"
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">Bấm để chọn tệp Excel (.xlsx, .xls), hoặc kéo tệp thả vào đây</p>
      <p className="ant-upload-hint">{children}</p>
    </Upload.Dragger>
  );
}
