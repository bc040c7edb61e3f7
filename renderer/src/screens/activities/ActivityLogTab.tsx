/** Scaffold: replaced by the part of issue 8 that builds this tab. */
import { ActivityImportButton } from './ActivityImportButton';
export function ActivityLogTab() {
  return (
    <div data-testid="scaffold-ActivityLogTab">
      <ActivityImportButton />
    </div>
  );
}
