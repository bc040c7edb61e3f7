/**
 * "Người": everyone in the register, searched as you type without diacritics; add and edit in a
 * window, details in a side panel (`#/nguoi?id=…` opens one), import from and export to Excel.
 */
import {
  DownloadOutlined,
  FileExcelOutlined,
  PlusOutlined,
  SearchOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Empty, Input, Space, Switch } from 'antd';
import { useState } from 'react';
import type { DuplicateHint, Person } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { usePeople } from '../../app/register-queries';
import { navigateTo, useRouteParam } from '../../app/router';
import { saveDownload } from '../../components/files/save-download';
import { formatCount } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { useDebounced } from '../../components/use-debounced';
import { useFillHeight } from '../../components/use-fill-height';
import { ImportDialog } from './ImportDialog';
import { PeopleTable } from './PeopleTable';
import { countNote } from './person-text';
import { PersonDrawer } from './PersonDrawer';
import { PersonFormModal } from './PersonFormModal';
import './people.css';
import { textLimits } from '../../../../shared/contract/limits';

/** Below the table's body: its header row, the card's and the page's bottom padding. */
const tableReserve = 40 + 16 + 32;

export function PeopleScreen() {
  const openId = useRouteParam('id');
  // The header search's "Xem tất cả" arrives with its query (`#/nguoi?q=…`).
  const routeQuery = useRouteParam('q');
  const [search, setSearch] = useState(routeQuery ?? '');
  const [shownRouteQuery, setShownRouteQuery] = useState(routeQuery);
  if (routeQuery !== shownRouteQuery) {
    setShownRouteQuery(routeQuery);
    if (routeQuery !== null) setSearch(routeQuery);
  }
  const [includeArchived, setIncludeArchived] = useState(false);
  const query = useDebounced(search.trim(), 150);
  const people = usePeople(query, includeArchived);
  const [tableBox, tableHeight] = useFillHeight<HTMLDivElement>(tableReserve);
  const { modal } = App.useApp();
  // `opened` counts openings: each one starts a fresh form.
  const [form, setForm] = useState<{ open: boolean; person: Person | null; opened: number }>({
    open: false,
    person: null,
    opened: 0,
  });
  const [importing, setImporting] = useState({ open: false, opened: 0 });

  const openPerson = (id: string) => navigateTo('nguoi', { id });
  const openForm = (person: Person | null) => setForm((f) => ({ open: true, person, opened: f.opened + 1 }));
  const showHint = (hint: DuplicateHint) => openPerson(hint.personId);

  const fail = (title: string) => (error: unknown) =>
    modal.error({ title, content: toShownError(error).message, okText: 'Đóng' });
  const template = useMutation({
    mutationFn: () => api.downloadPeopleTemplate(),
    onSuccess: saveDownload,
    onError: fail('Không tải được tệp mẫu'),
  });
  const exportList = useMutation({
    mutationFn: () => api.exportPeople({ search: query, includeArchived }),
    onSuccess: saveDownload,
    onError: fail('Không xuất được danh sách'),
  });

  const list = people.data ?? [];
  const searching = query !== '';

  return (
    <Card
      className="people-card"
      title="Danh sách người"
      extra={
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)}>
            Thêm người
          </Button>
          <Button
            icon={<UploadOutlined />}
            onClick={() => setImporting((i) => ({ open: true, opened: i.opened + 1 }))}
          >
            Nhập từ Excel
          </Button>
          <Button icon={<DownloadOutlined />} loading={template.isPending} onClick={() => template.mutate()}>
            Tải tệp mẫu
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            loading={exportList.isPending}
            disabled={list.length === 0}
            onClick={() => exportList.mutate()}
          >
            Xuất Excel
          </Button>
        </Space>
      }
    >
      <div className="toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên, số điện thoại, chức vụ, thôn (không cần dấu)"
          aria-label="Tìm người"
          maxLength={textLimits.search}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="toolbar-search people-search"
        />
        <label className="switch-label">
          <Switch size="small" checked={includeArchived} onChange={setIncludeArchived} />
          Hiện cả người đã lưu trữ
        </label>
        <span className="toolbar-note toolbar-end" data-testid="people-count" aria-live="polite">
          {people.isPending ? '' : countNote(formatCount(list.length), searching)}
        </span>
      </div>
      <div ref={tableBox}>
        {people.isError ? (
          <LoadError
            title="Không đọc được danh sách người"
            error={people.error}
            onRetry={() => void people.refetch()}
          />
        ) : (
          <PeopleTable
            people={list}
            loading={people.isPending}
            height={tableHeight}
            onOpen={(person) => openPerson(person.id)}
            onEdit={openForm}
            empty={
              people.isPending ? (
                <span />
              ) : searching || includeArchived ? (
                <Empty description="Không có ai khớp với từ cần tìm." />
              ) : (
                <Empty description="Chưa có ai trong sổ. Bấm “Thêm người” hoặc “Nhập từ Excel” để bắt đầu." />
              )
            }
          />
        )}
      </div>
      <PersonDrawer
        personId={openId}
        onClose={() => navigateTo('nguoi')}
        onEdit={openForm}
        onOpenPerson={showHint}
      />
      <PersonFormModal
        key={`form-${form.opened}`}
        open={form.open}
        person={form.person}
        onClose={() => setForm((f) => ({ ...f, open: false }))}
        duplicateAction={{ label: 'Xem hồ sơ', run: showHint }}
      />
      <ImportDialog
        key={`import-${importing.opened}`}
        open={importing.open}
        onClose={() => setImporting((i) => ({ ...i, open: false }))}
      />
    </Card>
  );
}
