import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutBox, buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return flatten(items).find((item) => item.label === label);
}

describe('the application menu', () => {
  const actions = { onAbout: vi.fn(), onCheckForUpdates: vi.fn() };
  const template = buildMenuTemplate(actions);

  it('has the four Vietnamese menus in order', () => {
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it('labels every item in Vietnamese (Electron would otherwise show English role names)', () => {
    const items = flatten(template).filter((item) => item.type !== 'separator');
    for (const item of items) {
      expect(item.label, JSON.stringify(item.role)).toBeTruthy();
      expect(item.label).toBe(item.label?.normalize('NFC'));
    }
    const labels = items.map((item) => item.label);
    for (const label of [
      'Thoát',
      'Hoàn tác',
      'Làm lại',
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả',
      'Tải lại',
      'Phóng to',
      'Thu nhỏ',
      'Cỡ thật',
      'Toàn màn hình',
      'Giới thiệu',
      'Kiểm tra cập nhật',
    ]) {
      expect(labels).toContain(label);
    }
    expect(labels.join(' ')).not.toMatch(/\b(File|Edit|View|Help|Quit|Undo|Paste)\b/u);
  });

  it('gives the edit and view items their roles so shortcuts work', () => {
    expect(find(template, 'Thoát')?.role).toBe('quit');
    expect(find(template, 'Sao chép')?.role).toBe('copy');
    expect(find(template, 'Dán')?.role).toBe('paste');
    expect(find(template, 'Phóng to')?.role).toBe('zoomIn');
    expect(find(template, 'Cỡ thật')?.role).toBe('resetZoom');
    expect(find(template, 'Toàn màn hình')?.role).toBe('togglefullscreen');
  });

  it('calls the about and update actions', () => {
    const about = find(template, 'Giới thiệu')?.click as (() => void) | undefined;
    const update = find(template, 'Kiểm tra cập nhật')?.click as (() => void) | undefined;
    about?.();
    update?.();
    expect(actions.onAbout).toHaveBeenCalledOnce();
    expect(actions.onCheckForUpdates).toHaveBeenCalledOnce();
  });

  it('shows developer tools only in development', () => {
    expect(find(template, 'Công cụ phát triển')).toBeUndefined();
    const dev = buildMenuTemplate({ ...actions, developer: true });
    expect(find(dev, 'Công cụ phát triển')?.role).toBe('toggleDevTools');
  });

  it('on macOS starts with the application menu', () => {
    const mac = buildMenuTemplate({ ...actions, isMac: true });
    expect(mac[0]?.label).toBe('Tổ CNSCĐ');
    expect(find(mac, 'Thoát')?.role).toBe('quit');
  });

  it('has an about box naming the version and the data file', () => {
    const box = aboutBox('1.2.3', '/data/to-cnscd.sqlite3');
    expect(box.title).toBe('Giới thiệu');
    expect(box.message).toContain('1.2.3');
    expect(box.detail).toContain('/data/to-cnscd.sqlite3');
  });
});
