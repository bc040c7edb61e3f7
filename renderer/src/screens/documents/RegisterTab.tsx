/**
 * "Sổ văn bản đi": the register of one year, filtered by kind, drafts shown on request; export
 * to Excel; decisions made before the application was used are recorded here too.
 */
import { FileExcelOutlined, HistoryOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Empty, Select, Switch } from 'antd';
import type { DocumentSummary } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { saveDownload } from '../../components/files/save-download';
import { formatCount } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { registerInput, useOutgoingRegister, type RegisterQuery } from './document-queries';
import { registerKindOptions, yearOptions } from './document-text';
import { RegisterTable } from './RegisterTable';

interface Props {
  query: RegisterQuery;
  onQueryChange: (query: RegisterQuery) => void;
  onOpen: (doc: DocumentSummary) => void;
}

const years = yearOptions(new Date().getFullYear()).map((y) => ({ value: y, label: `Năm ${y}` }));

function countNote(docs: readonly DocumentSummary[]): string {
  const numbered = docs.filter((d) => d.number !== null).length;
  const drafts = docs.length - numbered;
  const parts = [`${formatCount(numbered)} văn bản có số`];
  if (drafts > 0) parts.push(`${formatCount(drafts)} bản nháp`);
  return parts.join(', ');
}

/**
 * Beside the tabs: record an earlier decision, export the register as shown (year and kind).
 * Placed next to the tab bar, not inside it: the bar is a list of tabs for assistive technology,
 * and buttons within it break that structure (axe: aria-required-children).
 */
export function RegisterActions({ query, onRecordPast }: { query: RegisterQuery; onRecordPast: () => void }) {
  const { modal } = App.useApp();
  const exportRegister = useMutation({
    mutationFn: () => {
      const { year, kind } = registerInput(query);
      return api.exportRegister(kind === undefined ? { year } : { year, kind });
    },
    onSuccess: saveDownload,
    onError: (error) => {
      modal.error({ title: 'Không xuất được sổ', content: toShownError(error).message, okText: 'Đóng' });
    },
  });
  return (
    <span className="register-actions">
      <Button icon={<HistoryOutlined />} onClick={onRecordPast}>
        Ghi quyết định đã ban hành trước
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={exportRegister.isPending}
        onClick={() => exportRegister.mutate()}
      >
        Xuất Excel
      </Button>
    </span>
  );
}

export function RegisterTab({ query, onQueryChange, onOpen }: Props) {
  const register = useOutgoingRegister(query);
  const docs = register.data ?? [];
  const filtered = query.kind !== null;

  return (
    <div className="register-tab">
      <div className="toolbar register-toolbar">
        <Select
          aria-label="Năm"
          className="register-year"
          value={query.year}
          options={years}
          onChange={(year: number) => onQueryChange({ ...query, year })}
        />
        <Select
          aria-label="Loại văn bản"
          className="register-kind"
          allowClear
          placeholder="Tất cả các loại văn bản"
          value={query.kind ?? undefined}
          options={registerKindOptions}
          onChange={(kind: string | undefined) => onQueryChange({ ...query, kind: kind ?? null })}
          popupMatchSelectWidth={false}
        />
        <label className="register-switch">
          <Switch
            size="small"
            checked={query.includeDrafts}
            onChange={(includeDrafts) => onQueryChange({ ...query, includeDrafts })}
          />
          Hiện cả bản nháp
        </label>
        <span className="toolbar-note" data-testid="register-count" aria-live="polite">
          {register.isPending ? '' : countNote(docs)}
        </span>
      </div>
      {register.isError ? (
        <LoadError
          title="Không đọc được sổ văn bản đi"
          error={register.error}
          onRetry={() => void register.refetch()}
        />
      ) : (
        <RegisterTable
          documents={docs}
          loading={register.isPending || register.isPlaceholderData}
          onOpen={onOpen}
          empty={
            register.isPending ? (
              <span />
            ) : (
              <Empty
                description={
                  filtered
                    ? `Năm ${query.year} không có văn bản nào thuộc loại này trong sổ.`
                    : `Năm ${query.year} chưa có văn bản nào trong sổ. Soạn quyết định ở thẻ “Soạn văn bản”, hoặc bấm “Ghi quyết định đã ban hành trước”.`
                }
              />
            )
          }
        />
      )}
    </div>
  );
}
