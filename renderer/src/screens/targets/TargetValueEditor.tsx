/**
 * One target typed by hand (the commune's or a team's): a number box that saves with Enter or
 * "Lưu", checked with the contract's rule, and "Bỏ" to remove the target (kept as deleted for the
 * upper level). Nothing is written until the officer saves.
 */
import { useMutation } from '@tanstack/react-query';
import { App, Button, InputNumber, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { targetInputSchema } from '../../../../shared/contract/monthly-schemas';
import type { Target } from '../../../../shared/contract/monthly-types';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { useRefreshMonthly } from '../../app/monthly-queries';
import { formatCount } from '../../components/format';

interface Props {
  year: number;
  indicator: string;
  /** null: the commune's own target. */
  teamId: string | null;
  /** What the box is about, for screen readers and messages ("Chỉ tiêu của Tổ CNSCĐ thôn An Hải"). */
  label: string;
  target: Target | null;
  disabled?: boolean;
}

export function TargetValueEditor({ year, indicator, teamId, label, target, disabled = false }: Props) {
  const [typed, setTyped] = useState<number | null>(target?.value ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useRefreshMonthly();
  const { message, modal } = App.useApp();
  const changed = typed !== (target?.value ?? null);

  const save = useMutation({
    mutationFn: (value: number) => api.setTarget({ year, indicator, teamId, value }),
    onSuccess: (saved) => {
      void message.success(`Đã lưu. ${label}: ${formatCount(saved.value)}.`);
      return refresh();
    },
    onError: (error) => setProblem(toShownError(error).message),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.removeTarget({ id }),
    onSuccess: () => {
      setTyped(null);
      void message.success(`Đã bỏ. ${label}: chưa giao.`);
      return refresh();
    },
    onError: (error) =>
      modal.error({ title: 'Không bỏ được chỉ tiêu', content: toShownError(error).message, okText: 'Đóng' }),
  });

  const submit = () => {
    setProblem(null);
    if (typed === null) {
      setProblem('Hãy nhập một số (0 trở lên); để bỏ chỉ tiêu, bấm “Bỏ”.');
      return;
    }
    const checked = targetInputSchema.shape.value.safeParse(typed);
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'Số chưa đúng.');
      return;
    }
    save.mutate(checked.data);
  };

  return (
    <div className="target-editor">
      <Space size={4}>
        <InputNumber
          aria-label={label}
          value={typed}
          disabled={disabled}
          status={problem === null ? undefined : 'error'}
          onChange={(v) => {
            setProblem(null);
            setTyped(typeof v === 'number' ? v : null);
          }}
          onPressEnter={submit}
          placeholder="chưa giao"
          className="target-input"
        />
        <Button
          size="small"
          type={changed ? 'primary' : 'default'}
          disabled={disabled || !changed}
          loading={save.isPending}
          onClick={submit}
          aria-label={`Lưu: ${label}`}
        >
          Lưu
        </Button>
        {target !== null && (
          <Popconfirm
            title={`Bỏ chỉ tiêu này? (${label})`}
            okText="Bỏ"
            cancelText="Không"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync(target.id).catch(() => undefined)}
          >
            <Button size="small" danger aria-label={`Bỏ: ${label}`}>
              Bỏ
            </Button>
          </Popconfirm>
        )}
      </Space>
      {problem !== null && (
        <div className="target-problem" role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
