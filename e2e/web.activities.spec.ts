/**
 * "Hoạt động" › "Nhật ký hoạt động" in the browser, on the real backend: five activities typed
 * with the keyboard alone, the prefill of team, date and kind, the duplicate and team-life
 * questions, edit, delete, the filters and a link that opens the log filtered, ten thousand rows.
 */
import type { Locator, Page } from '@playwright/test';
import { addActivities } from '../electron/backend/activities/activity-service';
import { openDatabase } from '../electron/backend/db/database';
import type { ActivityInput } from '../shared/contract/monthly-schemas';
import type { Activity } from '../shared/contract/monthly-types';
import type { Person, TeamSummary, Village } from '../shared/contract/types';
import {
  expect,
  expectAccessible,
  expectNoHorizontalScroll,
  keepScreenshot,
  test,
  type Preview,
} from './fixtures';
import { choose, expectFieldError, openSection, settled } from './web.helpers';
import {
  addMember,
  addPerson,
  addTeam,
  addVillage,
  dialogTitled,
  setUpCommune,
} from './web.register.helpers';

interface Arranged {
  anHai: TeamSummary;
  binhTay: TeamSummary;
  binh: Person;
  hoa: Person;
}

/** Two village teams with a member each, founded on 05/01/2026. */
async function arrange(preview: Preview): Promise<Arranged> {
  await setUpCommune(preview);
  const vAnHai = (await addVillage(preview, 'Thôn An Hải', 120)) as Village;
  const vBinhTay = (await addVillage(preview, 'Thôn Bình Tây', 90)) as Village;
  const anHai = await addTeam(preview, {
    level: 'village',
    name: 'Tổ CNSCĐ thôn An Hải',
    villageId: vAnHai.id,
  });
  const binhTay = await addTeam(preview, {
    level: 'village',
    name: 'Tổ CNSCĐ thôn Bình Tây',
    villageId: vBinhTay.id,
  });
  const binh = await addPerson(preview, { fullName: 'Nguyễn Văn Bình', villageId: vAnHai.id });
  const hoa = await addPerson(preview, { fullName: 'Lê Thị Hoa', villageId: vBinhTay.id });
  await addMember(preview, anHai.id, binh.id, 'leader', '2026-01-05');
  await addMember(preview, binhTay.id, hoa.id, 'leader', '2026-01-05');
  return { anHai: anHai as TeamSummary, binhTay: binhTay as TeamSummary, binh, hoa };
}

async function activities(preview: Preview, query: object = {}): Promise<Activity[]> {
  return (await preview.call('listActivities', query)) as Activity[];
}

const entryDialog = (page: Page) => dialogTitled(page, 'Ghi hoạt động');
const rows = (page: Page) => page.locator('.activity-table .ant-table-row');
const totals = (page: Page) => page.getByTestId('activity-totals');

/** The field labelled `label` in the dialog has the cursor (the Tab order follows the paper). */
async function expectFocus(dialog: Locator, label: string): Promise<void> {
  await expect(dialog.getByLabel(label, { exact: true })).toBeFocused();
}

/** Tab to the next field, which must be `label`. */
async function tabTo(page: Page, dialog: Locator, label: string): Promise<void> {
  await page.keyboard.press('Tab');
  await expectFocus(dialog, label);
}

/** Types a search into a select and takes the first match with Enter. */
async function pick(page: Page, typed: string): Promise<void> {
  await page.keyboard.type(typed);
  // The list of the focused select (the previous select's list may still be closing).
  const listId = await page.locator(':focus').getAttribute('aria-controls');
  const list = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  await expect(list.locator('.ant-select-item-option-active')).toBeVisible();
  await page.keyboard.press('Enter');
}

interface Entry {
  /** dd/mm/yyyy; undefined keeps the prefilled date. */
  date?: string;
  /** Typed to find the team; undefined keeps the prefilled one. */
  team?: string;
  kind?: string;
  platforms?: string[];
  place?: string;
  people?: number;
  households?: number;
  results?: [string, number][];
  members?: string[];
  note?: string;
}

