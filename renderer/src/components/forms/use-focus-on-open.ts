/**
 * Puts the cursor in a dialog's first field when it opens, so the officer types at once. antd
 * focuses the dialog itself while opening (and `autoFocus` is lost to that), so the focus is given
 * on the next frame.
 */
import { useEffect, useRef } from 'react';

export function useFocusOnOpen(open: boolean, focus: () => void): void {
  // The latest function, without re-running the effect when the caller passes a new one.
  const latest = useRef(focus);
  useEffect(() => {
    latest.current = focus;
  });
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => latest.current());
    return () => cancelAnimationFrame(frame);
  }, [open]);
}

/** Focuses the checked option of a radio group (or its first), as Tab would enter it. */
export function focusCheckedRadio(group: HTMLElement | null): void {
  const radio =
    group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    group?.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus();
}
