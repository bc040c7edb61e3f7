/**
 * "Danh mục chỉ tiêu và nền tảng số" in Settings: the indicators by pillar (code, name, unit,
 * platform, in use or retired) with add, rename, retire / reactivate and remove (the backend
 * refuses to remove one with results, and says why); the platforms, with add, rename and retire / reactivate.
 */
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Indicator, Platform } from '../../../../shared/contract/monthly-types';
import { pillarLabels, pillars } from '../../../../shared/domain/activities';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshMonthly } from '../../app/monthly-queries';
import { LoadError } from '../../components/LoadError';
import { useCatalog } from './catalog-queries';
import { IndicatorFormModal } from './IndicatorFormModal';
import { PlatformFormModal } from './PlatformFormModal';
import './catalog.css';

type Dialog =
  | { kind: 'none' }
  | { kind: 'indicator'; indicator: Indicator | null }
  | { kind: 'platform'; platform: Platform | null };

const statusTag = (active: boolean) =>
  active ? <Tag color="green">Đang dùng</Tag> : <Tag>Ngừng sử dụng</Tag>;

type CatalogWhat = 'chỉ tiêu' | 'nền tảng';

/** A catalog row's "Đổi tên" and "Ngừng" / "Dùng lại" buttons, named after the row for screen readers. */
function RenameAndRetire({
  item,
  onRename,
  onToggle,
}: {
  item: { name: string; active: boolean };
  onRename: () => void;
  onToggle: () => void;
}) {
  return (
    <>
      <Button size="small" aria-label={`Đổi tên ${item.name}`} onClick={onRename}>
        Đổi tên
      </Button>
      <Button
        size="small"
        aria-label={`${item.active ? 'Ngừng sử dụng' : 'Dùng lại'} ${item.name}`}
        onClick={onToggle}
      >
        {item.active ? 'Ngừng' : 'Dùng lại'}
      </Button>
    </>
  );
}

