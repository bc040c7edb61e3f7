/**
 * "Ghi quyết định đã ban hành trước": a decision made before the application was used (teams
 * founded in 2022, re-founded after the 2025 merger), so later decisions can cite it. The number
 * is checked against the register of its year; the scan is optional.
 */
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  type RefSelectProps,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { recordPastDecisionSchema } from '../../../../shared/contract/schemas';
import type { DocumentDetail, Profile } from '../../../../shared/contract/types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useTeams } from '../../app/register-queries';
import type { ChosenFile } from '../../components/files/read-file';
import { showFieldProblems, zodProblems, zodRule } from '../../components/forms/field-errors';
import { settledValues } from '../../components/forms/settle-inputs';
import { useDocumentChanged } from './document-queries';
import { leaderOptions, teamOptionLabel } from './document-text';
import { ScanPicker } from './ScanPicker';
import { textLimits } from '../../../../shared/contract/limits';
import { DateField } from '../../components/forms/DateField';
import { useFocusOnOpen } from '../../components/forms/use-focus-on-open';
import { foldedFilter, searchKey } from '../../components/forms/vi-search';

interface FormValues {
  teamIds?: string[];
  number?: number | null;
  symbol?: string;
  date?: Dayjs | null;
  signer?: string;
  summary?: string;
  scan?: ChosenFile | null;
}

interface Props {
  open: boolean;
  profile: Profile;
  onClose: () => void;
  onSaved: (doc: DocumentDetail) => void;
}

/** Problems of the scan are shown next to its button. */
const rename = (path: string) => (path.startsWith('scan') ? 'scan' : path);

const shape = recordPastDecisionSchema.shape;
const rules = {
  teamIds: [zodRule(shape.teamIds, [])],
  number: [zodRule(shape.number, undefined)],
  symbol: [zodRule(shape.symbol)],
  date: [{ required: true, message: 'Hãy chọn hoặc gõ ngày ban hành (dd/mm/yyyy).' }],
  signer: [zodRule(shape.signer)],
  summary: [zodRule(shape.summary)],
};

export function PastDecisionModal({ open, profile, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const teamSelect = useRef<RefSelectProps>(null);
  const [teamListOpen, setTeamListOpen] = useState(false);
  // The teams first, as the register reads: `autoFocus` alone is lost to the opening dialog.
  useFocusOnOpen(open, () => teamSelect.current?.focus());
  const teams = useTeams();
  const changed = useDocumentChanged();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const teamOptions = useMemo(
    () =>
      (teams.data ?? []).map((t) => {
        const label = teamOptionLabel(t);
        return { value: t.id, label, search: searchKey(label) };
      }),
    [teams.data],
  );

  const record = useMutation({
    mutationFn: api.recordPastDecision,
    onSuccess: changed,
  });

  const submit = async () => {
    setProblem(null);
    const values = await settledValues(form);
    if (values === null) return;
    const input = {
      teamIds: values.teamIds ?? [],
      number: values.number ?? undefined,
      symbol: values.symbol ?? '',
      date: values.date?.format('YYYY-MM-DD') ?? '',
      signer: values.signer ?? '',
      summary: values.summary ?? '',
      scan: values.scan ?? null,
    };
    const checked = recordPastDecisionSchema.safeParse(input);
    if (!checked.success) {
      showFieldProblems(form, zodProblems(checked.error), rename);
      return;
    }
    try {
      const saved = await record.mutateAsync(checked.data);
      void message.success(`Đã ghi Quyết định số ${saved.numberText ?? ''} vào sổ.`);
      onSaved(saved);
      onClose();
    } catch (error) {
      const shown = toShownError(error);
      const onFields = showFieldProblems(form, shown.fields, rename);
      if (!onFields || shown.code !== 'validation') setProblem(shown.message);
    }
  };

  return (
    <Modal
      open={open}
      title="Ghi quyết định đã ban hành trước"
      onCancel={onClose}
      destroyOnHidden
      width={640}
      // Seven fields and a lead are taller than a 768-pixel office screen: the dialog stays in the
      // window and its body scrolls, so "Ghi vào sổ" is always in sight.
      centered
      styles={{ body: { maxHeight: 'calc(100vh - 170px)', overflowY: 'auto', overflowX: 'hidden' } }}
      transitionName=""
      maskTransitionName=""
      mask={{ closable: false }}
      cancelText="Hủy"
      footer={(_, { CancelBtn }) => (
        <>
          <CancelBtn />
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            Ghi vào sổ
          </Button>
        </>
      )}
      modalRender={(dom) => (
        <Form<FormValues>
          form={form}
          name="past-decision"
          layout="vertical"
          clearOnDestroy
          initialValues={{
            teamIds: [],
            number: null,
            symbol: 'QĐ-UBND',
            date: null,
            signer: '',
            summary: '',
            scan: null,
          }}
          onFinish={() => void submit()}
        >
          {dom}
        </Form>
      )}
    >
      <p className="modal-lead">
        Quyết định ban hành trước khi dùng phần mềm (thành lập Tổ năm 2022, thành lập lại sau khi sáp nhập
        xã…): ghi số, ngày, người ký để các văn bản sau trích dẫn được.
      </p>
      <Form.Item label="Tổ được thành lập hoặc kiện toàn" name="teamIds" required rules={rules.teamIds}>
        <Select
          mode="multiple"
          options={teamOptions}
          loading={teams.isPending}
          placeholder="Chọn một hoặc nhiều Tổ (kể cả Tổ đã giải thể)"
          showSearch={{ filterOption: foldedFilter }}
          ref={teamSelect}
          // The list closes on each pick: left open, the next Tab would pick the highlighted team
          // again, which in a multiple select takes it away, and keep the cursor here.
          open={teamListOpen}
          onOpenChange={setTeamListOpen}
          onSelect={() => setTeamListOpen(false)}
        />
      </Form.Item>
      <div className="form-row">
        <Form.Item label="Số" name="number" required rules={rules.number} className="form-row-number">
          <InputNumber placeholder="Ví dụ: 7" className="input-full" />
        </Form.Item>
        <Form.Item label="Ký hiệu" name="symbol" required rules={rules.symbol} className="form-row-symbol">
          <Input maxLength={textLimits.symbol} autoComplete="off" />
        </Form.Item>
        <Form.Item label="Ngày ban hành" name="date" required rules={rules.date} className="form-row-date">
          <DateField className="input-full" />
        </Form.Item>
      </div>
      <Form.Item label="Người ký" name="signer" required rules={rules.signer}>
        <AutoComplete
          options={leaderOptions(profile)}
          placeholder="Họ và tên người đã ký (chọn hoặc gõ)"
          maxLength={textLimits.personName}
          filterOption={(typed, option) =>
            (option?.value ?? '').toLocaleLowerCase('vi').includes(typed.toLocaleLowerCase('vi'))
          }
        />
      </Form.Item>
      <Form.Item label="Trích yếu" name="summary" required rules={rules.summary}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={textLimits.summary}
          placeholder="Ví dụ: Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn"
        />
      </Form.Item>
      <Form.Item label="Bản quét đã ký, đóng dấu (không bắt buộc)" name="scan">
        <ScanPicker label="Chọn tệp PDF, JPG hoặc PNG…" />
      </Form.Item>
      {problem !== null && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
