/**
 * A folder's path, typed or — where the machine has a folder dialog (the desktop application) —
 * chosen with "Chọn thư mục…". The web preview has no such dialog: the path is typed there, and
 * the field says so. Used inside a Form.Item (value / onChange).
 */
import { FolderOpenOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Input, Space, Typography } from 'antd';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useHostCapabilities } from '../../screens/documents/document-queries';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  /** What the folder is for: the dialog's title and the button's accessible name. */
  title: string;
  placeholder?: string;
  id?: string;
}

export function FolderInput({ value, onChange, title, placeholder, id }: Props) {
  const host = useHostCapabilities();
  const { modal } = App.useApp();
  const choose = useMutation({
    mutationFn: () => api.chooseFolder({ title, current: value?.trim() === '' ? null : (value ?? null) }),
    onSuccess: (chosen) => {
      if (chosen.path !== null) onChange?.(chosen.path);
    },
    onError: (error) =>
      modal.error({ title: 'Không mở được hộp thoại chọn thư mục', content: toShownError(error).message }),
  });
  const dialog = host.data?.choosesFolders === true;
  return (
    <>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id={id}
          value={value}
          onChange={(e) => onChange?.(e.target.value)}
          prefix={<FolderOpenOutlined />}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
        />
        {dialog && (
          <Button
            onClick={() => choose.mutate()}
            loading={choose.isPending}
            aria-label={`Chọn thư mục: ${title}`}
          >
            Chọn thư mục…
          </Button>
        )}
      </Space.Compact>
      {host.data !== undefined && !dialog && (
        <Typography.Text type="secondary" className="folder-typed-note">
          Bản xem thử trên trình duyệt không mở được hộp thoại chọn thư mục: hãy gõ đường dẫn thư mục của máy
          chạy ứng dụng.
        </Typography.Text>
      )}
    </>
  );
}