/** One activity, from the date box to Enter, with the keyboard alone. */
async function enter(page: Page, dialog: Locator, entry: Entry): Promise<void> {
  await expectFocus(dialog, 'Ngày');
  if (entry.date !== undefined) {
    await page.keyboard.type(entry.date);
    await page.keyboard.press('Enter');
  }
  await tabTo(page, dialog, 'Tổ');
  if (entry.team !== undefined) await pick(page, entry.team);
  await tabTo(page, dialog, 'Hình thức');
  if (entry.kind !== undefined) await pick(page, entry.kind);
  await tabTo(page, dialog, 'Nền tảng');
  for (const platform of entry.platforms ?? []) await pick(page, platform);
  await tabTo(page, dialog, 'Địa điểm');
  if (entry.place !== undefined) await page.keyboard.type(entry.place);
  await tabTo(page, dialog, 'Số người');
  if (entry.people !== undefined) await page.keyboard.type(String(entry.people));
  await tabTo(page, dialog, 'Số hộ');
  if (entry.households !== undefined) await page.keyboard.type(String(entry.households));
  const results = entry.results ?? [];
  for (const [index, [indicator, value]] of results.entries()) {
    await tabTo(page, dialog, `Chỉ tiêu ${index + 1}`);
    await pick(page, indicator);
    await tabTo(page, dialog, `Số lượng ${index + 1}`);
    await page.keyboard.type(String(value));
  }
  // The free row under the last result is passed over.
  await tabTo(page, dialog, `Chỉ tiêu ${results.length + 1}`);
  await tabTo(page, dialog, `Số lượng ${results.length + 1}`);
  await tabTo(page, dialog, 'Thành viên tham gia');
  for (const member of entry.members ?? []) await pick(page, member);
  await tabTo(page, dialog, 'Ghi chú');
  if (entry.note !== undefined) await page.keyboard.type(entry.note);
  await page.keyboard.press('Enter');
}

