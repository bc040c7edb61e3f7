/** Scaffold: replaced by the part of issue 8 that builds the spreadsheet import. */
export function ActivityImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return open ? <div data-testid="scaffold-ActivityImportDialog" onClick={onClose} /> : null;
}
