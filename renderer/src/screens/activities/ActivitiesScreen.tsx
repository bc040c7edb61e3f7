/** "Hoạt động": the log of what the teams did, and the trainings their members attended. */
import { Tabs } from 'antd';
import { TrainingsTab } from '../trainings/TrainingsTab';
import { ActivityLogTab } from './ActivityLogTab';

export function ActivitiesScreen() {
  return (
    <Tabs
      destroyOnHidden
      items={[
        { key: 'nhat-ky', label: 'Nhật ký hoạt động', children: <ActivityLogTab /> },
        { key: 'tap-huan', label: 'Bồi dưỡng, tập huấn', children: <TrainingsTab /> },
      ]}
    />
  );
}