test('five activities typed with the keyboard alone, the team, date and kind carried to the next', async ({
  page,
  preview,
}, testInfo) => {
  await arrange(preview);
  await openSection(page, preview, 'hoat-dong');
  await expect(totals(page)).toHaveText('Không có hoạt động nào.');

  await page.keyboard.press('Alt+n');
  const dialog = entryDialog(page);
  await expectFocus(dialog, 'Ngày');
  const success = page.locator('.ant-message-success');

  await enter(page, dialog, {
    date: '04/05/2026',
    team: 'an hai',
    kind: 'huong dan',
    platforms: ['vneid'],
    place: 'Nhà văn hóa thôn An Hải',
    people: 30,
    households: 12,
    results: [
      ['kich hoat', 12],
      ['chu ky so', 3],
    ],
    members: ['binh'],
    note: 'Theo tin nhắn Zalo',
  });
  await expect(success).toContainText('Đã ghi: Hướng dẫn ngày 04/05/2026, Tổ CNSCĐ thôn An Hải.');

  // The next one starts from the same team, date and kind; the rest is empty.
  await expectFocus(dialog, 'Ngày');
  await expect(dialog.getByLabel('Ngày', { exact: true })).toHaveValue('04/05/2026');
  await expect(dialog.locator('.ant-form-item').filter({ hasText: /^Tổ/u })).toContainText(
    'Tổ CNSCĐ thôn An Hải',
  );
  await expect(dialog.locator('.ant-form-item').filter({ hasText: /^Hình thức/u })).toContainText(
    'Hướng dẫn',
  );
  await expect(dialog.getByLabel('Địa điểm', { exact: true })).toHaveValue('');
  await expect(dialog.getByLabel('Số người', { exact: true })).toHaveValue('');
  await keepScreenshot(page, testInfo, 'activities-form-prefilled');
  await expectAccessible(page, 'Ghi hoạt động: biểu mẫu điền sẵn');

  await enter(page, dialog, {
    kind: 'tuyen truyen',
    platforms: ['binh dan'],
    people: 50,
    results: [['buoi tuyen', 1]],
  });
  await expect(success.last()).toContainText('Đã ghi: Tuyên truyền ngày 04/05/2026, Tổ CNSCĐ thôn An Hải.');
  await enter(page, dialog, {
    date: '06/05/2026',
    kind: 'ho tro',
    platforms: ['thanh toan'],
    households: 8,
    results: [['tai khoan thanh toan', 8]],
  });
  await expect(success.last()).toContainText(
    'Đã ghi: Hỗ trợ trực tiếp ngày 06/05/2026, Tổ CNSCĐ thôn An Hải.',
  );
  await enter(page, dialog, {
    team: 'binh tay',
    platforms: ['dich vu cong'],
    people: 5,
    results: [['ho so dich vu cong', 5]],
    members: ['hoa'],
  });
  await expect(success.last()).toContainText(
    'Đã ghi: Hỗ trợ trực tiếp ngày 06/05/2026, Tổ CNSCĐ thôn Bình Tây.',
  );
  await enter(page, dialog, {
    date: '10/05/2026',
    kind: 'hop',
    place: 'UBND xã',
    note: 'Họp giao ban tháng 5',
  });
  await expect(success.last()).toContainText('Đã ghi: Họp ngày 10/05/2026, Tổ CNSCĐ thôn Bình Tây.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // All five in the list, newest first, with what was typed.
  await expect(rows(page)).toHaveCount(5);
  await expect(totals(page)).toHaveText('5 hoạt động; tiếp cận 85 người, 20 hộ.');
  await expect(rows(page).locator('.ant-table-cell:first-child')).toHaveText([
    '10/05/2026',
    '06/05/2026',
    '06/05/2026',
    '04/05/2026',
    '04/05/2026',
  ]);
  const first = rows(page).filter({ hasText: 'Nhà văn hóa thôn An Hải' });
  await expect(first).toContainText('Hướng dẫn');
  await expect(first).toContainText('Định danh điện tử VNeID mức 2');
  await expect(first).toContainText(
    'Tài khoản định danh điện tử mức 2 được kích hoạt: 12; Người dân được cấp chữ ký số: 3',
  );
  await expect(rows(page).filter({ hasText: 'Bình dân học vụ số' })).toContainText('Tuyên truyền');
  await expect(rows(page).filter({ hasText: 'UBND xã' })).toContainText('Họp');

  // Opened again, the form starts from the last activity's team, date and kind.
  await page.keyboard.press('Alt+n');
  await expectFocus(dialog, 'Ngày');
  await expect(dialog.getByLabel('Ngày', { exact: true })).toHaveValue('10/05/2026');
  await expect(dialog.locator('.ant-form-item').filter({ hasText: /^Tổ/u })).toContainText(
    'Tổ CNSCĐ thôn Bình Tây',
  );
  await expect(dialog.locator('.ant-form-item').filter({ hasText: /^Hình thức/u })).toContainText('Họp');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // And in the database, exactly as typed.
  const saved = await activities(preview);
  expect(saved).toHaveLength(5);
  const byKind = (kind: string) => saved.filter((a) => a.kind === kind);
  expect(byKind('guidance')[0]).toMatchObject({
    date: '2026-05-04',
    platforms: ['vneid'],
    place: 'Nhà văn hóa thôn An Hải',
    peopleReached: 30,
    householdsReached: 12,
    note: 'Theo tin nhắn Zalo',
  });
  expect(byKind('guidance')[0]?.results).toEqual(
    expect.arrayContaining([
      { indicator: 'vneid_activated', value: 12 },
      { indicator: 'digital_signatures', value: 3 },
    ]),
  );
  expect(byKind('guidance')[0]?.results).toHaveLength(2);
  expect(byKind('guidance')[0]?.memberIds).toHaveLength(1);
  expect(
    byKind('direct_support')
      .map((a) => a.teamName)
      .sort(),
  ).toEqual(['Tổ CNSCĐ thôn An Hải', 'Tổ CNSCĐ thôn Bình Tây']);
  expect(byKind('meeting')[0]).toMatchObject({
    date: '2026-05-10',
    place: 'UBND xã',
    platforms: [],
    results: [],
  });
  await settled(page);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'Nhật ký hoạt động: năm hoạt động vừa ghi');
});

