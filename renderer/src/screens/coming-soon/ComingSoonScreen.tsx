/** An honest placeholder for a section not built yet: what it will hold, no made-up data. */
import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Typography } from 'antd';
import type { Section } from '../../app/sections';

export function ComingSoonScreen({ section }: { section: Section }) {
  return (
    <Card className="coming-soon">
      <Empty
        image={<ClockCircleOutlined className="coming-soon-icon" aria-hidden />}
        description={
          <div className="coming-soon-text">
            <Typography.Title level={4}>Chức năng này sẽ có trong bản cập nhật tới</Typography.Title>
            <Typography.Paragraph type="secondary">
              Mục “{section.label}” đang được xây dựng. Khi hoàn thành, mục này sẽ có:
            </Typography.Paragraph>
            <ul className="coming-soon-list">
              {(section.planned ?? []).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        }
      />
    </Card>
  );
}
