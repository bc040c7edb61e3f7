/** The application menu, in Vietnamese (Electron's default menu is English). */
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';

export interface MenuActions {
  onAbout: () => void;
  onCheckForUpdates: () => void;
  /** Shows "Công cụ phát triển" (developer tools): development builds only. */
  developer?: boolean;
  /** macOS puts Quit and About in a first menu named after the application. */
  isMac?: boolean;
  appName?: string;
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const appName = actions.appName ?? 'Tổ CNSCĐ';
  const macApp: MenuItemConstructorOptions[] = actions.isMac
    ? [
        {
          label: appName,
          submenu: [
            { label: `Giới thiệu ${appName}`, click: actions.onAbout },
            { type: 'separator' },
            { role: 'hide', label: `Ẩn ${appName}` },
            { role: 'unhide', label: 'Hiện tất cả' },
            { type: 'separator' },
            { role: 'quit', label: 'Thoát' },
          ],
        },
      ]
    : [];

  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Tải lại' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { role: 'resetZoom', label: 'Cỡ thật' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  if (actions.developer) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Công cụ phát triển' });
  }

  return [
    ...macApp,
    {
      label: 'Tệp',
      submenu: [actions.isMac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát' }],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Trợ giúp',
      role: 'help',
      submenu: [
        { label: 'Giới thiệu', click: actions.onAbout },
        { label: 'Kiểm tra cập nhật', click: actions.onCheckForUpdates },
      ],
    },
  ];
}

/** The "Giới thiệu" (about) box. */
export function aboutBox(version: string, databasePath: string): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Giới thiệu',
    message: `Tổ CNSCĐ – phiên bản ${version}`,
    detail:
      'Sổ quản lý Tổ Công nghệ số cộng đồng cho Ủy ban nhân dân xã, phường.\n\n' +
      `Tệp dữ liệu: ${databasePath}`,
    buttons: ['Đóng'],
    noLink: true,
  };
}
