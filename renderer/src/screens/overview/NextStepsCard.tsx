/**
 * The office's work, in the order it is done. A step is marked done from the real counts (records, decisions in force); a
 * step whose section is not built yet says so (sections.tsx: `planned`), never pretends.
 */
import { Card, Steps, type StepsProps } from 'antd';
import type { AppInfo } from '../../../../shared/contract/types';
import { useInfo } from '../../app/queries';
import type { SectionKey } from '../../app/router';
import { sectionOf } from '../../app/sections';

interface Step {
  section: SectionKey;
  title: string;
  /** How many records show the step was done; null when the step has nothing to count. */
  count: (info: AppInfo) => number | null;
  done: (n: number) => string;
  todo: string;
}

const steps: Step[] = [
  {
    section: 'cai-dat',
    title: 'Hồ sơ xã',
    count: () => 1,
    done: () => 'Đã thiết lập.',
    todo: '',
  },
  {
    section: 'thon',
    title: 'Thôn, tổ dân phố',
    count: (info) => info.counts.villages,
    done: (n) => `Đã nhập ${n} đơn vị.`,
    todo: 'Nhập các thôn, tổ dân phố của xã.',
  },
  {
    section: 'nguoi',
    title: 'Người tham gia',
    count: (info) => info.counts.people,
    done: (n) => `Đã nhập ${n} người.`,
    todo: 'Nhập những người sẽ tham gia các tổ.',
  },
  {
    section: 'to',
    title: 'Tổ CNSCĐ',
    count: (info) => info.counts.teams,
    done: (n) => `Đã lập ${n} tổ.`,
    todo: 'Lập tổ cấp xã và các tổ thôn, tổ dân phố.',
  },
  {
    section: 'van-ban',
    title: 'Quyết định thành lập',
    count: (info) => info.decisionsInForce,
    done: (n) => `Đã ban hành ${n} quyết định.`,
    todo: 'In quyết định thành lập để trình ký.',
  },
  {
    section: 'hoat-dong',
    title: 'Hoạt động và báo cáo',
    count: () => null,
    done: () => '',
    todo: 'Ghi hoạt động hằng tuần, báo cáo cuối tháng.',
  },
];

const later = 'Sẽ có trong bản cập nhật tới.';

type Status = 'finish' | 'process' | 'wait';

/** Done steps are finished; the first step still to do is the current one; the rest wait. */
function statuses(info: AppInfo | undefined): { status: Status; built: boolean; n: number | null }[] {
  const facts = steps.map((step) => {
    const built = sectionOf(step.section).planned === undefined;
    const n = info === undefined ? null : step.count(info);
    return { built, n, done: built && n !== null && n > 0 };
  });
  const current = facts.findIndex((f) => f.built && !f.done);
  return facts.map((f, index) => ({
    built: f.built,
    n: f.n,
    status: f.done ? 'finish' : index === current ? 'process' : 'wait',
  }));
}

export function NextStepsCard() {
  const info = useInfo();
  const states = statuses(info.data);
  const current = states.findIndex((s) => s.status === 'process');
  const items: StepsProps['items'] = steps.map((step, index) => {
    const { built, n, status } = states[index] ?? { built: false, n: null, status: 'wait' };
    return {
      title: step.title,
      content: !built ? later : status === 'finish' && n !== null ? step.done(n) : step.todo,
      status,
    };
  });
  return (
    <Card title="Các bước công việc">
      <Steps
        orientation="vertical"
        size="small"
        current={current === -1 ? steps.length : current}
        items={items}
      />
    </Card>
  );
}
