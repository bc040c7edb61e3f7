/** "Thôn, tổ dân phố": the list, a search, add / edit in a window, remove after confirmation. */
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Input } from 'antd';
import { useMemo, useState } from 'react';
import type { Village } from '../../../../shared/contract/types';
import { compareVi, foldVi } from '../../../../shared/vi/text';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { keys, useVillages } from '../../app/queries';
import { formatCount } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { VillageFormModal } from './VillageFormModal';
import { NoVillages, VillagesTable } from './VillagesTable';
import { textLimits } from '../../../../shared/contract/limits';

export function VillagesScreen() {
  const villages = useVillages();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [search, setSearch] = useState('');
  // `opened` counts openings: each one starts a fresh form, without the previous one's messages.
  const [dialog, setDialog] = useState<{ open: boolean; village: Village | null; opened: number }>({
    open: false,
    village: null,
    opened: 0,
  });
  const openDialog = (village: Village | null) =>
    setDialog((d) => ({ open: true, village, opened: d.opened + 1 }));

  const remove = useMutation({
    mutationFn: (village: Village) => api.removeVillage({ id: village.id }),
    onSuccess: (_result, village) => {
      void message.success(`Đã xóa “${village.name}”.`);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.villages }),
        queryClient.invalidateQueries({ queryKey: keys.info }),
      ]);
    },
    onError: (error) => {
      modal.error({ title: 'Không xóa được', content: toShownError(error).message, okText: 'Đóng' });
    },
  });

  const shown = useMemo(() => {
    const all = [...(villages.data ?? [])].sort((a, b) => compareVi(a.name, b.name));
    const key = foldVi(search);
    return key === '' ? all : all.filter((v) => foldVi(v.name).includes(key));
  }, [villages.data, search]);

  if (villages.isError) {
    return (
      <Card>
        <LoadError
          title="Không đọc được danh sách thôn, tổ dân phố"
          error={villages.error}
          onRetry={() => void villages.refetch()}
        />
      </Card>
    );
  }

  const total = villages.data?.length ?? 0;
  return (
    <Card>
      <div className="toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên (gõ không dấu cũng được)"
          aria-label="Tìm thôn, tổ dân phố"
          maxLength={textLimits.search}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="toolbar-search"
        />
        <span className="toolbar-note">
          {villages.isPending
            ? ''
            : search === ''
              ? `${formatCount(total)} đơn vị`
              : `Tìm thấy ${formatCount(shown.length)}/${formatCount(total)}`}
        </span>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => openDialog(null)}
          className="toolbar-end"
        >
          Thêm thôn, tổ dân phố
        </Button>
      </div>
      <VillagesTable
        villages={shown}
        loading={villages.isPending}
        onEdit={openDialog}
        onRemove={(village) => remove.mutateAsync(village).catch(() => undefined)}
        empty={
          villages.isPending ? (
            <span />
          ) : total === 0 ? (
            <NoVillages />
          ) : (
            <Empty description="Không có đơn vị nào khớp với từ cần tìm." />
          )
        }
      />
      <VillageFormModal
        key={dialog.opened}
        open={dialog.open}
        village={dialog.village}
        onClose={() => setDialog((d) => ({ ...d, open: false }))}
      />
    </Card>
  );
}