async function addActivity(preview: Preview, input: object): Promise<Activity> {
  return ((await preview.call('addActivity', input)) as { activity: Activity }).activity;
}

const question = (page: Page, title: string) =>
  page
    .locator('.ant-modal-confirm')
    .filter({ has: page.locator('.ant-modal-confirm-title', { hasText: title }) });

test('a possible duplicate and a date before the team was founded are asked, never saved or dropped silently; edit; delete', async ({
  page,
  preview,
}, testInfo) => {
  const { anHai } = await arrange(preview);
  await addActivity(preview, {
    teamId: anHai.id,
    date: '2026-05-04',
    kind: 'guidance',
    platforms: ['vneid'],
  });
  await addActivity(preview, { teamId: anHai.id, date: '2026-05-10', kind: 'meeting', place: 'Nhà văn hóa' });
  await openSection(page, preview, 'hoat-dong');
  await expect(rows(page)).toHaveCount(2);

  // Same team, date, kind and platform: saved, then asked; Enter keeps both.
  await page.keyboard.press('Alt+n');
  const dialog = entryDialog(page);
  // Ctrl+Enter on an empty form: each missing field says what it needs, nothing is saved.
  await expectFocus(dialog, 'Ngày');
  await page.keyboard.press('Control+Enter');
  await expectFieldError(dialog, 'Ngày', 'Nhập ngày hoạt động, dạng dd/mm/yyyy.');
  await expectFieldError(dialog, 'Tổ', 'Chọn Tổ đã làm hoạt động.');
  await expectFieldError(dialog, 'Hình thức', 'Chọn hình thức hoạt động.');
  await expectFocus(dialog, 'Ngày');
  await enter(page, dialog, {
    date: '04/05/2026',
    team: 'an hai',
    kind: 'huong dan',
    platforms: ['vneid'],
    people: 7,
  });
  const duplicate = question(page, 'Có thể trùng với hoạt động đã ghi');
  await expect(duplicate).toContainText('Tổ CNSCĐ thôn An Hải đã có hoạt động "Hướng dẫn" ngày 04/05/2026');
  await expect(duplicate.getByRole('button', { name: 'Giữ cả hai' })).toBeFocused();
  await settled(page);
  await keepScreenshot(page, testInfo, 'activities-duplicate-question');
  await expectAccessible(page, 'Nhật ký hoạt động: câu hỏi trùng');
  await page.keyboard.press('Enter');
  await expect(duplicate).toBeHidden();
  await expect(rows(page)).toHaveCount(3);
  await expectFocus(dialog, 'Ngày');

  // Asked again, and this time taken back (Esc): nothing more is kept.
  await enter(page, dialog, { platforms: ['vneid'], people: 9 });
  await expect(duplicate).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-message-info')).toContainText('Đã bỏ hoạt động vừa ghi');
  await expect(totals(page)).toHaveText('3 hoạt động; tiếp cận 7 người, 0 hộ.');
  expect((await activities(preview)).map((a) => a.peopleReached).sort()).toEqual([7, null, null]);

  // Before the team's first member joined (05/01/2026): refused until the officer confirms.
  await dialog.getByLabel('Ngày', { exact: true }).press('Control+a');
  await enter(page, dialog, { date: '20/12/2025', kind: 'tuyen truyen', people: 11 });
  const life = question(page, 'Ngày hoạt động nằm ngoài thời gian hoạt động của Tổ');
  await expect(life).toContainText('được thành lập ngày 05/01/2026, sau ngày hoạt động 20/12/2025');
  await expect(life).not.toContainText('--force');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-message-success').last()).toContainText(
    'Đã ghi: Tuyên truyền ngày 20/12/2025, Tổ CNSCĐ thôn An Hải.',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(4);

  // A click on a row shows the activity in full.
  await rows(page).filter({ hasText: 'Họp' }).click();
  const detail = page.locator('.ant-drawer-section').filter({ hasText: 'Họp ngày 10/05/2026' });
  await expect(detail).toContainText('Nhà văn hóa');
  await expect(detail).toContainText('Thôn An Hải');
  await settled(page);
  await keepScreenshot(page, testInfo, 'activities-detail');
  await expectAccessible(page, 'Nhật ký hoạt động: chi tiết một hoạt động');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  // The same with the keyboard: the row's date is a button.
  const open = page.getByRole('button', {
    name: 'Xem chi tiết hoạt động Họp ngày 10/05/2026 của Tổ CNSCĐ thôn An Hải',
  });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(detail).toContainText('Nhà văn hóa');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // Edit the meeting: the same form, Enter saves and closes.
  await page
    .getByRole('button', { name: 'Sửa hoạt động Họp ngày 10/05/2026 của Tổ CNSCĐ thôn An Hải' })
    .click();
  const edit = dialogTitled(page, 'Sửa hoạt động');
  await expect(edit.getByLabel('Địa điểm', { exact: true })).toHaveValue('Nhà văn hóa');
  await edit.getByLabel('Số người', { exact: true }).fill('45');
  await edit.getByLabel('Số người', { exact: true }).press('Enter');
  await expect(edit).toBeHidden();
  const meeting = rows(page).filter({ hasText: 'Họp' });
  await expect(meeting).toContainText('45');
  expect((await activities(preview, { kind: 'meeting' }))[0]?.peopleReached).toBe(45);

  // Delete it (soft): gone from the list and from the backend's list.
  await page
    .getByRole('button', { name: 'Xóa hoạt động Họp ngày 10/05/2026 của Tổ CNSCĐ thôn An Hải' })
    .click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
  await expect(page.locator('.ant-message-success').last()).toContainText(
    'Đã xóa hoạt động Họp ngày 10/05/2026, Tổ CNSCĐ thôn An Hải.',
  );
  await expect(rows(page)).toHaveCount(3);
  await expect(meeting).toHaveCount(0);
  expect(await activities(preview, { kind: 'meeting' })).toEqual([]);
});

