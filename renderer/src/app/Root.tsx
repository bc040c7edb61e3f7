/** First start (no commune profile yet) shows the setup; afterwards, the main window. */
import { Spin } from 'antd';
import { LoadError } from '../components/LoadError';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { MainLayout } from './MainLayout';
import { useProfile } from './queries';

export function Root() {
  const profile = useProfile();
  if (profile.isPending) {
    return (
      <div className="app-loading" role="status">
        <Spin size="large" />
        <span className="app-loading-text">Đang mở dữ liệu…</span>
      </div>
    );
  }
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
