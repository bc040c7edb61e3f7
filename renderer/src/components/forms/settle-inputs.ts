/**
 * Waits until controls that commit on blur have committed. A date typed into an antd DatePicker
 * reaches the form only after the input loses focus, a moment after the click on "Lưu" that
 * blurred it: without this wait, the form would save the previous date.
 */
export function settleInputs(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));
}