export function CatalogCard() {
  const [showRetired, setShowRetired] = useState(true);
  const catalog = useCatalog(showRetired);
  const refresh = useRefreshMonthly();
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [opened, setOpened] = useState(0);
  const open = (next: Dialog) => {
    setDialog(next);
    setOpened((n) => n + 1);
  };

  const refused = (title: string) => (error: unknown) =>
    modal.error({ title, content: toShownError(error).message, okText: 'Đóng' });

  // Retire or bring back an indicator or a platform: the same question, the same answer.
  const setActive = useMutation({
    mutationFn: ({ item }: { what: CatalogWhat; item: Indicator | Platform }) =>
      'pillar' in item
        ? api.setIndicatorActive({ code: item.code, active: !item.active })
        : api.setPlatformActive({ code: item.code, active: !item.active }),
    onSuccess: (saved, { what }) => {
      void message.success(
        saved.active ? `Đã dùng lại ${what} “${saved.name}”.` : `Đã ngừng sử dụng ${what} “${saved.name}”.`,
      );
      return refresh();
    },
    onError: (error, { what }) => refused(`Không đổi được trạng thái ${what}`)(error),
  });
  const remove = useMutation({
    mutationFn: (i: Indicator) => api.removeIndicator({ code: i.code }),
    onSuccess: (_r, i) => {
      void message.success(`Đã xóa chỉ tiêu “${i.name}”.`);
      return refresh();
    },
    onError: refused('Không xóa được chỉ tiêu'),
  });

  if (catalog.isError) {
    return (
      <Card title="Danh mục chỉ tiêu và nền tảng số">
        <LoadError
          title="Không đọc được danh mục"
          error={catalog.error}
          onRetry={() => void catalog.refetch()}
        />
      </Card>
    );
  }
  const indicators = catalog.data?.indicators ?? [];
  const platforms = catalog.data?.platforms ?? [];

  return (
    <Card
      title="Danh mục chỉ tiêu và nền tảng số"
      extra={
        <Space>
          <Switch
            checked={showRetired}
            onChange={setShowRetired}
            aria-label="Hiện cả chỉ tiêu và nền tảng đã ngừng sử dụng"
          />
          <span>Hiện cả mục đã ngừng</span>
        </Space>
      }
    >
      <div className="toolbar">
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => open({ kind: 'indicator', indicator: null })}
        >
          Thêm chỉ tiêu
        </Button>
        <span className="toolbar-note">
          Chỉ tiêu đã có kết quả không xóa được: hãy cho ngừng sử dụng, lịch sử vẫn được giữ.
        </span>
      </div>
      {pillars.map((pillar) => (
        <section key={pillar} aria-label={pillarLabels[pillar]} className="catalog-pillar">
          <Typography.Title level={3} className="catalog-pillar-title">
            {pillarLabels[pillar]}
          </Typography.Title>
          <Table<Indicator>
            size="small"
            rowKey="code"
            loading={catalog.isPending}
            pagination={false}
            dataSource={indicators.filter((i) => i.pillar === pillar)}
            rowClassName={(i) => (i.active ? '' : 'row-retired')}
            columns={[
              {
                title: 'Mã',
                dataIndex: 'code',
                width: 200,
                render: (code: string) => <code className="catalog-code">{code}</code>,
              },
              { title: 'Tên chỉ tiêu', dataIndex: 'name' },
              { title: 'Đơn vị', dataIndex: 'unit', width: 90 },
              {
                title: 'Nền tảng',
                dataIndex: 'platformName',
                width: 190,
                render: (n: string | null) => n ?? '—',
              },
              {
                title: 'Trạng thái',
                dataIndex: 'active',
                width: 120,
                render: statusTag,
              },
              {
                title: <span className="visually-hidden">Thao tác</span>,
                key: 'actions',
                width: 200,
                render: (_v, i) => (
                  <Space size={4}>
                    <RenameAndRetire
                      item={i}
                      onRename={() => open({ kind: 'indicator', indicator: i })}
                      onToggle={() => setActive.mutate({ what: 'chỉ tiêu', item: i })}
                    />
                    <Popconfirm
                      title={`Xóa chỉ tiêu “${i.name}”?`}
                      description="Chỉ xóa được chỉ tiêu nhập nhầm, chưa có kết quả."
                      okText="Xóa"
                      cancelText="Không"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove.mutateAsync(i).catch(() => undefined)}
                    >
                      <Button size="small" danger aria-label={`Xóa ${i.name}`}>
                        Xóa
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        </section>
      ))}
      <section aria-label="Nền tảng số" className="catalog-pillar">
        <div className="toolbar">
          <Typography.Title level={3} className="catalog-pillar-title">
            Nền tảng số
          </Typography.Title>
          <Button
            icon={<PlusOutlined />}
            onClick={() => open({ kind: 'platform', platform: null })}
            className="toolbar-end"
          >
            Thêm nền tảng
          </Button>
        </div>
        <Table<Platform>
          size="small"
          rowKey="code"
          loading={catalog.isPending}
          pagination={false}
          className="catalog-platforms"
          aria-label="Danh sách nền tảng số"
          dataSource={platforms}
          rowClassName={(p) => (p.active ? '' : 'row-retired')}
          columns={[
            {
              title: 'Mã',
              dataIndex: 'code',
              width: 200,
              render: (code: string) => <code className="catalog-code">{code}</code>,
            },
            { title: 'Tên nền tảng', dataIndex: 'name' },
            { title: 'Trạng thái', dataIndex: 'active', width: 120, render: statusTag },
            {
              title: <span className="visually-hidden">Thao tác</span>,
              key: 'actions',
              width: 200,
              render: (_v, p) => (
                <Space size={4}>
                  <RenameAndRetire
                    item={p}
                    onRename={() => open({ kind: 'platform', platform: p })}
                    onToggle={() => setActive.mutate({ what: 'nền tảng', item: p })}
                  />
                </Space>
              ),
            },
          ]}
        />
      </section>
      <IndicatorFormModal
        key={`i${opened}`}
        open={dialog.kind === 'indicator'}
        indicator={dialog.kind === 'indicator' ? dialog.indicator : null}
        platforms={platforms}
        onClose={() => setDialog({ kind: 'none' })}
      />
      <PlatformFormModal
        key={`p${opened}`}
        open={dialog.kind === 'platform'}
        platform={dialog.kind === 'platform' ? dialog.platform : null}
        onClose={() => setDialog({ kind: 'none' })}
      />
    </Card>
  );
}
