/** The commune's Chairman and Vice-Chairmen, for the signature blocks of documents. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { leaderSchema } from '../../../../shared/contract/schemas';
import { zodRule } from '../forms/field-errors';
import { maxViceChairmen, viceChairmanTitle } from './profile-form-values';
import { textLimits } from '../../../../shared/contract/limits';

const nameRule = zodRule(leaderSchema.shape.name);
const titleRule = zodRule(leaderSchema.shape.title);

export function LeaderFields() {
  return (
    <>
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item label="Chủ tịch UBND" name={['chairman', 'name']} required rules={[nameRule]}>
            <Input placeholder="Họ và tên" maxLength={textLimits.personName} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Chức danh" name={['chairman', 'title']} required rules={[titleRule]}>
            <Input maxLength={textLimits.personName} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="viceChairmen">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={16} key={field.key} align="top">
                <Col span={14}>
                  <Form.Item
                    label={`Phó Chủ tịch ${index + 1}`}
                    name={[field.name, 'name']}
                    required
                    rules={[nameRule]}
                  >
                    <Input placeholder="Họ và tên" maxLength={textLimits.personName} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item label="Chức danh" name={[field.name, 'title']} required rules={[titleRule]}>
                    <Input maxLength={textLimits.personName} />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Form.Item label={<span className="visually-hidden">Bỏ</span>}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={`Bỏ Phó Chủ tịch ${index + 1}`}
                      title="Bỏ dòng này"
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Form.Item
              extra={fields.length >= maxViceChairmen ? `Tối đa ${maxViceChairmen} Phó Chủ tịch.` : undefined}
            >
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= maxViceChairmen}
                onClick={() => add({ name: '', title: viceChairmanTitle })}
              >
                Thêm Phó Chủ tịch
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </>
  );
}
