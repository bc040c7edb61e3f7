/**
 * Tab in a select of the entry form goes to the next field, always. antd's select takes Tab as
 * "choose the highlighted option and stay" while its list is open — and the list of a single
 * select is still closing a moment after Enter chose an option, so an officer typing "an hai",
 * Enter, Tab would stay in the box, and in a multiple select Tab would untick what Enter ticked.
 * Called from the form's capture phase: the select never sees the Tab, the browser moves the
 * focus, and the list closes as the select loses it.
 */
import type { KeyboardEvent } from 'react';

export function letTabLeaveSelect(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const target = event.target;
  if (target instanceof HTMLElement && target.getAttribute('role') === 'combobox') event.stopPropagation();
}
