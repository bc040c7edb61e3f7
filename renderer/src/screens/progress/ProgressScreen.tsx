/** "Tiến độ": results against the targets, and the targets themselves. */
import { Tabs } from 'antd';
import { TargetsTab } from '../targets/TargetsTab';
import { ProgressTab } from './ProgressTab';

export function ProgressScreen() {
  return (
    <Tabs
      destroyOnHidden
      items={[
        { key: 'tien-do', label: 'Tiến độ', children: <ProgressTab /> },
        { key: 'chi-tieu', label: 'Chỉ tiêu', children: <TargetsTab /> },
      ]}
    />
  );
}
