/**
 * "Kết quả theo chỉ tiêu": one row per indicator and its number. The indicator is found by typing
 * part of its name without diacritics; choosing one in the last row adds an empty row below, so
 * the officer adds results with Tab alone. An empty row is not saved.
 */
import { Form, InputNumber, Select } from 'antd';
import type { Indicator } from '../../../../shared/contract/monthly-types';
import { pillarLabels } from '../../../../shared/domain/activities';
import { ListEmpty } from '../../components/ListEmpty';
import { foldedFilter, searchKey } from '../../components/forms/vi-search';

interface Props {
  /** Every indicator (for the unit of one already recorded); only active ones are offered. */
  indicators: readonly Indicator[];
}

function ResultRow({ index, indicators, options }: Props & { index: number; options: IndicatorOption[] }) {
  const form = Form.useFormInstance();
  const chosen = Form.useWatch(['results', index, 'indicator'], form) as string | null | undefined;
  const unit = indicators.find((i) => i.code === chosen)?.unit;
  return (
    <div className="result-row">
      <Form.Item name={[index, 'indicator']} className="result-indicator">
        <Select
          aria-label={`Chỉ tiêu ${index + 1}`}
          allowClear
          placeholder="Gõ tên chỉ tiêu, không cần dấu"
          options={options}
          showSearch={{ filterOption: foldedFilter }}
          notFoundContent={<ListEmpty>Không có chỉ tiêu nào khớp.</ListEmpty>}
        />
      </Form.Item>
      <Form.Item name={[index, 'value']} className="result-value">
        <InputNumber
          aria-label={`Số lượng ${index + 1}`}
          min={0}
          precision={0}
          controls={false}
          suffix={unit}
          className="input-count"
        />
      </Form.Item>
    </div>
  );
}

interface IndicatorOption {
  value: string;
  label: string;
  search: string;
}

export function ResultRows({ indicators }: Props) {
  const options: IndicatorOption[] = indicators
    .filter((i) => i.active)
    .map((i) => ({
      value: i.code,
      label: i.name,
      search: searchKey(i.name, i.code, i.platformName ?? '', pillarLabels[i.pillar]),
    }));
  return (
    <fieldset className="result-rows">
      <legend>Kết quả theo chỉ tiêu</legend>
      <Form.List name="results">
        {(fields) =>
          fields.map((field) => (
            <ResultRow key={field.key} index={field.name} indicators={indicators} options={options} />
          ))
        }
      </Form.List>
    </fieldset>
  );
}
