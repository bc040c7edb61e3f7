/**
 * A searchable list of people for "Thêm thành viên": searched by the backend as you type (no
 * diacritics needed), each option with year of birth and village so namesakes can be told apart.
 */
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { Person } from '../../../../shared/contract/types';
import { usePeople } from '../../app/register-queries';
import { formatCount } from '../../components/format';
import { useDebounced } from '../../components/use-debounced';
import { personFacts } from '../people/person-text';

/** Options shown at once; typing narrows the list. */
const shownAtOnce = 50;

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (personId: string | null) => void;
  /** People already in the team: shown, but not selectable. */
  members: ReadonlySet<string>;
  /** People known to the caller but maybe not in the current results (just created, picked from a hint). */
  known: readonly Pick<Person, 'id' | 'fullName' | 'birthYear' | 'phone' | 'villageName'>[];
  onSearchChange?: (typed: string) => void;
}

function Option({ person, member }: { person: Props['known'][number]; member: boolean }) {
  const facts = personFacts(person);
  return (
    <span className="person-option">
      <span className="person-option-name">{person.fullName}</span>
      <span className="person-option-facts">
        {[facts, member ? 'đã ở trong Tổ' : ''].filter((s) => s !== '').join(' · ')}
      </span>
    </span>
  );
}

export function PersonPicker({ id, value, onChange, members, known, onSearchChange }: Props) {
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 150);
  const people = usePeople(query);
  const found = useMemo(() => people.data ?? [], [people.data]);

  const options = useMemo(() => {
    const list: Props['known'][number][] = found.slice(0, shownAtOnce);
    // The person picked stays an option (so the box shows the name) even when not among the results.
    const picked = known.find((p) => p.id === value);
    if (picked !== undefined && !list.some((p) => p.id === picked.id)) list.push(picked);
    return list.map((person) => ({
      value: person.id,
      label: <Option person={person} member={members.has(person.id)} />,
      disabled: members.has(person.id),
      text: person.fullName,
      facts: personFacts(person),
    }));
  }, [found, known, members, value]);

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      placeholder="Gõ tên, số điện thoại hoặc chức vụ để tìm"
      options={options}
      loading={people.isFetching}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setTyped(text);
          onSearchChange?.(text);
        },
      }}
      labelRender={({ value: picked }) => {
        const option = options.find((o) => o.value === picked);
        if (option === undefined) return '';
        return option.facts === '' ? option.text : `${option.text} (${option.facts})`;
      }}
      notFoundContent={
        people.isFetching ? 'Đang tìm…' : 'Không có ai khớp. Bấm “Thêm người mới” nếu chưa có trong sổ.'
      }
      popupRender={(menu) => (
        <>
          {menu}
          {found.length > shownAtOnce && (
            <div className="picker-more">
              Còn {formatCount(found.length - shownAtOnce)} người nữa: gõ thêm để thu hẹp.
            </div>
          )}
        </>
      )}
    />
  );
}
