/** What a screen shows when its data could not be read: the backend's own message and a retry. */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { toShownError } from '../app/errors';

interface Props {
  title: string;
  error: unknown;
  onRetry: () => void;
}

export function LoadError({ title, error, onRetry }: Props) {
  return (
    <Result
      status="error"
      title={title}
      subTitle={toShownError(error).message}
      extra={
        <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry}>
          Thử lại
        </Button>
      }
    />
  );
}
