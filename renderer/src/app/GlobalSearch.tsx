/**
 * The search box of the header: people and teams as you type (no diacritics needed), grouped
 * "Người" / "Tổ"; choosing one opens that person (`#/nguoi?id=…`) or selects that team (`#/to?id=…`).
 */
import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchResults } from '../../../shared/contract/types';
import { teamLevelLabels, teamStatusLabels } from '../../../shared/domain/teams';
import { ListEmpty } from '../components/ListEmpty';
import { useDebounced } from '../components/use-debounced';
import { personFacts } from '../screens/people/person-text';
import { useSearch } from './register-queries';
import { navigateTo } from './router';
import './global-search.css';
import { textLimits } from '../../../shared/contract/limits';

/** Per group: more is for the lists of the sections themselves. */
const shownPerGroup = 8;

function Line({ main, facts }: { main: string; facts: string }) {
  return (
    <span className="search-option">
      <span className="search-option-main">{main}</span>
      {facts !== '' && <span className="search-option-facts">{facts}</span>}
    </span>
  );
}

/** The true count (the backend's total), and how many of them are shown when not all are. */
function groupTitle(label: string, total: number): string {
  return total > shownPerGroup ? `${label} (${total}, hiện ${shownPerGroup})` : `${label} (${total})`;
}

/** The value of the option that opens the people list filtered by the query. */
const allPeopleValue = 'tat-ca-nguoi';

function toOptions(results: SearchResults | undefined) {
  if (results === undefined) return [];
  const groups = [];
  if (results.peopleTotal > 0) {
    const people = results.people.slice(0, shownPerGroup).map((p) => ({
      value: `nguoi:${p.id}`,
      label: <Line main={p.fullName} facts={personFacts(p)} />,
    }));
    // When more match than are shown, the last line of the group leads to all of them.
    const all =
      results.peopleTotal > people.length
        ? [
            {
              value: allPeopleValue,
              label: (
                <span className="search-option-all" data-testid="search-all-people">
                  Xem tất cả {results.peopleTotal} người trong danh sách
                </span>
              ),
            },
          ]
        : [];
    groups.push({ label: groupTitle('Người', results.peopleTotal), options: [...people, ...all] });
  }
  if (results.teamsTotal > 0) {
    groups.push({
      label: groupTitle('Tổ', results.teamsTotal),
      options: results.teams.slice(0, shownPerGroup).map((t) => ({
        value: `to:${t.id}`,
        label: (
          <Line
            main={t.name}
            facts={[
              t.villageName ?? teamLevelLabels[t.level],
              t.status === 'active' ? '' : teamStatusLabels[t.status],
            ]
              .filter((s) => s !== '')
              .join(' · ')}
          />
        ),
      })),
    });
  }
  return groups;
}

export function GlobalSearch() {
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 150);
  const results = useSearch(query);
  const typed = text.trim() !== '';
  const options = useMemo(() => (typed ? toOptions(results.data) : []), [typed, results.data]);
  const input = useRef<InputRef>(null);
  // Whether an option is active (ArrowDown, or the pointer over it). With none, the list's
  // aria-activedescendant would name "…_list_-1", an element that does not exist; see below.
  const [hasActive, setHasActive] = useState(false);

  // Ctrl+K (or F3) from anywhere puts the cursor in the search box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey && event.key.toLowerCase() === 'k') || event.key === 'F3') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <AutoComplete
      className="global-search"
      value={text}
      options={options}
      onChange={(value: string) => setText(value)}
      onActive={(value: string | null) => {
        setHasActive(value !== null);
        // The list scrolls itself (below), so the option the arrows reach is brought into view here.
        requestAnimationFrame(() =>
          document
            .querySelector('.global-search-popup .ant-select-item-option-active')
            ?.scrollIntoView({ block: 'nearest' }),
        );
      }}
      onSelect={(value: string) => {
        setText('');
        if (value === allPeopleValue) {
          navigateTo('nguoi', { q: query });
          return;
        }
        const [section, id = ''] = value.split(':');
        navigateTo(section === 'to' ? 'to' : 'nguoi', { id });
      }}
      popupMatchSelectWidth={440}
      // A few dozen lines at most: all of them in the page, so the last one is reachable too.
      virtual={false}
      // No height for antd's list holder: the element that scrolls is the listbox itself
      // (global-search.css), the one the box's aria-controls names, as a combobox's popup must be
      // (axe: scrollable-region-focusable); the arrows reach every option.
      listHeight={0}
      classNames={{ popup: { root: 'global-search-popup' } }}
      notFoundContent={
        typed && query === text.trim() && !results.isFetching ? (
          <ListEmpty>Không tìm thấy người hay Tổ nào.</ListEmpty>
        ) : null
      }
    >
      <Input
        ref={input}
        title="Tìm người, tổ (Ctrl+K)"
        prefix={<SearchOutlined />}
        placeholder="Tìm người, tổ…"
        aria-label="Tìm người, tổ"
        maxLength={textLimits.search}
        allowClear
        // AutoComplete points the box at the active option (`…_list_N`) even when none is active
        // (N = -1): an invalid reference for screen readers (axe: aria-valid-attr-value). The
        // child's own props win over AutoComplete's, so with nothing active the attribute is left
        // out; with an option active AutoComplete's (valid) id stands.
        {...(hasActive ? {} : { 'aria-activedescendant': undefined })}
      />
    </AutoComplete>
  );
}
