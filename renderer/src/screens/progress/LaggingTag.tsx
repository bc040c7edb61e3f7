/** The mark of a team or indicator behind the elapsed share of the year: words and an icon, not colour alone. */
import { WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';

export function LaggingTag() {
  return (
    <Tag color="red" icon={<WarningOutlined />} className="lagging-tag">
      Chậm tiến độ
    </Tag>
  );
}