test('filters narrow the list; a link opens it filtered', async ({ page, preview }) => {
  const { anHai, binhTay } = await arrange(preview);
  await addActivity(preview, { teamId: anHai.id, date: '2026-05-04', kind: 'guidance', peopleReached: 10 });
  await addActivity(preview, { teamId: binhTay.id, date: '2026-05-06', kind: 'meeting', peopleReached: 20 });
  await addActivity(preview, { teamId: anHai.id, date: '2026-03-10', kind: 'propaganda', peopleReached: 40 });
  await addActivity(preview, { teamId: binhTay.id, date: '2026-06-02', kind: 'guidance', peopleReached: 80 });
  await openSection(page, preview, 'hoat-dong');
  await expect(totals(page)).toHaveText('4 hoạt động; tiếp cận 150 người, 0 hộ.');
  const dates = rows(page).locator('.ant-table-cell:first-child');

  // Month 5 under Decree 09 runs from 15/04 to 14/05.
  await choose(page, 'Kỳ', 'thang 5/2026', 'Tháng 5/2026');
  await expect(dates).toHaveText(['06/05/2026', '04/05/2026']);
  await expect(totals(page)).toHaveText('2 hoạt động; tiếp cận 30 người, 0 hộ.');
  await choose(page, 'Tổ', 'an hai', 'Tổ CNSCĐ thôn An Hải');
  await expect(dates).toHaveText(['04/05/2026']);
  expect(page.url()).toContain(`period=2026-05&team=${anHai.id}`);
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(dates).toHaveCount(4);
  await choose(page, 'Hình thức', 'huong dan', 'Hướng dẫn');
  await expect(dates).toHaveText(['02/06/2026', '04/05/2026']);

  // The agreed click-through link: the log opens with those filters set.
  await page.goto(`${preview.url}#/hoat-dong?period=2026-Q2&team=${binhTay.id}&kind=guidance`);
  await expect(dates).toHaveText(['02/06/2026']);
  const filters = page.getByRole('group', { name: 'Lọc hoạt động' });
  await expect(filters).toContainText('Quý II/2026');
  await expect(filters).toContainText('Tổ CNSCĐ thôn Bình Tây');
  await expect(filters).toContainText('Hướng dẫn');
  await page.goto(`${preview.url}#/hoat-dong?period=2026-13&kind=guidance`);
  await expect(page.getByRole('alert')).toContainText('đã bỏ qua: period=2026-13');
  await expect(dates).toHaveText(['02/06/2026', '04/05/2026']);
});

