/** A sober, official look: deep blue, with the red of official documents as the accent. */
import type { ThemeConfig } from 'antd';

export const colors = {
  primary: '#1a4a8a',
  sider: '#0f2d57',
  siderSelected: '#1f5aa6',
  accent: '#b3261e',
  page: '#f2f4f7',
  /**
   * Secondary text (descriptions, hints under fields, statistic titles, step texts): 6.0:1 on
   * white and 5.5:1 on the page grey, above WCAG AA's 4.5:1. antd's default grey (#8c8c8c) is
   * 3.4:1, too faint on old office monitors.
   */
  textSecondary: '#5f6368',
  /** Placeholders in empty fields: 5.1:1 on white, still lighter than typed text. */
  textPlaceholder: '#6e6e6e',
};

/**
 * Text colours of antd's coloured tags (`<Tag color="green">`): each palette's 7th shade on its
 * 1st is below 4.5:1 for green (3.4), gold (2.8), orange (3.3), cyan (3.4) and volcano (4.4); the
 * next darker shade of the same palette is used instead (green 5.4, gold 6.5, orange 5.1, cyan
 * 5.8, volcano 6.4). The tag's light background and border stay as they are.
 */
const tagText = {
  green: '#237804',
  gold: '#874d00',
  orange: '#ad4e00',
  cyan: '#006d75',
  volcano: '#ad2102',
} as const;

/** As tokens: `green7`, and its older spelling `green-7`, which names the same CSS variable. */
const tagTextColors = Object.fromEntries(
  Object.entries(tagText).flatMap(([palette, color]) => [
    [`${palette}7`, color],
    [`${palette}-7`, color],
  ]),
) satisfies ThemeConfig['token'];

export const theme: ThemeConfig = {
  token: {
    colorPrimary: colors.primary,
    colorLink: colors.primary,
    colorError: '#c0392b',
    // antd derives a lighter red for hover (#cc5e4e, 4.0:1 on white) that a danger button keeps
    // while its confirmation is open: a darker red instead (6.6:1), still a visible change.
    colorErrorHover: '#a93226',
    colorErrorTextHover: '#a93226',
    colorTextTertiary: colors.textSecondary,
    colorTextDescription: colors.textSecondary,
    colorTextPlaceholder: colors.textPlaceholder,
    ...tagTextColors,
    borderRadius: 4,
    fontSize: 14,
    // No animations. The office PC is old and busy; a dialog that zooms or a drawer that slides
    // only delays the officer. And a leave animation whose end event never comes (a loading
    // spinner switched on and off within a frame, on a loaded machine) stayed in the page: the
    // "Ban hành" button went on reading "loading Ban hành" to screen readers, and its name no
    // longer matched, after a refused number. Without motion every change is final at once.
    motion: false,
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
    // A button that is working (its spinner showing) was drawn at 65 % opacity: white on the faded
    // danger red is 2.95:1 (a popconfirm's "Xóa" while the refusal arrives), on the faded blue
    // 3.6:1. The spinner is the sign of work; the colours stay whole and keep their contrast.
    Button: { opacityLoading: 1 },
    // A list's "nothing matches" message is drawn in the disabled grey (#bfbfbf, 1.83:1): it is an
    // answer to read, so the placeholder grey instead (5.1:1), still lighter than the options.
    Select: { colorTextDisabled: colors.textPlaceholder },
  },
};
