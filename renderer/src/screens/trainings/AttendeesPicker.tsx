/**
 * The people who attended a training: several picked from the register by typing part of a
 * name without diacritics (the backend searches as for "Thêm thành viên"), each shown with year
 * of birth and village so namesakes can be told apart.
 */
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { TrainingAttendee } from '../../../../shared/contract/monthly-types';
import { usePeople } from '../../app/register-queries';
import { ListEmpty } from '../../components/ListEmpty';
import { useDebounced } from '../../components/use-debounced';
import { personFacts } from '../people/person-text';

const shownAtOnce = 50;

interface Props {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Names of people already picked (an edited training's), shown before any search. */
  known: readonly TrainingAttendee[];
}

export function AttendeesPicker({ id, value = [], onChange, known }: Props) {
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 150);
  const people = usePeople(query);
  const current = query === typed.trim() && !people.isPlaceholderData && people.data !== undefined;
  // Names of those picked, kept as they are picked, so a tag keeps its name after the search moves on.
  const [names, setNames] = useState<Map<string, string>>(
    () => new Map(known.map((a) => [a.personId, a.fullName])),
  );

  const options = useMemo(() => {
    const found = current ? (people.data ?? []).slice(0, shownAtOnce) : [];
    const list = found.map((p) => {
      const facts = personFacts(p);
      return {
        value: p.id,
        label: (
          <span className="person-option">
            <span className="person-option-name">{p.fullName}</span>
            <span className="person-option-facts">{facts}</span>
          </span>
        ),
        name: p.fullName,
      };
    });
    for (const picked of value) {
      if (!list.some((o) => o.value === picked)) {
        const name = names.get(picked) ?? '';
        list.push({ value: picked, label: <span>{name}</span>, name });
      }
    }
    return list;
  }, [current, people.data, value, names]);

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={(ids) => {
        setNames((before) => {
          const next = new Map(before);
          for (const o of options) if (ids.includes(o.value)) next.set(o.value, o.name);
          return next;
        });
        setTyped('');
        onChange?.(ids);
      }}
      placeholder="Gõ tên người dự (không cần dấu) rồi chọn"
      options={options}
      loading={!current}
      labelRender={({ value: picked }) =>
        names.get(String(picked)) ?? options.find((o) => o.value === picked)?.name ?? ''
      }
      showSearch={{ searchValue: typed, filterOption: false, onSearch: setTyped }}
      notFoundContent={<ListEmpty>{!current ? 'Đang tìm…' : 'Không có ai khớp với tên đã gõ.'}</ListEmpty>}
    />
  );
}
