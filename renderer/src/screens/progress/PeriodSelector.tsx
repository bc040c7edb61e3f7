/** The period the progress is read for: month, quarter, half-year or year, then which one. */
import { Segmented, Select, Space } from 'antd';
import {
  makePeriod,
  type Period,
  type PeriodConvention,
  type PeriodKind,
} from '../../../../shared/domain/periods';
import {
  choosableKinds,
  indexOptions,
  isChoosable,
  kindLabels,
  withKind,
  withYear,
  yearOptions,
  type ChoosableKind,
} from './period-choice';

interface Props {
  period: Period;
  today: string;
  convention: PeriodConvention;
  onChange: (period: Period) => void;
  /** The kinds offered; by default the progress's (month, quarter, 6 months, year). */
  kinds?: readonly PeriodKind[];
}

export function PeriodSelector({ period, today, convention, onChange, kinds = choosableKinds }: Props) {
  const kind: ChoosableKind = isChoosable(period, kinds) ? period.kind : 'year';
  const parts = indexOptions(kind);
  return (
    <Space wrap size="middle" className="period-selector">
      <Segmented<ChoosableKind>
        aria-label="Loại kỳ"
        value={kind}
        options={kinds.map((k) => ({ value: k, label: kindLabels[k] }))}
        onChange={(k) => onChange(withKind(period, k, today, convention))}
      />
      {parts.length > 0 && (
        <Select<number>
          aria-label={kindLabels[kind]}
          value={period.index}
          options={parts}
          onChange={(index) => onChange(makePeriod(kind, period.year, index))}
          style={{ width: 170 }}
        />
      )}
      <Select<number>
        aria-label="Năm"
        value={period.year}
        options={yearOptions(today, period.year).map((y) => ({ value: y, label: `Năm ${y}` }))}
        onChange={(year) => onChange(withYear(period, year))}
        style={{ width: 120 }}
      />
    </Space>
  );
}
