/**
 * "Tiến độ" and the overview's dashboard card on the demo commune: the period selector changes the
 * figures (read against the same API), the teams behind schedule are marked, every figure links
 * to the activities behind it, and the page prints readably in black and white.
 */
import type { Locator, Page } from '@playwright/test';
import type { PeriodFigures, Progress } from '../shared/contract/monthly-types';
import { makePeriod, periodContaining } from '../shared/domain/periods';
import { formatCount } from '../shared/vi/numbers';
import { todayIso } from '../shared/vi/dates';
import { demoLaggingVillages } from '../electron/backend/demo/demo-monthly';
import {
  expect,
  expectAccessible,
  expectNoHorizontalScroll,
  keepScreenshot,
  test,
  type Preview,
} from './fixtures';
import { demoLikeProfile, openSection, pick, settled } from './web.helpers';

const progressOf = async (app: Preview, period: string) =>
  (await app.call('getProgress', { period })) as Progress;
const figuresOf = async (app: Preview, period: string) =>
  (await app.call('getPeriodFigures', { period })) as PeriodFigures;

const indicatorRow = (page: Page, name: string): Locator =>
  page.getByTestId('indicator-table').getByRole('row').filter({ hasText: name });
const teamRow = (page: Page, name: string): Locator =>
  page.getByTestId('team-table').getByRole('row').filter({ hasText: name });

/** Every indicator row of the table shows the backend's result and percent for the period. */
async function expectIndicatorFigures(page: Page, progress: Progress): Promise<void> {
  for (const line of progress.indicators.filter((l) => l.target !== null).slice(0, 4)) {
    const row = indicatorRow(page, line.name).first();
    await expect(row.getByTestId('indicator-result')).toHaveText(formatCount(line.result));
  }
}

