/**
 * The receiving unit's window ("Cơ quan nhận báo cáo"): the completeness of the communes'
 * monthly bundles, the import of bundles, the aggregate of their data with its report, the
 * list of communes with their trusted keys, and the unit's own settings (Thông tin cơ quan).
 */
import { Badge, Layout, Tabs, Typography } from 'antd';
import type { ReceivingProfile } from '../../../../shared/contract/receiving-types';
import { AggregatePanel } from './AggregatePanel';
import { CommunesPanel } from './CommunesPanel';
import { CompletenessPanel } from './CompletenessPanel';
import { ImportPanel } from './ImportPanel';
import { UnitProfilePanel } from './UnitProfilePanel';
import { useWatchScan } from './receiving-queries';
import { WatchFolderCard } from './WatchFolderCard';

export function ReceivingScreen({ profile }: { profile: ReceivingProfile }) {
  // The watched folder is scanned as the screen opens; its new files are counted on the import tab.
  const newFiles = useWatchScan().data?.files.length ?? 0;
  return (
    <Layout className="receiving-layout">
      <header className="setup-banner">
        <div className="setup-banner-inner" style={{ maxWidth: 'none' }}>
          <div className="app-brand-title">Tổ CNSCĐ</div>
          <div className="setup-banner-subtitle">
            {profile.name} — cơ quan nhận báo cáo, {profile.provinceName}
          </div>
        </div>
      </header>
      <Layout.Content style={{ padding: 24 }}>
        <Typography.Title level={1} className="visually-hidden">
          {profile.name}
        </Typography.Title>
        <Tabs
          defaultActiveKey="completeness"
          items={[
            { key: 'completeness', label: 'Theo dõi nhận báo cáo', children: <CompletenessPanel /> },
            {
              key: 'import',
              label: (
                <Badge
                  count={newFiles}
                  size="small"
                  offset={[8, -2]}
                  title={`${newFiles} tệp mới trong thư mục theo dõi`}
                >
                  Nhập gói dữ liệu
                </Badge>
              ),
              children: <ImportPanel />,
            },
            { key: 'aggregate', label: 'Tổng hợp', children: <AggregatePanel profile={profile} /> },
            { key: 'communes', label: 'Danh sách xã', children: <CommunesPanel /> },
            {
              key: 'profile',
              label: 'Thông tin cơ quan',
              children: (
                <>
                  <UnitProfilePanel key={profile.updatedAt} profile={profile} />
                  <WatchFolderCard />
                </>
              ),
            },
          ]}
        />
      </Layout.Content>
    </Layout>
  );
}
