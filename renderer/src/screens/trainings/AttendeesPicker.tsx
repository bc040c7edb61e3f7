/**
 * The people who attended a training: several picked from the register by typing part of a
 * name without diacritics (the backend searches as for "Thêm thành viên"), each shown with year
 * of birth and village so namesakes can be told apart. Someone already picked is a tag, not
 * offered again (Enter on them would otherwise take them off the list unseen), and an Enter typed
 * before the results of what was typed are in waits for them instead of picking from a stale list.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Select } from 'antd';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TrainingAttendee } from '../../../../shared/contract/monthly-types';
import { peopleQuery, usePeople } from '../../app/register-queries';
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
  const latestTyped = useRef('');
  const query = useDebounced(typed.trim(), 150);
  const people = usePeople(query);
  const queryClient = useQueryClient();
  const current = query === typed.trim() && !people.isPlaceholderData && people.data !== undefined;
  // Names of those picked, kept as they are picked, so a tag keeps its name after the search moves on.
  const [names, setNames] = useState<ReadonlyMap<string, string>>(
    () => new Map(known.map((a) => [a.personId, a.fullName])),
  );

  const found = useMemo(() => (current ? (people.data ?? []) : []), [current, people.data]);
  // Those picked are the tags; offering them again would let Enter take one off the list unseen.
  const options = useMemo(
    () =>
      found
        .filter((p) => !value.includes(p.id))
        .slice(0, shownAtOnce)
        .map((p) => ({
          value: p.id,
          name: p.fullName,
          label: (
            <span className="person-option">
              <span className="person-option-name">{p.fullName}</span>
              <span className="person-option-facts">{personFacts(p)}</span>
            </span>
          ),
        })),
    [found, value],
  );

  const pick = (ids: string[], found: readonly { id: string; fullName: string }[]) => {
    setNames((before) => {
      const next = new Map(before);
      for (const p of found) if (ids.includes(p.id)) next.set(p.id, p.fullName);
      return next;
    });
    setTyped('');
    latestTyped.current = '';
    onChange?.(ids);
  };

  /** Enter on a list still loading: wait for the results of what was typed, then take the first not yet picked. */
  const pickWhenFound = async (text: string) => {
    const list = await queryClient.fetchQuery(peopleQuery(text));
    if (latestTyped.current.trim() !== text) return; // typed on since: that Enter is void
    const first = list.find((p) => !value.includes(p.id));
    if (first !== undefined) pick([...value, first.id], [first]);
  };

  return (
    <div
      onKeyDownCapture={(event: KeyboardEvent<HTMLDivElement>) => {
        if (event.key === 'Enter' && !current && typed.trim() !== '') {
          event.preventDefault();
          event.stopPropagation();
          void pickWhenFound(typed.trim());
        }
      }}
    >
      <Select<string[]>
        id={id}
        mode="multiple"
        value={value}
        onChange={(ids) =>
          pick(
            ids,
            options.map((o) => ({ id: o.value, fullName: o.name })),
          )
        }
        placeholder="Gõ tên người dự (không cần dấu) rồi chọn"
        options={options}
        loading={!current}
        labelRender={({ value: picked }) => names.get(String(picked)) ?? ''}
        showSearch={{
          searchValue: typed,
          filterOption: false,
          onSearch: (text) => {
            latestTyped.current = text;
            setTyped(text);
          },
        }}
        notFoundContent={
          <ListEmpty>
            {!current
              ? 'Đang tìm…'
              : found.length > 0
                ? 'Những người khớp với tên đã gõ đều đã được chọn.'
                : 'Không có ai khớp với tên đã gõ.'}
          </ListEmpty>
        }
      />
    </div>
  );
}
