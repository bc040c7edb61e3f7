/**
 * The watched folder's news on the import tab (issue 10, item 3): "Có N tệp mới…" with a button
 * that puts exactly those files into the dry run, a folder that cannot be read as a warning, and
 * "Quét lại" to scan on demand. Nothing when no folder is watched.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { toShownError } from '../../app/errors';
import { useWatchScan } from './receiving-queries';

const shownNames = 5;

export function WatchFolderAlert({ onOffer }: { onOffer: (files: string[]) => void }) {
  const scan = useWatchScan();
  const rescan = (
    <Button icon={<ReloadOutlined />} loading={scan.isFetching} onClick={() => void scan.refetch()}>
      Quét lại
    </Button>
  );
  if (scan.isPending) return null;
  if (scan.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="Không quét được thư mục theo dõi"
        description={toShownError(scan.error).message}
        action={rescan}
      />
    );
  }
  const { folder, notice, files, skipped } = scan.data;
  if (folder === '') return null;
  if (notice !== null) return <Alert type="warning" showIcon title={notice} action={rescan} role="alert" />;
  const names = files.map((f) => f.fileName);
  const skippedText =
    skipped.length === 0
      ? null
      : `Bỏ qua ${skipped.length} tệp: ${skipped
          .slice(0, shownNames)
          .map((s) => `${s.fileName} (${s.reason})`)
          .join('; ')}${skipped.length > shownNames ? '; …' : ''}.`;
  if (files.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        title={`Thư mục theo dõi «${folder}»: không có tệp mới.`}
        description={skippedText}
        action={rescan}
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      title={`Có ${files.length} tệp mới trong thư mục theo dõi`}
      description={
        <>
          <div>
            {folder}: {names.slice(0, shownNames).join(', ')}
            {names.length > shownNames ? ` và ${names.length - shownNames} tệp khác` : ''}.
          </div>
          {skippedText !== null && <div>{skippedText}</div>}
        </>
      }
      action={
        <Space direction="vertical">
          <Button type="primary" onClick={() => onOffer(names)}>
            Chạy thử các tệp này
          </Button>
          {rescan}
        </Space>
      }
    />
  );
}
