import type { FormInstance } from 'antd';
/**
 * Waits until controls that commit on blur have committed. A date typed into an antd DatePicker
 * reaches the form only after the input loses focus, a moment after the click on "Lưu" that
 * blurred it: without this wait, the form would save the previous date.
 */
export function settleInputs(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));
}

/**
 * The form's values once typed input has settled and every rule passed; null when a rule failed
 * (antd then shows the messages next to the fields).
 */
export async function settledValues<T>(form: FormInstance<T>): Promise<T | null> {
  await settleInputs();
  try {
    await form.validateFields();
  } catch {
    return null;
  }
  return form.getFieldsValue(true) as T;
}
