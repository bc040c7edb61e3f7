/**
 * "Nhật ký hoạt động": what the teams did, filtered by period, team, village, kind, platform,
 * pillar or indicator (the filters live in the route, so a figure of the dashboard opens the log
 * filtered), with the count and totals of what is shown; entry by keyboard ("Ghi hoạt động",
 * Alt+N), edit, delete, and the import of a month from a spreadsheet.
 */
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Activity } from '../../../../shared/contract/monthly-types';
import { activityKindLabels } from '../../../../shared/domain/activities';
import { isoToVi } from '../../../../shared/vi/dates';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshMonthly } from '../../app/monthly-queries';
import { useVillages } from '../../app/queries';
import { usePeople, useTeams } from '../../app/register-queries';
import { LoadError } from '../../components/LoadError';
import { useFillHeight } from '../../components/use-fill-height';
import { countFilters } from './activity-filters';
import { useActivities, useCatalog } from './activity-queries';
import { catalogNames, totalsLine, totalsOf } from './activity-text';
import { ActivityDrawer } from './ActivityDrawer';
import { ActivityFilterBar } from './ActivityFilterBar';
import { ActivityFormModal } from './ActivityFormModal';
import { ActivityImportDialog } from './ActivityImportDialog';
import { ActivityTable } from './ActivityTable';
import { useRouteFilters } from './use-route-filters';
import './activities.css';

/** Below the table's body: its header row and the page's bottom padding. */
const tableReserve = 40 + 32;

export function ActivityLogTab() {
  const [{ filters, ignored }, setFilters] = useRouteFilters();
  const activities = useActivities(filters);
  const catalog = useCatalog();
  const teams = useTeams();
  const villages = useVillages();
  const people = usePeople('');
  const refresh = useRefreshMonthly();
  const { message, modal } = App.useApp();
  const [tableBox, tableHeight] = useFillHeight<HTMLDivElement>(tableReserve);
  // `opened` counts openings: each one starts a fresh form.
  const [form, setForm] = useState<{ open: boolean; activity: Activity | null; opened: number }>({
    open: false,
    activity: null,
    opened: 0,
  });
  // `opened` counts openings: each one starts a fresh import.
  const [importing, setImporting] = useState({ open: false, opened: 0 });
  const [shown, setShown] = useState<Activity | null>(null);
  // Stable, so the memoised table is not drawn again while a filter loads.
  const openForm = useCallback(
    (activity: Activity | null) => setForm((f) => ({ open: true, activity, opened: f.opened + 1 })),
    [],
  );

  // Alt+N anywhere in the log opens the entry form.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
        event.preventDefault();
        setForm((f) => (f.open ? f : { open: true, activity: null, opened: f.opened + 1 }));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const names = useMemo(() => catalogNames(catalog.data), [catalog.data]);
  const list = activities.data ?? [];
  const filtered = countFilters(filters) > 0;

  const remove = useCallback(
    async (a: Activity) => {
      try {
        await api.deleteActivity({ id: a.id });
        await refresh();
        void message.success(
          `Đã xóa hoạt động ${activityKindLabels[a.kind]} ngày ${isoToVi(a.date)}, ${a.teamName}.`,
        );
      } catch (error) {
        modal.error({
          title: 'Không xóa được hoạt động',
          content: toShownError(error).message,
          okText: 'Đóng',
        });
      }
    },
    [refresh, message, modal],
  );

  return (
    <div className="activity-log">
      <div className="toolbar">
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => openForm(null)}
            aria-keyshortcuts="Alt+N"
          >
            Ghi hoạt động
          </Button>
          <Button
            icon={<UploadOutlined />}
            onClick={() => setImporting((i) => ({ open: true, opened: i.opened + 1 }))}
          >
            Nhập từ Excel
          </Button>
        </Space>
        <span className="toolbar-note">Alt+N: ghi hoạt động mới</span>
        <span className="toolbar-note toolbar-end" data-testid="activity-totals" aria-live="polite">
          {activities.isPending
            ? ''
            : activities.isPlaceholderData
              ? 'Đang lọc…'
              : totalsLine(totalsOf(list))}
        </span>
      </div>
      <ActivityFilterBar
        filters={filters}
        onChange={setFilters}
        teams={teams.data ?? []}
        villages={villages.data ?? []}
        catalog={catalog.data}
      />
      {ignored.length > 0 && (
        <Alert
          className="activity-ignored"
          type="warning"
          showIcon
          title={`Đường dẫn có bộ lọc không hợp lệ, đã bỏ qua: ${ignored.join(', ')}.`}
        />
      )}
      <div ref={tableBox}>
        {activities.isError ? (
          <LoadError
            title="Không đọc được danh sách hoạt động"
            error={activities.error}
            onRetry={() => void activities.refetch()}
          />
        ) : (
          <ActivityTable
            activities={list}
            names={names}
            // Not while a new filter loads: a spinner over ten thousand rows costs more than the query.
            loading={activities.isPending}
            height={tableHeight}
            onOpen={setShown}
            onEdit={openForm}
            onDelete={remove}
            filtered={filtered}
          />
        )}
      </div>
      <ActivityFormModal
        key={`form-${form.opened}`}
        open={form.open}
        activity={form.activity}
        teams={teams.data ?? []}
        people={people.data ?? []}
        catalog={catalog.data}
        onClose={() => setForm((f) => ({ ...f, open: false }))}
      />
      <ActivityDrawer
        activity={shown}
        names={names}
        catalog={catalog.data}
        people={people.data ?? []}
        onClose={() => setShown(null)}
        onEdit={(a) => {
          setShown(null);
          openForm(a);
        }}
        onDelete={remove}
      />
      <ActivityImportDialog
        key={`import-${importing.opened}`}
        open={importing.open}
        onClose={() => setImporting((i) => ({ ...i, open: false }))}
      />
    </div>
  );
}
