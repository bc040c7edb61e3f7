/**
 * Choosing the scan of a signed, stamped paper (PDF, JPG or PNG), read as base64 for the
 * contract. Nothing is sent here: the caller decides when.
 */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { readAsBase64, type ChosenFile } from '../../components/files/read-file';
import { isScanFileName, scanAccept } from './document-text';

interface Props {
  /** Given by the form item around it. */
  value?: ChosenFile | null;
  onChange?: (file: ChosenFile | null) => void;
  /** The button's words. */
  label: string;
}

export function ScanPicker({ value, onChange, label }: Props) {
  const { message } = App.useApp();
  return (
    <div className="scan-picker">
      <Upload
        accept={scanAccept}
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          if (!isScanFileName(file.name)) {
            void message.error('Bản quét phải là tệp PDF, JPG hoặc PNG.');
            return Upload.LIST_IGNORE;
          }
          readAsBase64(file).then(
            (chosen) => onChange?.(chosen),
            (error: Error) => void message.error(error.message),
          );
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{label}</Button>
      </Upload>
      {value !== null && value !== undefined && (
        <span className="scan-picker-file">
          <PaperClipOutlined aria-hidden /> {value.fileName}
          <Button type="link" size="small" onClick={() => onChange?.(null)}>
            Bỏ tệp này
          </Button>
        </span>
      )}
    </div>
  );
}
