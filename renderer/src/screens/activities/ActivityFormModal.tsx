/**
 * "Ghi hoạt động": the keyboard-only entry form, its fields in the order of the paper the teams
 * send (ngày, tổ, hình thức, nền tảng, địa điểm, số người, số hộ, kết quả, thành viên, ghi chú).
 * A new activity starts from the previous one's team, date and kind; a list's option is taken with
 * Enter and Tab always goes on to the next field; Enter (or Ctrl+Enter from any field) saves, and the form starts the next one with the cursor on the date. Editing uses
 * the same form; Enter saves and closes it.
 */
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select, type FormInstance } from 'antd';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { activityInputSchema } from '../../../../shared/contract/monthly-schemas';
import type { Activity, Catalog } from '../../../../shared/contract/monthly-types';
import type { Person, TeamSummary } from '../../../../shared/contract/types';
import { activityKindLabels, activityKinds } from '../../../../shared/domain/activities';
import { textLimits } from '../../../../shared/contract/limits';
import { isoToVi } from '../../../../shared/vi/dates';
import { toShownError } from '../../app/errors';
import { DateField } from '../../components/forms/DateField';
import { showFieldProblems, zodProblems } from '../../components/forms/field-errors';
import { settleInputs } from '../../components/forms/settle-inputs';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { foldedFilter, searchKey } from '../../components/forms/vi-search';
import { ListEmpty } from '../../components/ListEmpty';
import {
  editFormValues,
  missingProblems,
  newFormValues,
  placeProblems,
  toInput,
  withFreeRow,
  type ActivityFormValues,
} from './activity-form-values';
import { shortTeamName } from './activity-text';
import { lastEntry, rememberEntry } from './last-entry';
import { letTabLeaveSelect } from './tab-leaves-select';
import { ResultRows } from './ResultRows';
import { useSaveActivity } from './use-save-activity';

interface Props {
  open: boolean;
  /** The activity being edited; null to enter new ones. */
  activity: Activity | null;
  teams: readonly TeamSummary[];
  people: readonly Person[];
  catalog: Catalog | undefined;
  onClose: () => void;
}

const formName = 'activity';
const kindOptions = activityKinds.map((k) => ({
  value: k,
  label: activityKindLabels[k],
  search: searchKey(activityKindLabels[k]),
}));

