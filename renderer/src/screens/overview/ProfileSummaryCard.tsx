import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Typography } from 'antd';
import type { Profile } from '../../../../shared/contract/types';
import { hrefOf } from '../../app/router';
import { formatDateTime } from '../../components/format';

export function ProfileSummaryCard({ profile }: { profile: Profile }) {
  const vice = profile.viceChairmen;
  return (
    <Card
      title="Hồ sơ xã"
      extra={
        <Button type="link" icon={<EditOutlined />} href={hrefOf('cai-dat')}>
          Sửa trong Cài đặt
        </Button>
      }
    >
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 230 } }}
        items={[
          {
            key: 'commune',
            label: 'Xã, phường',
            children: (
              <>
                {profile.communeName}{' '}
                <Typography.Text type="secondary">(mã {profile.communeCode})</Typography.Text>
              </>
            ),
          },
          {
            key: 'province',
            label: 'Tỉnh, thành phố',
            children: (
              <>
                {profile.provinceName}{' '}
                <Typography.Text type="secondary">(mã {profile.provinceCode})</Typography.Text>
              </>
            ),
          },
          ...(profile.districtName
            ? [{ key: 'district', label: 'Huyện', children: profile.districtName }]
            : []),
          { key: 'issuer', label: 'Tên cơ quan ban hành', children: profile.issuerName },
          { key: 'place', label: 'Địa danh ghi ngày tháng', children: profile.placeName },
          {
            key: 'chairman',
            label: profile.chairman.title,
            children: profile.chairman.name,
          },
          {
            key: 'vice',
            label: 'Phó Chủ tịch',
            children:
              vice.length === 0 ? (
                <Typography.Text type="secondary">Chưa nhập</Typography.Text>
              ) : (
                <ul className="plain-list">
                  {vice.map((v, i) => (
                    <li key={i}>
                      {v.name}
                      {v.title !== 'Phó Chủ tịch' && (
                        <Typography.Text type="secondary"> ({v.title})</Typography.Text>
                      )}
                    </li>
                  ))}
                </ul>
              ),
          },
          { key: 'receiving', label: 'Cơ quan cấp trên nhận báo cáo', children: profile.receivingLevel },
        ]}
      />
      <Typography.Paragraph type="secondary" className="card-footnote">
        Cập nhật lần cuối: {formatDateTime(profile.updatedAt)}
      </Typography.Paragraph>
    </Card>
  );
}
