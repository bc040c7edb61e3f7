/**
 * The administrative unit: province and commune chosen from the official list (after the July
 * 2025 reform), or typed in by hand when the list does not have them.
 */
import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import type { DefaultOptionType } from 'antd/es/select';
import {
  communeCodeSchema,
  profileInputSchema,
  provinceCodeSchema,
} from '../../../../shared/contract/schemas';
import type { AdminUnit } from '../../../../shared/contract/types';
import { foldedFilter, searchKey } from '../forms/vi-search';
import { useCommunes, useProvinces } from '../../app/queries';
import { toShownError } from '../../app/errors';
import { zodRule } from '../forms/field-errors';
import { textLimits } from '../../../../shared/contract/limits';
import { ListEmpty } from '../ListEmpty';

interface UnitOption extends DefaultOptionType {
  value: string;
  label: string;
  search: string;
}

function toOptions(units: AdminUnit[] | undefined): UnitOption[] {
  return (units ?? []).map((u) => ({ value: u.code, label: u.name, search: searchKey(u.name, u.code) }));
}

/** Diacritic-insensitive: "dong son", "Đông Sơn" and "21109" all find Xã Đông Sơn. */
const search = { filterOption: foldedFilter };

export function UnitFields() {
  const form = Form.useFormInstance();
  const manual = Form.useWatch('manualUnit', form) === true;
  const provinceCode = Form.useWatch<string | undefined>('provinceCode', form);
  const provinces = useProvinces();
  const communes = useCommunes(manual ? undefined : provinceCode);
  const listError = provinces.error ?? communes.error;

  const onManualChange = (checked: boolean) => {
    if (!checked) return;
    // Start the typed names from what was chosen, so nothing has to be typed twice.
    const province = provinces.data?.find((p) => p.code === form.getFieldValue('provinceCode'));
    const commune = communes.data?.find((c) => c.code === form.getFieldValue('communeCode'));
    if (province) form.setFieldValue('provinceName', province.name);
    if (commune) form.setFieldValue('communeName', commune.name);
  };

  return (
    <>
      {manual ? (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              label="Tỉnh, thành phố"
              name="provinceName"
              required
              rules={[zodRule(profileInputSchema.shape.provinceName)]}
            >
              <Input placeholder="Ví dụ: Tỉnh Quảng Ngãi" maxLength={textLimits.placeName} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label="Mã tỉnh" name="provinceCode" required rules={[zodRule(provinceCodeSchema)]}>
              <Input placeholder="51" maxLength={2} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="Xã, phường"
              name="communeName"
              required
              rules={[zodRule(profileInputSchema.shape.communeName)]}
            >
              <Input placeholder="Ví dụ: Xã Đông Sơn" maxLength={textLimits.placeName} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label="Mã xã" name="communeCode" required rules={[zodRule(communeCodeSchema)]}>
              <Input placeholder="21109" maxLength={5} inputMode="numeric" />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label="Tỉnh, thành phố"
              name="provinceCode"
              required
              rules={[{ required: true, message: 'Chưa chọn tỉnh, thành phố. Hãy chọn trong danh sách.' }]}
              validateStatus={listError ? 'error' : undefined}
              help={listError ? toShownError(listError).message : undefined}
            >
              <Select<string, UnitOption>
                showSearch={search}
                options={toOptions(provinces.data)}
                loading={provinces.isPending}
                placeholder="Chọn hoặc gõ tên tỉnh, thành phố"
                notFoundContent={<ListEmpty>Không có tỉnh, thành phố nào khớp</ListEmpty>}
                onChange={() => form.setFieldValue('communeCode', undefined)}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="Xã, phường"
              name="communeCode"
              required
              rules={[
                {
                  required: true,
                  message:
                    'Chưa chọn xã, phường. Hãy chọn trong danh sách, hoặc đánh dấu “Đơn vị không có trong danh sách” để tự nhập.',
                },
              ]}
            >
              <Select<string, UnitOption>
                showSearch={search}
                options={toOptions(communes.data)}
                disabled={provinceCode === undefined}
                loading={communes.isFetching}
                placeholder={
                  provinceCode === undefined ? 'Chọn tỉnh, thành phố trước' : 'Chọn hoặc gõ tên xã, phường'
                }
                notFoundContent={<ListEmpty>Không có xã, phường nào khớp</ListEmpty>}
                optionRender={(option) => (
                  <span className="unit-option">
                    <span>{option.label}</span>
                    <span className="unit-option-code">{option.value}</span>
                  </span>
                )}
                labelRender={({ label, value }) => (
                  <span>
                    {label} <span className="unit-option-code">· mã {value}</span>
                  </span>
                )}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item name="manualUnit" valuePropName="checked" className="form-item-compact">
        <Checkbox onChange={(e) => onManualChange(e.target.checked)}>
          Đơn vị không có trong danh sách
        </Checkbox>
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            label="Tên huyện (nếu còn)"
            name="districtName"
            rules={[zodRule(profileInputSchema.shape.districtName)]}
            tooltip="Từ 01/7/2025 không còn cấp huyện; chỉ điền nếu văn bản của xã vẫn cần ghi tên huyện."
          >
            <Input placeholder="Để trống nếu không còn cấp huyện" maxLength={textLimits.placeName} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
