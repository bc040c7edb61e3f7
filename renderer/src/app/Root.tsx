/**
 * A damaged database found at start fills the window with the choice (restore the newest backup,
 * or quit); first start (no profile yet) shows the setup; afterwards, the main window — or, for a
 * database set up as a receiving unit, its own window.
 */
import { Spin } from 'antd';
import { LoadError } from '../components/LoadError';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { ReceivingScreen } from '../screens/receiving/ReceivingScreen';
import { useReceivingProfile } from '../screens/receiving/receiving-queries';
import { DamagedDatabaseScreen } from '../screens/backups/DamagedDatabaseScreen';
import { MainLayout } from './MainLayout';
import { useProfile } from './queries';
import { useStartupState } from './backup-queries';

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
  const receiving = useReceivingProfile();
  if (profile.isPending || receiving.isPending) return <Opening />;
  const failed = profile.isError ? profile : receiving.isError ? receiving : null;
  if (failed !== null) {
    return (
      <div className="app-loading">
        <LoadError title="Không mở được dữ liệu" error={failed.error} onRetry={() => void failed.refetch()} />
      </div>
    );
  }
  if (profile.data) return <MainLayout profile={profile.data} />;
  return receiving.data ? <ReceivingScreen profile={receiving.data} /> : <SetupScreen />;
}
