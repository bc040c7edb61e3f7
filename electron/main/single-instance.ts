/**
 * One running copy per user: two copies writing the same SQLite file would fight over it, and a
 * clerk who double-clicks the icon again expects the open window to come forward.
 */
import type { App, BrowserWindow } from 'electron';
import { focusWindow } from './window';

/** Returns false (and quits) when another copy already runs; that copy is told to come forward. */
export function claimSingleInstance(app: App, getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(getWindow()));
  return true;
}
