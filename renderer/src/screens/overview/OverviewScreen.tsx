/** The commune at a glance: the month's work and the year's progress, its profile, its figures, and what comes next. */
import { Col, Row } from 'antd';
import type { Profile } from '../../../../shared/contract/types';
import { FiguresCard } from './FiguresCard';
import { NextStepsCard } from './NextStepsCard';
import { ProfileSummaryCard } from './ProfileSummaryCard';
import { WorkProgressCard } from './WorkProgressCard';
import { BackupReminder } from '../backups/BackupReminder';

export function OverviewScreen({ profile }: { profile: Profile }) {
  return (
    <Row gutter={[16, 16]}>
      <BackupReminder />
      <Col span={15}>
        <div className="stack">
          <WorkProgressCard />
          <ProfileSummaryCard profile={profile} />
        </div>
      </Col>
      <Col span={9}>
        <div className="stack">
          <FiguresCard />
          <NextStepsCard />
        </div>
      </Col>
    </Row>
  );
}
