/** The stored scan of a signed document: open it with the default program, or download it. */
import { DownloadOutlined, FileSearchOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { saveDownload } from '../../components/files/save-download';

export function ScanButtons({ id }: { id: string }) {
  const { message, modal } = App.useApp();
  const fail = (title: string) => (error: unknown) =>
    modal.error({ title, content: toShownError(error).message, okText: 'Đóng' });
  const open = useMutation({
    mutationFn: () => api.openScan({ id }),
    onSuccess: () => void message.success('Đã mở bản quét bằng chương trình xem tệp của máy.'),
    onError: fail('Không mở được bản quét'),
  });
  const download = useMutation({
    mutationFn: () => api.downloadScan({ id }),
    onSuccess: saveDownload,
    onError: fail('Không tải được bản quét'),
  });
  return (
    <Space size={4} wrap>
      <Button
        size="small"
        icon={<FileSearchOutlined />}
        loading={open.isPending}
        onClick={() => open.mutate()}
      >
        Mở bản quét
      </Button>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        loading={download.isPending}
        onClick={() => download.mutate()}
      >
        Tải bản quét về
      </Button>
    </Space>
  );
}
