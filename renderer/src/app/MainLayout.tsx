/** The main window: the menu of sections on the left, the current section on the right. */
import { Layout, Menu } from 'antd';
import { useEffect } from 'react';
import type { Profile } from '../../../shared/contract/types';
import { formatToday } from '../components/format';
import { BundleScreen } from '../screens/bundle/BundleScreen';
import { ActivitiesScreen } from '../screens/activities/ActivitiesScreen';
import { AuditScreen } from '../screens/audit/AuditScreen';
import { ComingSoonScreen } from '../screens/coming-soon/ComingSoonScreen';
import { DocumentsScreen } from '../screens/documents/DocumentsScreen';
import { OverviewScreen } from '../screens/overview/OverviewScreen';
import { PeopleScreen } from '../screens/people/PeopleScreen';
import { ProgressScreen } from '../screens/progress/ProgressScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { TeamsScreen } from '../screens/teams/TeamsScreen';
import { VillagesScreen } from '../screens/villages/VillagesScreen';
import { GlobalSearch } from './GlobalSearch';
import { hrefOf, navigate, readSection, useSection, type SectionKey } from './router';
import { sectionOf, sections, type Section } from './sections';

function SectionScreen({ section, profile }: { section: Section; profile: Profile }) {
  switch (section.key) {
    case 'tong-quan':
      return <OverviewScreen profile={profile} />;
    case 'thon':
      return <VillagesScreen />;
    case 'nguoi':
      return <PeopleScreen />;
    case 'to':
      return <TeamsScreen />;
    case 'van-ban':
      return <DocumentsScreen profile={profile} />;
    case 'hoat-dong':
      return <ActivitiesScreen />;
    case 'tien-do':
      return <ProgressScreen />;
    case 'bao-cao':
      return <ReportsScreen profile={profile} />;
    case 'cai-dat':
      return <SettingsScreen profile={profile} />;
    case 'gui-so-lieu':
      return <BundleScreen />;
    case 'nhat-ky':
      return <AuditScreen />;
    default:
      return <ComingSoonScreen section={section} />;
  }
}

const menuItems = sections.map((s) => ({
  key: s.key,
  icon: s.icon,
  label: <a href={hrefOf(s.key)}>{s.label}</a>,
}));

export function MainLayout({ profile }: { profile: Profile }) {
  const section = sectionOf(useSection());

  useEffect(() => {
    document.title = `${section.label} – Tổ CNSCĐ – ${profile.communeName}`;
    window.scrollTo(0, 0);
  }, [section.label, profile.communeName]);

  return (
    <Layout hasSider className="app-shell">
      <Layout.Sider width={232} className="app-sider">
        <div className="app-brand">
          <div className="app-brand-title">Tổ CNSCĐ</div>
          <div className="app-brand-subtitle" data-testid="commune-name">
            {profile.communeName}
          </div>
          <div className="app-brand-province">{profile.provinceName}</div>
        </div>
        <nav aria-label="Các mục của ứng dụng">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[section.key]}
            items={menuItems}
            onClick={({ key }) => navigate(readSection(`#/${key}`) satisfies SectionKey)}
          />
        </nav>
      </Layout.Sider>
      <Layout className="app-main">
        <Layout.Header className="app-header">
          <div className="app-header-text">
            <h1 className="app-header-title">{section.label}</h1>
            <div className="app-header-summary">{section.summary}</div>
          </div>
          <GlobalSearch />
          <div className="app-header-date">{formatToday()}</div>
        </Layout.Header>
        <Layout.Content className="app-content">
          <SectionScreen key={section.key} section={section} profile={profile} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
