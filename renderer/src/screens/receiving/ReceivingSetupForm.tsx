/**
 * First start as a receiving unit ("Cơ quan nhận báo cáo"): its name, its province and the
 * communes it receives from, picked from the official list of that province.
 */
import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select } from 'antd';
import { textLimits } from '../../../../shared/contract/limits';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useCommunes, useProvinces } from '../../app/queries';
import { receivingKeys } from './receiving-queries';

interface Values {
  name: string;
  provinceCode?: string;
  communeCodes: string[];
  signerName?: string;
}

export function ReceivingSetupForm() {
  const [form] = Form.useForm<Values>();
  const provinceCode = Form.useWatch('provinceCode', form);
  const provinces = useProvinces();
  const communes = useCommunes(provinceCode);
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const setup = useMutation({
    mutationFn: (values: Values) =>
      api.setupReceivingUnit({
        name: values.name,
        provinceCode: values.provinceCode ?? '',
        signerName: values.signerName ?? null,
        communes: values.communeCodes.map((code) => ({ code })),
      }),
    onSuccess: async (profile) => {
      window.location.hash = '/';
      queryClient.setQueryData(receivingKeys.profile, profile);
      await queryClient.invalidateQueries();
      void message.success(`Đã thiết lập ${profile.name}. Bước tiếp theo: nhập các gói dữ liệu của xã.`);
    },
    onError: (error) => modal.error({ title: 'Chưa thiết lập được', content: toShownError(error).message }),
  });

  return (
    <Form<Values>
      form={form}
      name="receiving-setup"
      layout="vertical"
      initialValues={{ communeCodes: [] }}
      onFinish={(values) => setup.mutate(values)}
    >
      <Form.Item
        name="name"
        label="Tên cơ quan"
        rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên cơ quan nhận báo cáo.' }]}
      >
        <Input maxLength={textLimits.issuerName} placeholder="Sở Khoa học và Công nghệ tỉnh …" />
      </Form.Item>
      <Form.Item
        name="provinceCode"
        label="Tỉnh, thành phố"
        rules={[{ required: true, message: 'Hãy chọn tỉnh.' }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={provinces.isPending}
          options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
          onChange={() => form.setFieldValue('communeCodes', [])}
          placeholder="Chọn tỉnh"
        />
      </Form.Item>
      <Form.Item
        name="communeCodes"
        label="Các xã, phường gửi báo cáo"
        extra="Chọn trong danh mục của tỉnh; xã chưa có trong danh mục thêm sau trong Danh sách xã."
      >
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          disabled={provinceCode === undefined}
          loading={communes.isFetching}
          options={(communes.data ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
          placeholder="Chọn các xã, phường"
        />
      </Form.Item>
      <Form.Item
        name="signerName"
        label="Thủ trưởng cơ quan (ký báo cáo tổng hợp)"
        extra="Chức danh, cấp phó ký thay: sửa sau ở tab “Thông tin cơ quan”."
      >
        <Input maxLength={textLimits.personName} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<CheckOutlined />} loading={setup.isPending}>
        Lưu và bắt đầu
      </Button>
    </Form>
  );
}
