/**
 * antd draws a few mouse helpers that a keyboard or a screen reader meets wrongly: the clear
 * button of a text box (a <button> in the Tab order, so Tab then typing lands on it and the typed
 * text is lost; its icon reads "close-circle"), the clear cross of a select ("Clear"), the icon of
 * the copy button ("copy"). The vi_VN locale covers none of them. One observer, started once for
 * the whole document, keeps every such helper out of the Tab order and labels it in Vietnamese;
 * the keyboard clears a box with Ctrl+A then Delete, as in every other program.
 */

const clearSelector = '.ant-input-clear-icon, .ant-select-clear, .ant-picker-clear';
export const clearLabel = 'Xóa nội dung';

/** Icon names antd uses as labels that are English words a screen reader would read out. */
const englishIconLabels = new Set(['close-circle', 'close', 'copy', 'check']);

/** Fixes one element subtree; exported for the tests of the renderer. */
export function fixAssistiveLabels(root: ParentNode): void {
  for (const clear of root.querySelectorAll<HTMLElement>(clearSelector)) {
    if (clear.tabIndex !== -1) clear.tabIndex = -1;
    if (clear.getAttribute('aria-label') !== clearLabel) clear.setAttribute('aria-label', clearLabel);
    if (clear.getAttribute('title') !== clearLabel) clear.setAttribute('title', clearLabel);
  }
  for (const icon of root.querySelectorAll<HTMLElement>('.anticon[aria-label]')) {
    const label = icon.getAttribute('aria-label') ?? '';
    // The control around the icon carries the name; the icon itself is decoration.
    if (englishIconLabels.has(label) && icon.closest('button, [role="button"], a, .ant-select-clear')) {
      icon.removeAttribute('aria-label');
      icon.setAttribute('aria-hidden', 'true');
    }
  }
}

/** Starts watching the document; returns the function that stops it. */
export function watchAssistiveLabels(root: HTMLElement = document.body): () => void {
  fixAssistiveLabels(root);
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      fixAssistiveLabels(root);
    });
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-label'],
  });
  return () => observer.disconnect();
}
