/**
 * A searchable list of people for "Thêm thành viên": searched by the backend as you type (no
 * diacritics needed), each option with year of birth and village so namesakes can be told apart.
 */
import { Select, type RefSelectProps } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Person } from '../../../../shared/contract/types';
import { peopleQuery, usePeople } from '../../app/register-queries';
import { formatCount } from '../../components/format';
import { useDebounced } from '../../components/use-debounced';
import { personFacts } from '../people/person-text';
import { ListEmpty } from '../../components/ListEmpty';

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
  /** The select itself, so the dialog can put the cursor back in it for the next person. */
  ref?: Ref<RefSelectProps>;
  autoFocus?: boolean;
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

export function PersonPicker({ id, value, onChange, members, known, onSearchChange, ref, autoFocus }: Props) {
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 150);
  const people = usePeople(query);
  // Until the results of what was typed are in, the list shows none: a stale list (the previous
  // search's, often people already in the team) would let Enter pick nobody, or the wrong person.
  const current = query === typed.trim() && !people.isPlaceholderData && people.data !== undefined;
  const found = useMemo(() => (current ? (people.data ?? []) : []), [current, people.data]);
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const latestTyped = useRef('');

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

  /** Enter on a list still loading: wait for the results of what was typed, then pick as Enter would. */
  const pickWhenFound = async (text: string) => {
    const list = await queryClient.fetchQuery(peopleQuery(text));
    if (latestTyped.current.trim() !== text) return; // typed on since: that Enter is void
    const first = list.find((p) => !members.has(p.id));
    if (first === undefined) return; // nobody to pick: the list stays open and says so
    onChange?.(first.id);
    setOpen(false);
    setTyped('');
    latestTyped.current = '';
    onSearchChange?.('');
  };

  return (
    // Before the select's own handler: an Enter on a list still loading would pick nobody.
    <div
      className="person-picker"
      onKeyDownCapture={(event: KeyboardEvent<HTMLDivElement>) => {
        if (event.key === 'Enter' && !current && typed.trim() !== '') {
          event.preventDefault();
          event.stopPropagation();
          void pickWhenFound(typed.trim());
        }
      }}
    >
      <Select<string>
        id={id}
        ref={ref}
        autoFocus={autoFocus}
        value={value ?? undefined}
        onChange={(v) => {
          onChange?.(v);
          // Someone is picked: what was typed to find them is done with.
          onSearchChange?.('');
        }}
        open={open}
        onOpenChange={setOpen}
        placeholder="Gõ tên, số điện thoại hoặc chức vụ để tìm"
        options={options}
        loading={!current}
        showSearch={{
          searchValue: typed,
          filterOption: false,
          onSearch: (text) => {
            latestTyped.current = text;
            setTyped(text);
            // The select empties its search box itself when its list closes (focus leaving for
            // "Thêm người mới", a click elsewhere): the officer did not erase the name, so the
            // name stays offered for a new person. Erasing by typing happens with the list open.
            if (text === '' && !open) return;
            onSearchChange?.(text);
          },
        }}
        labelRender={({ value: picked }) => {
          const option = options.find((o) => o.value === picked);
          if (option === undefined) return '';
          return option.facts === '' ? option.text : `${option.text} (${option.facts})`;
        }}
        notFoundContent={
          <ListEmpty>
            {!current ? 'Đang tìm…' : 'Không có ai khớp. Bấm “Thêm người mới” nếu chưa có trong sổ.'}
          </ListEmpty>
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
    </div>
  );
}
