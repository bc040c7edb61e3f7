/**
 * What a Select or AutoComplete list says when nothing matches (its `notFoundContent`). antd puts
 * that message straight into the element with role "listbox", which must hold options (axe:
 * aria-required-children); here it is the list's one option, unavailable, so a screen reader
 * reads it as the answer and nothing can be chosen.
 */
import type { ReactNode } from 'react';

export function ListEmpty({ children }: { children: ReactNode }) {
  return (
    <div role="option" aria-selected={false} aria-disabled>
      {children}
    </div>
  );
}