test('the demo commune’s year of activities in the log', async ({ page, preview }, testInfo) => {
  await preview.call('loadDemo');
  await openSection(page, preview, 'hoat-dong');
  await expect(totals(page)).toHaveText(/^\d+(\.\d+)? hoạt động; tiếp cận/u);
  await expect(rows(page).first()).toBeVisible();
  await settled(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, testInfo, 'activities-list-demo');
  await expectAccessible(page, 'Nhật ký hoạt động: xã mẫu');
});

test('ten thousand activities: the log stays light (virtual rows), scrolls to the oldest, filters at once', async ({
  page,
  preview,
}) => {
  const { anHai, binhTay } = await arrange(preview);
  const kinds = ['propaganda', 'guidance', 'direct_support', 'training', 'meeting'] as const;
  const day0 = Date.UTC(2026, 0, 5);
  const inputs: ActivityInput[] = Array.from({ length: 10_000 }, (_, i) => ({
    teamId: i % 2 === 0 ? anHai.id : binhTay.id,
    date: new Date(day0 + (i % 320) * 86_400_000).toISOString().slice(0, 10),
    kind: kinds[i % kinds.length] ?? 'guidance',
    platforms: i % 3 === 0 ? ['vneid'] : [],
    place: null,
    peopleReached: 1,
    householdsReached: null,
    results: i % 4 === 0 ? [{ indicator: 'vneid_activated', value: 2 }] : [],
    memberIds: [],
    note: null,
    confirmOutsideTeamLife: false,
  }));
  // Written through the backend's own batch insert, on a second connection to the same file.
  const opened = await openDatabase(preview.dbPath);
  await addActivities(opened.db, inputs);
  await opened.close();

  await openSection(page, preview, 'hoat-dong');
  await expect(totals(page)).toHaveText('10.000 hoạt động; tiếp cận 10.000 người, 0 hộ.');
  await expect(rows(page).first()).toContainText('20/11/2026');
  // Only the rows on screen are in the page.
  expect(await rows(page).count()).toBeLessThan(60);

  // The end of the list is reached by scrolling, and shows the oldest day.
  const holder = page.locator('.activity-table .ant-table-tbody-virtual-holder');
  await holder.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(rows(page).last()).toContainText('05/01/2026');

  // A filter over ten thousand: from the click on the option to the new totals on screen.
  const box = page.getByLabel('Hình thức', { exact: true });
  await box.click();
  await box.fill('hop');
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: 'Họp' });
  await expect(option).toHaveCount(1);
  // Timed inside the page: from the click on the option to the new totals drawn.
  const timing = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let clicked = 0;
        document.addEventListener('click', () => (clicked = performance.now()), {
          capture: true,
          once: true,
        });
        const shown = document.querySelector('[data-testid="activity-totals"]');
        const watch = new MutationObserver(() => {
          if (shown?.textContent?.startsWith('2.000 ') === true) {
            watch.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - clicked));
          }
        });
        if (shown !== null) watch.observe(shown, { childList: true, characterData: true, subtree: true });
      }),
  );
  await option.click();
  const elapsed = await timing;
  console.log(`Lọc 10.000 hoạt động theo hình thức, từ lúc bấm tới khi vẽ xong: ${Math.round(elapsed)} ms`);
  await expect(totals(page)).toHaveText('2.000 hoạt động; tiếp cận 2.000 người, 0 hộ.');
  const fetchStarted = Date.now();
  expect(await activities(preview, { kind: 'meeting' })).toHaveLength(2_000);
  console.log(`listActivities (kind) qua HTTP, 10.000 hoạt động: ${Date.now() - fetchStarted} ms`);
  expect(await rows(page).count()).toBeLessThan(60);
});
