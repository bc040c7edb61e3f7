/**
 * A damaged database found at start fills the window with the choice (restore the newest backup,
 * or quit); first start (no commune profile yet) shows the setup; afterwards, the main window.
 */
import { Spin } from 'antd';
import { LoadError } from '../components/LoadError';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { MainLayout } from './MainLayout';
import { useProfile } from './queries';
import { useStartupState } from './backup-queries';
import { DamagedDatabaseScreen } from '../screens/backups/DamagedDatabaseScreen';

export function Root() {
  const startup = useStartupState();
  if (startup.isPending) return <Opening />;
  if (startup.data?.kind === 'damaged') return <DamagedDatabaseScreen state={startup.data} />;
  return <Opened />;
}

function Opening() {
  return (
    <div className="app-loading" role="status">
      <Spin size="large" />
      <span className="app-loading-text">Đang mở dữ liệu…</span>
    </div>
  );
}

function Opened() {
  const profile = useProfile();
  if (profile.isPending) return <Opening />;
  if (profile.isError) {
    return (
      <div className="app-loading">
        <LoadError
          title="Không mở được dữ liệu"
          error={profile.error}
          onRetry={() => void profile.refetch()}
        />
      </div>
    );
  }
  return profile.data === null ? <SetupScreen /> : <MainLayout profile={profile.data} />;
}
