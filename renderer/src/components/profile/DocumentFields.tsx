/** How the commune appears on the documents it issues, and who receives its reports. */
import { Col, Form, Input, Row } from 'antd';
import { profileInputSchema } from '../../../../shared/contract/schemas';
import { upperVi } from '../../../../shared/vi/text';
import { zodRule } from '../forms/field-errors';
import { textLimits } from '../../../../shared/contract/limits';

const shape = profileInputSchema.shape;

export function DocumentFields() {
  const form = Form.useFormInstance();
  return (
    <>
      <Form.Item
        label="Tên cơ quan ban hành"
        name="issuerName"
        required
        rules={[zodRule(shape.issuerName)]}
        extra="In ở góc trên bên trái của quyết định, báo cáo; viết chữ in hoa."
      >
        <Input
          placeholder="Ví dụ: ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"
          maxLength={textLimits.issuerName}
          onBlur={(e) => {
            const value = e.target.value;
            if (value !== upperVi(value)) form.setFieldValue('issuerName', upperVi(value));
          }}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item
            label="Địa danh ghi ngày tháng"
            name="placeName"
            required
            rules={[zodRule(shape.placeName)]}
            extra="Ví dụ: “Đông Sơn, ngày 15 tháng 7 năm 2025”."
          >
            <Input placeholder="Ví dụ: Đông Sơn" maxLength={textLimits.placeName} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            label="Cơ quan cấp trên nhận báo cáo"
            name="receivingLevel"
            required
            rules={[zodRule(shape.receivingLevel)]}
            extra="Nơi nhận báo cáo định kỳ và gói dữ liệu hằng tháng."
          >
            <Input
              placeholder="Ví dụ: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"
              maxLength={textLimits.name}
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
