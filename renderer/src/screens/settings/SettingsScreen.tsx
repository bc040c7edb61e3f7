/**
 * "Cài đặt": the whole commune profile, the update address, the commune's signing key and the
 * handoff of the monthly bundle, facts about this installation, the catalog of indicators and platforms.
 */
import { Col, Row } from 'antd';
import type { Profile } from '../../../../shared/contract/types';
import { AppInfoCard } from './AppInfoCard';
import { CatalogCard } from './CatalogCard';
import { ProfileSettingsCard } from './ProfileSettingsCard';
import { UpdateSettingsCard } from './UpdateSettingsCard';
import { BundleSettingsCard } from '../bundle/BundleSettingsCard';
import { CommuneKeyCard } from '../bundle/CommuneKeyCard';
import { BackupCard } from '../backups/BackupCard';

export function SettingsScreen({ profile }: { profile: Profile }) {
  return (
    <Row gutter={[16, 16]}>
      <Col span={15}>
        <ProfileSettingsCard profile={profile} />
      </Col>
      <Col span={9}>
        <div className="stack">
          <UpdateSettingsCard />
          <CommuneKeyCard />
          <BundleSettingsCard />
          <AppInfoCard />
        </div>
      </Col>
      <Col span={24}>
        <CatalogCard />
      </Col>
      <Col span={24}>
        <BackupCard />
      </Col>
    </Row>
  );
}
