/**
 * Who signs for the unit, for the signature blocks of documents: the head and the deputies who
 * sign for the head — the commune's Chairman and Vice-Chairmen, or a receiving unit's Director and
 * Deputy Directors (the same fields, under the labels given). The form holds them under
 * `chairman` and `viceChairmen`.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { leaderSchema } from '../../../../shared/contract/schemas';
import { zodRule } from '../forms/field-errors';
import { maxViceChairmen, viceChairmanTitle } from './profile-form-values';
import { textLimits } from '../../../../shared/contract/limits';

const nameRule = zodRule(leaderSchema.shape.name);
const titleRule = zodRule(leaderSchema.shape.title);

interface Props {
  /** The head's label: "Chủ tịch UBND" at a commune. */
  headLabel?: string;
  /** A deputy's label, numbered after it: "Phó Chủ tịch 1". */
  deputyLabel?: string;
  /** The title a new deputy row starts with. */
  deputyTitle?: string;
  maxDeputies?: number;
}

export function LeaderFields({
  headLabel = 'Chủ tịch UBND',
  deputyLabel = 'Phó Chủ tịch',
  deputyTitle = viceChairmanTitle,
  maxDeputies = maxViceChairmen,
}: Props) {
  return (
    <>
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item label={headLabel} name={['chairman', 'name']} required rules={[nameRule]}>
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
                    label={`${deputyLabel} ${index + 1}`}
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
                      aria-label={`Bỏ ${deputyLabel} ${index + 1}`}
                      title="Bỏ dòng này"
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Form.Item
              extra={fields.length >= maxDeputies ? `Tối đa ${maxDeputies} ${deputyLabel}.` : undefined}
            >
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= maxDeputies}
                onClick={() => add({ name: '', title: deputyTitle })}
              >
                Thêm {deputyLabel}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </>
  );
}
