/** A sober, official look: deep blue, with the red of official documents as the accent. */
import type { ThemeConfig } from 'antd';

export const colors = {
  primary: '#1a4a8a',
  sider: '#0f2d57',
  siderSelected: '#1f5aa6',
  accent: '#b3261e',
  page: '#f2f4f7',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: colors.primary,
    colorLink: colors.primary,
    colorError: '#c0392b',
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif',
  },
  components: {
    Layout: { siderBg: colors.sider, headerBg: '#ffffff', bodyBg: colors.page, headerPadding: '0 24px' },
    Menu: {
      darkItemBg: colors.sider,
      darkItemSelectedBg: colors.siderSelected,
      darkItemColor: 'rgba(255, 255, 255, 0.82)',
      itemHeight: 44,
    },
    Table: { headerBg: '#eef2f8' },
  },
};
