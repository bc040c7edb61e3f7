/**
 * "Thông tin cơ quan": the receiving unit's own settings — the names its report's header is made
 * of, the symbol of its reports, the deadline day the completeness matrix judges "late" by, and
 * who signs (the head, and the deputies who sign for the head: the commune's signer fields).
 * Checked with the contract's schema in the browser; the backend's refusals land under the fields.
 */
import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useState } from 'react';
import { textLimits } from '../../../../shared/contract/limits';
import {
  maxUnitDeputies,
  updateReceivingProfileSchema,
  type UpdateReceivingProfileInput,
} from '../../../../shared/contract/receiving-schemas';
import type { ReceivingProfile } from '../../../../shared/contract/receiving-types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { LeaderFields } from '../../components/profile/LeaderFields';
import type { LeaderValues } from '../../components/profile/profile-form-values';
import { receivingKeys } from './receiving-queries';

interface Values {
  name?: string;
  issuerName?: string;
  placeName?: string;
  symbol?: string;
  deadlineDay?: number | null;
  chairman: LeaderValues;
  viceChairmen: LeaderValues[];
}

/** The head's usual title: a People's Committee's Chairman, otherwise a Director (Giám đốc). */
function usualHeadTitle(name: string): string {
  return /^(ủy|uỷ) ban nhân dân|^UBND/iu.test(name.trim()) ? 'Chủ tịch' : 'Giám đốc';
}

function valuesOf(profile: ReceivingProfile): Values {
  return {
    name: profile.name,
    issuerName: profile.issuerName,
    placeName: profile.placeName,
    symbol: profile.symbol,
    deadlineDay: profile.deadlineDay,
    chairman: profile.head ?? { name: '', title: usualHeadTitle(profile.name) },
    viceChairmen: profile.deputies.map((d) => ({ ...d })),
  };
}

function inputOf(values: Values): unknown {
  const leader = (v: LeaderValues | undefined) => ({ name: v?.name ?? '', title: v?.title ?? '' });
  return {
    name: values.name ?? '',
    issuerName: values.issuerName ?? '',
    placeName: values.placeName ?? '',
    symbol: values.symbol ?? '',
    deadlineDay: values.deadlineDay ?? null,
    head: leader(values.chairman),
    deputies: (values.viceChairmen ?? []).map(leader),
  };
}

/** The form's field of an input path: the head and deputies sit under the signer fields' names. */
function fieldOf(path: string): string {
  return path.replace(/^head\b/u, 'chairman').replace(/^deputies\b/u, 'viceChairmen');
}

const shape = updateReceivingProfileSchema.shape;

export function UnitProfilePanel({ profile }: { profile: ReceivingProfile }) {
  const [form] = Form.useForm<Values>();
  const [initialValues] = useState(() => valuesOf(profile));
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const headTitle = Form.useWatch(['chairman', 'title'], form) ?? initialValues.chairman.title ?? '';
  const save = useMutation({
    mutationFn: (input: UpdateReceivingProfileInput) => api.updateReceivingProfile(input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(receivingKeys.profile, saved);
      // The matrix judges "late" by the deadline day: read it again.
      await queryClient.invalidateQueries({ queryKey: ['completeness'] });
      void message.success('Đã lưu thông tin cơ quan.');
    },
  });
  const submit = async (values: Values) => {
    setProblem(null);
    const checked = updateReceivingProfileSchema.safeParse(inputOf(values));
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error), fieldOf);
      return;
    }
    try {
      await save.mutateAsync(checked.data);
    } catch (error) {
      const shown = toShownError(error);
      if (!showFieldProblems(form, shown.fields, fieldOf) || shown.code !== 'validation') {
        setProblem(shown.message);
      }
    }
  };
  return (
    <Card title={<h3 className="card-heading">Thông tin cơ quan</h3>} style={{ maxWidth: 880 }}>
      <Form<Values>
        form={form}
        name="unit-profile"
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label="Tên cơ quan" name="name" required rules={[zodRule(shape.name)]}>
          <Input maxLength={textLimits.issuerName} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label="Tên cơ quan ban hành (đầu văn bản)"
              name="issuerName"
              required
              rules={[zodRule(shape.issuerName)]}
              extra="In hoa ở góc trái đầu báo cáo; cơ quan chủ quản (UBND tỉnh) tự thêm phía trên."
            >
              <Input maxLength={textLimits.issuerName} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="Địa danh" name="placeName" required rules={[zodRule(shape.placeName)]}>
              <Input maxLength={textLimits.placeName} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              label="Ký hiệu báo cáo"
              name="symbol"
              required
              rules={[zodRule(shape.symbol)]}
              extra="Ví dụ BC-SKHCN: Số 05/BC-SKHCN."
            >
              <Input maxLength={textLimits.symbol} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Hạn gửi gói số liệu tháng: ngày của tháng sau"
          name="deadlineDay"
          required
          rules={[zodRule(shape.deadlineDay, null)]}
          extra="Gói của một tháng nhận sau ngày này của tháng sau được tính là nhận muộn (từ 1 đến 28; mặc định 15)."
        >
          <InputNumber style={{ width: 120 }} />
        </Form.Item>
        <LeaderFields
          headLabel="Thủ trưởng cơ quan (ký báo cáo)"
          deputyLabel="Cấp phó"
          deputyTitle={`Phó ${headTitle === '' ? 'Giám đốc' : headTitle}`}
          maxDeputies={maxUnitDeputies}
        />
        <Alert
          type="info"
          showIcon
          className="form-problem"
          title={
            profile.onBehalf === null
              ? `Báo cáo do thủ trưởng ký, hoặc cấp phó ký thay (KT. ${headTitle.toLocaleUpperCase('vi')}).`
              : `Báo cáo ký thay mặt tập thể: “${profile.onBehalf}” ở trên chức vụ người ký.`
          }
        />
        {problem !== null && (
          <Alert type="error" showIcon title={problem} role="alert" className="form-problem" />
        )}
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          Lưu thông tin cơ quan
        </Button>
      </Form>
    </Card>
  );
}
