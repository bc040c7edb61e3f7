/** Scaffold: replaced by the part of issue 8 that builds this tab. */
export function TrainingsTab() {
  return <div data-testid="scaffold-TrainingsTab" />;
}
