/**
 * "Chỉ tiêu": the targets of a year, per indicator grouped by pillar — the commune's target, the
 * sum given to the village teams and what is left. Opening an indicator shows each team's target,
 * typed by hand or split from the commune's by households.
 */
import { Button, Card, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { pillarLabels, pillars } from '../../../../shared/domain/activities';
import { MAX_YEAR, MIN_YEAR } from '../../../../shared/domain/periods';
import { todayIso } from '../../../../shared/vi/dates';
import { formatCount } from '../../components/format';
import { LoadError } from '../../components/LoadError';
import { useCatalog } from '../settings/catalog-queries';
import { IndicatorTargetsDrawer } from './IndicatorTargetsDrawer';
import { indicatorTargetRows, leftText, type IndicatorTargetRow } from './target-rows';
import { useTargets } from './target-queries';
import './targets.css';

function yearOptions(current: number) {
  const years: number[] = [];
  for (let y = Math.min(MAX_YEAR, current + 1); y >= Math.max(MIN_YEAR, current - 4); y -= 1) years.push(y);
  return years.map((y) => ({ value: y, label: `Năm ${y}` }));
}

export function TargetsTab() {
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const catalog = useCatalog(true);
  const targets = useTargets(year);
  const [openCode, setOpenCode] = useState<string | null>(null);

  const rows = useMemo(
    () => indicatorTargetRows(catalog.data?.indicators ?? [], targets.data ?? []),
    [catalog.data, targets.data],
  );
  const opened = rows.find((r) => r.indicator.code === openCode) ?? null;
  const failed = catalog.isError ? catalog : targets.isError ? targets : null;
  const loading = catalog.isPending || targets.isPending;

  return (
    <Card>
      <div className="toolbar">
        <label htmlFor="targets-year">Chỉ tiêu của</label>
        <Select<number>
          id="targets-year"
          value={year}
          onChange={(y) => {
            setYear(y);
            setOpenCode(null);
          }}
          options={yearOptions(thisYear)}
          className="targets-year"
        />
        <span className="toolbar-note">
          Bấm tên chỉ tiêu để giao cho từng Tổ thôn, tổ dân phố (nhập tay hoặc chia theo số hộ).
        </span>
      </div>
      {failed !== null ? (
        <LoadError
          title="Không đọc được chỉ tiêu"
          error={failed.error}
          onRetry={() => void failed.refetch()}
        />
      ) : (
        pillars.map((pillar) => (
          <section key={pillar} aria-label={pillarLabels[pillar]} className="targets-pillar">
            <Typography.Title level={3} className="targets-pillar-title">
              {pillarLabels[pillar]}
            </Typography.Title>
            <Table<IndicatorTargetRow>
              rowKey={(r) => r.indicator.code}
              size="small"
              loading={loading}
              pagination={false}
              dataSource={rows.filter((r) => r.indicator.pillar === pillar)}
              rowClassName={(r) => (r.indicator.active ? '' : 'row-retired')}
              columns={[
                {
                  title: 'Chỉ tiêu',
                  key: 'name',
                  render: (_v, r) => (
                    <Button type="link" className="target-open" onClick={() => setOpenCode(r.indicator.code)}>
                      {r.indicator.name}
                      {r.indicator.active ? '' : ' (đã ngừng)'}
                    </Button>
                  ),
                },
                { title: 'Đơn vị', key: 'unit', width: 100, render: (_v, r) => r.indicator.unit },
                {
                  title: 'Chỉ tiêu của xã',
                  key: 'commune',
                  width: 140,
                  align: 'right',
                  render: (_v, r) => (r.commune === null ? 'chưa giao' : formatCount(r.commune.value)),
                },
                {
                  title: 'Đã giao cho các Tổ',
                  key: 'assigned',
                  width: 160,
                  align: 'right',
                  render: (_v, r) =>
                    r.teams === 0 ? '—' : `${formatCount(r.assigned)} (${formatCount(r.teams)} Tổ)`,
                },
                {
                  title: 'Còn lại',
                  key: 'left',
                  width: 130,
                  align: 'right',
                  render: (_v, r) => (
                    <span className={r.left !== null && r.left < 0 ? 'target-over' : undefined}>
                      {leftText(r.left)}
                    </span>
                  ),
                },
              ]}
            />
          </section>
        ))
      )}
      <IndicatorTargetsDrawer
        year={year}
        row={opened}
        targets={targets.data ?? []}
        onClose={() => setOpenCode(null)}
      />
    </Card>
  );
}