test.describe('the demo commune', () => {
  test.beforeEach(async ({ preview }) => {
    await preview.call('loadDemo');
  });

  test('progress: the period selector, the lagging teams, the click-through and print', async ({
    page,
    preview: app,
  }, testInfo) => {
    // Opens on the reporting year of the month running today.
    const thisYear = periodContaining(todayIso(), 'month').year;
    await openSection(page, app, 'tien-do');
    await expect(page.getByTestId('progress-period')).toHaveText(`Năm ${thisYear}`);

    // The period is in the address: the year before the demo's has nothing yet.
    await page.goto(`${app.url}#/tien-do?period=2025`);
    await expect(page.getByTestId('progress-period')).toHaveText('Năm 2025');
    await expect(page.getByTestId('figure-activities')).toHaveText('0');

    // The demo's year, chosen with the selector.
    await pick(page, 'Năm', 'Năm 2026');
    await expect(page).toHaveURL(/#\/tien-do\?period=2026$/u);
    await expect(page.getByTestId('progress-period')).toHaveText('Năm 2026');
    const year = await progressOf(app, '2026');
    await expectIndicatorFigures(page, year);
    const yearFigures = await figuresOf(app, '2026');
    await expect(page.getByTestId('figure-activities')).toHaveText(formatCount(yearFigures.activities));
    expect(yearFigures.activities).toBeGreaterThan(200);

    // Teams behind the elapsed share are marked, the others are not.
    const behind = year.teams.filter((t) => t.lagging);
    const behindNames = behind.map((t) => t.teamName.toLocaleLowerCase('vi'));
    for (const village of demoLaggingVillages) {
      expect(behindNames.some((name) => name.endsWith(village.toLocaleLowerCase('vi')))).toBe(true);
    }
    for (const team of behind) await expect(teamRow(page, team.teamName)).toContainText('Chậm tiến độ');
    const onTrack = year.teams.find((t) => !t.lagging && t.achievement !== null);
    if (onTrack === undefined) throw new Error('dữ liệu mẫu phải có tổ đúng tiến độ');
    await expect(teamRow(page, onTrack.teamName)).toContainText('Đúng tiến độ');
    await expect(teamRow(page, onTrack.teamName)).not.toContainText('Chậm tiến độ');
    await expect(page.getByTestId('team-chart').locator('svg')).toBeVisible();
    await expect(page.getByTestId('team-chart')).toContainText('chậm');
    await expectAccessible(page, 'Tiến độ năm 2026');
    await expectNoHorizontalScroll(page);
    await settled(page);
    await keepScreenshot(page, testInfo, 'progress-year');

    // Quarter II: other figures, the same as the backend's.
    await page.getByRole('radiogroup', { name: 'Loại kỳ' }).getByText('Quý', { exact: true }).click();
    await pick(page, 'Quý', 'Quý II');
    await expect(page).toHaveURL(/#\/tien-do\?period=2026-Q2$/u);
    await expect(page.getByTestId('progress-period')).toHaveText('Quý II/2026');
    const q2 = await progressOf(app, '2026-Q2');
    const vneid = q2.indicators.find((l) => l.code === 'vneid_activated');
    const vneidYear = year.indicators.find((l) => l.code === 'vneid_activated');
    if (vneid === undefined || vneidYear === undefined) throw new Error('thiếu chỉ tiêu vneid_activated');
    expect(vneid.result).toBeLessThan(vneidYear.result);
    await expectIndicatorFigures(page, q2);
    const q2Figures = await figuresOf(app, '2026-Q2');
    await expect(page.getByTestId('figure-activities')).toHaveText(formatCount(q2Figures.activities));
    await expect(page.getByTestId('figure-people')).toHaveText(formatCount(q2Figures.peopleReached));

    // Printed in black and white: no menu, the patterns and numbers carry the chart.
    await page.emulateMedia({ media: 'print' });
    await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
    await expect(page.getByRole('navigation', { name: 'Các mục của ứng dụng' })).toBeHidden();
    // Laid out for paper without a `beforeprint` (a PDF printer, a print preview), a chart is
    // scaled down to the page by its viewBox, not cut at the page's edge.
    for (const svg of await page.locator('.progress-chart svg').all()) {
      const box = () =>
        svg.evaluate((el) => ({
          viewBox: el.getAttribute('viewBox'),
          drawn: `0 0 ${el.getAttribute('width')} ${el.getAttribute('height')}`,
          width: el.getBoundingClientRect().width,
          card: el.closest('.ant-card')?.getBoundingClientRect().width ?? 0,
        }));
      // The print layout resizes the chart (the menu is gone): wait until it has drawn again, its
      // viewBox following its new size, before reading it.
      await expect
        .poll(async () => {
          const now = await box();
          return now.viewBox === now.drawn;
        })
        .toBe(true);
      const settledBox = await box();
      expect(settledBox.width).toBeLessThanOrEqual(settledBox.card);
    }
    await settled(page);
    await keepScreenshot(page, testInfo, 'progress-print-grayscale');
    await page.emulateMedia({ media: 'screen' });

    // From an indicator's figure to the activities behind it.
    await indicatorRow(page, vneid.name).first().getByTestId('indicator-result').click();
    await expect(page).toHaveURL(/#\/hoat-dong\?period=2026-Q2&indicator=vneid_activated$/u);
    // Back returns to the same period.
    await page.goBack();
    await expect(page.getByTestId('progress-period')).toHaveText('Quý II/2026');

    // From a lagging team to its activities of the period.
    const laggingTeam = behind[0];
    if (laggingTeam === undefined) throw new Error('dữ liệu mẫu phải có tổ chậm tiến độ');
    await teamRow(page, laggingTeam.teamName).getByRole('link', { name: laggingTeam.teamName }).click();
    await expect(page).toHaveURL(new RegExp(`#/hoat-dong\\?period=2026-Q2&team=${laggingTeam.teamId}$`, 'u'));

    // A bar of the chart leads there too: the first bar marked behind is the first team behind in Q2.
    await page.goBack();
    await expect(page.getByTestId('progress-period')).toHaveText('Quý II/2026');
    const firstBehind = q2.teams.find((t) => t.lagging);
    if (firstBehind === undefined) throw new Error('quý II của dữ liệu mẫu phải có tổ chậm tiến độ');
    await page.getByTestId('team-chart').locator('text').filter({ hasText: '– chậm' }).first().click();
    await expect(page).toHaveURL(new RegExp(`#/hoat-dong\\?period=2026-Q2&team=${firstBehind.teamId}$`, 'u'));
  });

  test('overview: the month’s figures, the year per pillar and the lagging teams', async ({
    page,
    preview: app,
  }, testInfo) => {
    const month = periodContaining(todayIso(), 'month');
    const year = makePeriod('year', month.year);
    const [figures, progress] = await Promise.all([figuresOf(app, month.code), progressOf(app, year.code)]);
    await openSection(page, app, 'tong-quan');
    const card = page.getByTestId('work-progress-card');
    await expect(card.getByRole('heading', { level: 3 }).first()).toContainText(figures.period.label);
    await expect(card.getByTestId('figure-activities')).toHaveText(formatCount(figures.activities));
    await expect(card.getByTestId('figure-people')).toHaveText(formatCount(figures.peopleReached));
    await expect(card.getByTestId('figure-households')).toHaveText(formatCount(figures.householdsReached));
    await expect(card.getByTestId('figure-trained')).toHaveText(formatCount(figures.peopleTrained));
    const lagging = progress.teams.filter((t) => t.lagging);
    await expect(card.getByTestId('lagging-teams').getByRole('listitem')).toHaveCount(lagging.length);
    await expect(card.getByTestId('pillar-chart').locator('svg')).toBeVisible();
    await expectAccessible(page, 'Tổng quan với thẻ tiến độ');
    await expectNoHorizontalScroll(page);
    await settled(page);
    await keepScreenshot(page, testInfo, 'overview-progress');

    await card.getByTestId('figure-activities').click();
    await expect(page).toHaveURL(new RegExp(`#/hoat-dong\\?period=${month.code}$`, 'u'));
  });
});

test('empty commune: the card says no target is set yet and where to set one', async ({
  page,
  preview: app,
}) => {
  await app.call('setupProfile', demoLikeProfile);
  const month = periodContaining(todayIso(), 'month');
  await openSection(page, app, 'tong-quan');
  const card = page.getByTestId('work-progress-card');
  await expect(card.getByTestId('figure-activities')).toHaveText('0');
  await expect(card).toContainText(`Chưa giao chỉ tiêu cho năm ${month.year}.`);
  await expect(card.getByTestId('pillar-chart')).toHaveCount(0);
  await expectAccessible(page, 'Tổng quan của xã chưa có hoạt động');
  await card.getByRole('link', { name: 'Giao chỉ tiêu ở mục Tiến độ' }).click();
  await expect(page.getByTestId('progress-period')).toHaveText(`Năm ${month.year}`);
  await expect(page.getByTestId('indicator-table')).toContainText('Chưa giao');
});