/** Puts the cursor in the date box with its text selected, so typing replaces the prefilled date. */
function focusDate(): void {
  const input = document.getElementById(`${formName}_date`);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

export function ActivityFormModal({ open, activity, teams, people, catalog, onClose }: Props) {
  const [form] = Form.useForm<ActivityFormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const save = useSaveActivity(activity);
  const editing = activity !== null;
  const teamId = Form.useWatch('teamId', form);

  useFocusOnOpen(open, focusDate);

  const teamOptions = useMemo(
    () =>
      teams.map((t) => ({
        value: t.id,
        label: shortTeamName(t.name),
        search: searchKey(t.name, shortTeamName(t.name)),
      })),
    [teams],
  );
  const platformOptions = (catalog?.platforms ?? [])
    .filter((p) => p.active || (activity?.platforms.includes(p.code) ?? false))
    .map((p) => ({ value: p.code, label: p.name, search: searchKey(p.name, p.code) }));
  // The team's members first, then everyone else in the register's order.
  const memberOptions = useMemo(() => {
    const members = teams.find((t) => t.id === teamId)?.members ?? [];
    const ids = new Set(members.map((m) => m.personId));
    const option = (id: string, name: string, detail: string | null) => ({
      value: id,
      label: name,
      search: searchKey(name, detail ?? ''),
    });
    const others = people.filter((p) => !ids.has(p.id)).map((p) => option(p.id, p.fullName, p.villageName));
    if (members.length === 0) return others;
    return [
      {
        label: 'Thành viên của Tổ',
        title: 'Thành viên của Tổ',
        search: '',
        options: members.map((m) => option(m.personId, m.fullName, m.villageName)),
      },
      { label: 'Người khác', title: 'Người khác', search: '', options: others },
    ];
  }, [teams, teamId, people]);

  const submit = async () => {
    if (saving) return;
    setProblem(null);
    await settleInputs();
    const values = form.getFieldsValue(true) as ActivityFormValues;
    const missing = missingProblems(values);
    if (missing.length > 0) {
      showFieldProblems(form, missing);
      return;
    }
    const { input, resultRows } = toInput(values);
    const show = (problems: Parameters<typeof placeProblems>[0], fallback: string | null) => {
      const placed = placeProblems(problems, resultRows);
      showFieldProblems(form, placed.onFields);
      const elsewhere = placed.elsewhere.length > 0 ? placed.elsewhere.join(' ') : null;
      setProblem(elsewhere ?? (placed.onFields.length === 0 ? fallback : null));
    };
    const checked = activityInputSchema.safeParse(input);
    if (!checked.success) {
      show(zodProblems(checked.error), null);
      return;
    }
    setSaving(true);
    try {
      const saved = await save(input);
      if (saved === null) {
        focusDate();
        return;
      }
      const a = saved.activity;
      void message.success(
        `${editing ? 'Đã lưu' : 'Đã ghi'}: ${activityKindLabels[a.kind]} ngày ${isoToVi(a.date)}, ${a.teamName}.`,
      );
      if (editing) {
        onClose();
        return;
      }
      rememberEntry(a);
      // Not resetFields(): that remounts every control, and the date box would lose the cursor.
      const anyField: FormInstance = form;
      anyField.setFields(form.getFieldsError().map((f) => ({ name: f.name, errors: [] })));
      form.setFieldsValue(newFormValues(lastEntry()));
      requestAnimationFrame(focusDate);
    } catch (error) {
      const shown = toShownError(error);
      show(shown.fields, shown.message);
      if (shown.fields.length > 0 && shown.code !== 'validation') setProblem(shown.message);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    letTabLeaveSelect(event);
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      void submit();
    }
  };

  return (
    <Modal
      open={open}
      width={860}
      style={{ top: 24 }}
      title={editing ? 'Sửa hoạt động' : 'Ghi hoạt động'}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      okText={editing ? 'Lưu' : 'Lưu và ghi tiếp'}
      cancelText={editing ? 'Hủy' : 'Đóng'}
      okButtonProps={{ htmlType: 'submit', loading: saving }}
      modalRender={(dom) => (
        <Form<ActivityFormValues>
          form={form}
          name={formName}
          layout="vertical"
          clearOnDestroy
          initialValues={activity === null ? newFormValues(lastEntry()) : editFormValues(activity)}
          onValuesChange={(changed: ActivityFormValues) => {
            if (changed.results === undefined) return;
            const rows = withFreeRow((form.getFieldValue('results') as ActivityFormValues['results']) ?? []);
            if (rows !== null) form.setFieldValue('results', rows);
          }}
          onFinish={() => void submit()}
          onKeyDownCapture={onKeyDown}
        >
          {dom}
        </Form>
      )}
    >
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label="Ngày" name="date" required>
            <DateField className="input-date" />
          </Form.Item>
        </Col>
        <Col span={11}>
          <Form.Item label="Tổ" name="teamId" required>
            <Select
              placeholder="Gõ tên Tổ hoặc thôn, không cần dấu"
              options={teamOptions}
              showSearch={{ filterOption: foldedFilter }}
              notFoundContent={<ListEmpty>Không có Tổ nào khớp.</ListEmpty>}
            />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item label="Hình thức" name="kind" required>
            <Select
              placeholder="Chọn hình thức"
              options={kindOptions}
              showSearch={{ filterOption: foldedFilter }}
              notFoundContent={<ListEmpty>Không có hình thức nào khớp.</ListEmpty>}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="Nền tảng" name="platforms">
            <Select
              mode="multiple"
              placeholder="Gõ tên nền tảng (một hay nhiều)"
              options={platformOptions}
              showSearch={{ filterOption: foldedFilter }}
              notFoundContent={<ListEmpty>Không có nền tảng nào khớp.</ListEmpty>}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Địa điểm" name="place">
            <Input placeholder="Ví dụ: Nhà văn hóa thôn An Hải" maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label="Số người" name="peopleReached">
            <InputNumber min={0} precision={0} controls={false} className="input-count" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Số hộ" name="householdsReached">
            <InputNumber min={0} precision={0} controls={false} className="input-count" />
          </Form.Item>
        </Col>
      </Row>
      <ResultRows indicators={catalog?.indicators ?? []} />
      <Form.Item label="Thành viên tham gia" name="memberIds">
        <Select
          mode="multiple"
          placeholder="Gõ tên thành viên, không cần dấu"
          options={memberOptions}
          showSearch={{ filterOption: foldedFilter }}
          notFoundContent={<ListEmpty>Không có ai khớp.</ListEmpty>}
        />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note">
        <Input maxLength={textLimits.notes} autoComplete="off" />
      </Form.Item>
      {problem !== null && <Alert type="error" showIcon title={problem} role="alert" />}
      <p className="form-keys">
        Enter: {editing ? 'lưu' : 'lưu và ghi hoạt động tiếp theo'} · Ctrl+Enter: lưu từ ô bất kỳ · Esc: đóng
      </p>
    </Modal>
  );
}
