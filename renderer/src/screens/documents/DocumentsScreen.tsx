/**
 * "Văn bản": the outgoing register (sổ văn bản đi) and the composing of decisions. A document
 * opens in a side panel (`#/van-ban?id=…`), so a reload or the Back button keeps it.
 */
import { App, Card, Tabs } from 'antd';
import { useState } from 'react';
import type { DocumentDetail, Profile } from '../../../../shared/contract/types';
import { navigateTo, useRouteParam } from '../../app/router';
import { ComposeTab } from './ComposeTab';
import type { RegisterQuery } from './document-queries';
import { DocumentDrawer } from './DocumentDrawer';
import { PastDecisionModal } from './PastDecisionModal';
import { RegisterActions, RegisterTab } from './RegisterTab';
import './documents.css';

type TabKey = 'register' | 'compose';

export function DocumentsScreen({ profile }: { profile: Profile }) {
  const openId = useRouteParam('id');
  const [tab, setTab] = useState<TabKey>('register');
  const [query, setQuery] = useState<RegisterQuery>({
    year: new Date().getFullYear(),
    kind: null,
    includeDrafts: false,
  });
  const [past, setPast] = useState({ open: false, opened: 0 });
  const { message } = App.useApp();

  const open = (id: string) => navigateTo('van-ban', { id });

  const created = (docs: DocumentDetail[]) => {
    // The drafts are in the register (with the drafts shown); a single one opens at once.
    setQuery((q) => ({ ...q, year: new Date().getFullYear(), kind: null, includeDrafts: true }));
    setTab('register');
    const [first] = docs;
    if (docs.length === 1 && first !== undefined) open(first.id);
    else
      void message.success(
        `Đã soạn ${docs.length} bản nháp quyết định. Bấm từng dòng trong sổ để xem, sửa và in.`,
      );
  };

  return (
    <Card className="documents-card">
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        renderTabBar={(props, DefaultTabBar) => (
          <div className="documents-tab-bar">
            <DefaultTabBar {...props} />
            {tab === 'register' && (
              <RegisterActions
                query={query}
                onRecordPast={() => setPast((p) => ({ open: true, opened: p.opened + 1 }))}
              />
            )}
          </div>
        )}
        items={[
          {
            key: 'register',
            label: 'Sổ văn bản đi',
            children: <RegisterTab query={query} onQueryChange={setQuery} onOpen={(doc) => open(doc.id)} />,
          },
          { key: 'compose', label: 'Soạn văn bản', children: <ComposeTab onCreated={created} /> },
        ]}
      />
      <DocumentDrawer id={openId} profile={profile} onClose={() => navigateTo('van-ban')} />
      <PastDecisionModal
        key={past.opened}
        open={past.open}
        profile={profile}
        onClose={() => setPast((p) => ({ ...p, open: false }))}
        onSaved={(doc) => setQuery((q) => ({ ...q, year: Number(doc.date?.slice(0, 4) ?? q.year) }))}
      />
    </Card>
  );
}
