/**
 * First start (no profile yet) shows the setup; afterwards, the main window — or, for a
 * database set up as a receiving unit, its own window.
 */
import { Spin } from 'antd';
import { LoadError } from '../components/LoadError';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { ReceivingScreen } from '../screens/receiving/ReceivingScreen';
import { useReceivingProfile } from '../screens/receiving/receiving-queries';
import { MainLayout } from './MainLayout';
import { useProfile } from './queries';

export function Root() {
  const profile = useProfile();
  const receiving = useReceivingProfile();
  if (profile.isPending || receiving.isPending) {
    return (
      <div className="app-loading" role="status">
        <Spin size="large" />
        <span className="app-loading-text">Đang mở dữ liệu…</span>
      </div>
    );
  }
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
