/** Scaffold: replaced by the part of issue 8 that builds this tab. */
export function TargetsTab() {
  return <div data-testid="scaffold-TargetsTab" />;
}
