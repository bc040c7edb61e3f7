/** Read-only facts for whoever supports the office: versions and where the data lives. */
import { Card, Descriptions, Skeleton, Typography } from 'antd';
import { useInfo } from '../../app/queries';
import { LoadError } from '../../components/LoadError';

export function AppInfoCard() {
  const info = useInfo();
  return (
    <Card title="Thông tin ứng dụng">
      {info.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : info.isError ? (
        <LoadError title="Không đọc được thông tin" error={info.error} onRetry={() => void info.refetch()} />
      ) : (
        <Descriptions
          column={1}
          size="small"
          layout="vertical"
          colon={false}
          items={[
            { key: 'app', label: 'Phiên bản ứng dụng', children: info.data.appVersion },
            { key: 'schema', label: 'Phiên bản cơ sở dữ liệu', children: info.data.schemaVersion },
            {
              key: 'path',
              label: 'Tệp dữ liệu',
              children: (
                <Typography.Text copyable={{ tooltips: ['Chép đường dẫn', 'Đã chép'] }} className="path-text">
                  {info.data.databasePath}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
