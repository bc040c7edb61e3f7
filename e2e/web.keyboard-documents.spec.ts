/**
 * The remaining entry forms completed with the keyboard alone (issue 7, item 11): a village team,
 * a role change and a leaving, composing a decision, issuing it, a past decision, the register's
 * own columns and the commune's profile. A click or a goto only reaches the form; everything on
 * it is Tab, typing, Enter, Space and the arrows. Each story reads what was saved back through
 * the contract.
 */
import type { DocumentDetail, DocumentSummary, Profile, Team, TeamDetail } from '../shared/contract/types';
import { isoToVi, todayIso } from '../shared/vi/dates';
import { expect, keepScreenshot, test, type Preview } from './fixtures';
import { settled } from './web.helpers';
import { retype, tabTo, tabUntil } from './web.keyboard.helpers';
import {
  addMember,
  addPerson,
  addTeam,
  addVillage,
  dialogTitled,
  setUpCommune,
} from './web.register.helpers';

const year = Number(todayIso().slice(0, 4));
/** A day of this year before today (or today on 1 January), in both spellings. */
const pastIso = `${year}-01-01`;

async function register(app: Preview, includeDrafts: boolean): Promise<DocumentSummary[]> {
  return (await app.call('listRegister', { year, includeDrafts })) as DocumentSummary[];
}

/** A commune with one village team of three members, the leader among them. */
async function villageTeam(app: Preview): Promise<{ team: Team; detail: TeamDetail }> {
  await setUpCommune(app);
  const village = await addVillage(app, 'Thôn An Hải', 120);
  const team = await addTeam(app, { level: 'village', name: 'Tổ CNSCĐ thôn An Hải', villageId: village.id });
  let detail: TeamDetail | null = null;
  for (const [fullName, role] of [
    ['Nguyễn Văn Bình', 'leader'],
    ['Lê Thị Hoa', 'member'],
    ['Trần Văn Nam', 'member'],
  ] as const) {
    const person = await addPerson(app, { fullName, villageId: village.id });
    detail = await addMember(app, team.id, person.id, role, pastIso);
  }
  if (detail === null) throw new Error('chưa có thành viên');
  return { team, detail };
}

test('"Lập Tổ CNSCĐ mới": level, village by typing, the suggested name, Zalo, households, saved with Enter', async ({
  page,
  preview: app,
}, testInfo) => {
  await setUpCommune(app);
  const village = await addVillage(app, 'Thôn An Hải', 120);
  await addVillage(app, 'Thôn Phú Lộc', 90);
  await addTeam(app, { level: 'commune', name: 'Tổ CNSCĐ xã Đông Sơn' });
  await page.goto(`${app.url}#/to`);
  const open = page.getByRole('button', { name: 'Lập Tổ mới' });
  await expect(open).toBeEnabled();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = dialogTitled(page, 'Lập Tổ CNSCĐ mới');
  // The paper's order: the level first (a village team, as the commune team exists), then the village.
  await expect(dialog.getByRole('radio', { checked: true })).toBeFocused();
  await expect(dialog.getByRole('radio', { checked: true })).toHaveAttribute('value', 'village');
  await page.keyboard.press('Tab');
  const villageBox = dialog.getByRole('combobox', { name: 'Thôn, tổ dân phố' });
  await expect(villageBox).toBeFocused();
  await page.keyboard.type('an hai');
  await page.keyboard.press('Enter');
  // The pick closes the list, as the officer sees, before the next Tab.
  await expect(villageBox).toHaveAttribute('aria-expanded', 'false');
  const name = dialog.getByLabel('Tên Tổ');
  await expect(name).toHaveValue('Tổ Công nghệ số cộng đồng thôn An Hải');
  await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Đường dẫn nhóm Zalo')).toBeFocused();
  await page.keyboard.type('https://zalo.me/g/anhai');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Số hộ trong nhóm Zalo')).toBeFocused();
  await page.keyboard.type('85');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Ghi chú')).toBeFocused();
  await page.keyboard.type('Họp tại nhà văn hóa thôn');
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-team');
  await tabTo(page, 'Lập Tổ');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const teams = (await app.call('listTeams', {})) as Team[];
  const made = teams.find((t) => t.level === 'village');
  expect(made).toMatchObject({
    name: 'Tổ Công nghệ số cộng đồng thôn An Hải',
    villageId: village.id,
    zaloLink: 'https://zalo.me/g/anhai',
    zaloHouseholds: 85,
    notes: 'Họp tại nhà văn hóa thôn',
  });
});

test('"Đổi chức danh" and "Thôi tham gia": the role by the arrows, the date typed dd/mm/yyyy and Enter', async ({
  page,
  preview: app,
}, testInfo) => {
  const { team } = await villageTeam(app);
  const changeOn = `${year}-02-03`;
  await page.goto(`${app.url}#/to?id=${team.id}`);

  const changeRole = page.getByRole('button', { name: 'Đổi chức danh Lê Thị Hoa' });
  await expect(changeRole).toBeVisible();
  await changeRole.focus();
  await page.keyboard.press('Enter');
  const roleDialog = dialogTitled(page, 'Đổi chức danh của Lê Thị Hoa');
  // The first field of the form has the cursor: the role, moved by the arrows.
  const checked = roleDialog.getByRole('radio', { checked: true });
  await expect(checked).toBeFocused();
  const before = await checked.getAttribute('value');
  await page.keyboard.press('ArrowLeft');
  const role = await roleDialog.getByRole('radio', { checked: true }).getAttribute('value');
  expect(role).not.toBe(before);
  await page.keyboard.press('Tab');
  const date = roleDialog.getByLabel('Giữ chức danh mới từ ngày');
  await expect(date).toBeFocused();
  await retype(page, isoToVi(changeOn));
  await page.keyboard.press('Enter');
  await expect(date).toHaveValue(isoToVi(changeOn));
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-role-change');
  await page.keyboard.press('Enter');
  await expect(roleDialog).toBeHidden();
  await expect(page.locator('.ant-message')).toContainText(`từ ngày ${isoToVi(changeOn)}`);

  const leave = page.getByRole('button', { name: 'Thôi tham gia Trần Văn Nam' });
  await leave.focus();
  await page.keyboard.press('Enter');
  const leaveDialog = dialogTitled(page, 'Trần Văn Nam thôi tham gia Tổ');
  const endDate = leaveDialog.getByLabel('Là thành viên đến hết ngày');
  await expect(endDate).toBeFocused();
  await retype(page, isoToVi(changeOn));
  await page.keyboard.press('Enter');
  await expect(endDate).toHaveValue(isoToVi(changeOn));
  await page.keyboard.press('Enter');
  await expect(leaveDialog).toBeHidden();
  await expect(page.locator('.ant-message')).toContainText(`đến hết ngày ${isoToVi(changeOn)}`);

  const saved = (await app.call('getTeam', { id: team.id })) as TeamDetail;
  const hoa = saved.members.find((m) => m.fullName === 'Lê Thị Hoa');
  expect(hoa).toMatchObject({ role, startDate: changeOn });
  expect(saved.members.map((m) => m.fullName)).not.toContain('Trần Văn Nam');
  const ended = saved.history.find((h) => h.fullName === 'Trần Văn Nam');
  expect(ended?.endDate).toBe(changeOn);
});

test('"Soạn văn bản": the kind by the arrows, a village by Space, the draft made with Enter', async ({
  page,
  preview: app,
}, testInfo) => {
  const { team } = await villageTeam(app);
  await page.goto(`${app.url}#/van-ban`);
  const tab = page.getByRole('tab', { name: 'Soạn văn bản' });
  await expect(tab).toBeVisible();
  await tab.click();
  // From the tab, into the form (antd's tab panel is one stop on the way): the kind of decision first.
  const kind = page.getByRole('radio', { checked: true });
  await tabUntil(page, kind, 2);
  await expect(kind).toHaveAttribute('value', 'founding_commune');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Quyết định thành lập Tổ CNSCĐ thôn/u })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Mỗi thôn một quyết định', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /Chọn tất cả/u })).toBeFocused();
  await page.keyboard.press('Tab');
  const anHai = page.getByRole('checkbox', { name: /Thôn An Hải/u });
  await expect(anHai).toBeFocused();
  await page.keyboard.press('Space');
  await expect(anHai).toBeChecked();
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-compose');
  await tabTo(page, 'Soạn văn bản');
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-drawer').getByTestId('document-status')).toHaveText('Bản nháp');

  const drafts = await register(app, true);
  expect(drafts).toHaveLength(1);
  expect(drafts[0]).toMatchObject({ kind: 'founding_village', status: 'draft' });
  const doc = (await app.call('getDocument', { id: drafts[0]?.id })) as DocumentDetail;
  expect(doc.teamIds).toEqual([team.id]);
});

test('"Ban hành văn bản": the number, the date typed, the warnings confirmed with Space, issued with Enter', async ({
  page,
  preview: app,
}, testInfo) => {
  // A team of one: the composition warns, so the confirmation box is on the path.
  await setUpCommune(app);
  const village = await addVillage(app, 'Thôn An Hải', 120);
  const team = await addTeam(app, { level: 'village', name: 'Tổ CNSCĐ thôn An Hải', villageId: village.id });
  const binh = await addPerson(app, { fullName: 'Nguyễn Văn Bình', villageId: village.id });
  await addMember(app, team.id, binh.id, 'leader', pastIso);
  const [made] = (await app.call('makeDecisions', {
    kind: 'founding_village',
    teamIds: [team.id],
    issue: null,
  })) as { document: DocumentDetail }[];
  const draft = made?.document;
  if (draft === undefined) throw new Error('chưa soạn được bản nháp');
  expect(draft.warnings.length).toBeGreaterThan(0);

  await page.goto(`${app.url}#/van-ban?id=${draft.id}`);
  const view = page.locator('.doc-drawer .ant-drawer-section');
  const issueButton = view.getByRole('button', { name: 'Ban hành (cấp số)' });
  await expect(issueButton).toBeEnabled();
  await issueButton.click();
  const dialog = dialogTitled(page, 'Ban hành văn bản (cấp số)');
  const number = dialog.getByLabel('Số', { exact: true });
  await expect(number).toBeFocused();
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  const date = dialog.getByLabel('Ngày ban hành');
  await expect(date).toBeFocused();
  await retype(page, isoToVi(pastIso));
  await page.keyboard.press('Enter');
  await expect(date).toHaveValue(isoToVi(pastIso));
  // The warnings come first, as on paper; each names its team with a link (one stop), then the box.
  const confirm = dialog.getByRole('checkbox', { name: 'Tôi đã xem các cảnh báo và vẫn ban hành' });
  await tabUntil(page, confirm, 2);
  await page.keyboard.press('Space');
  await expect(confirm).toBeChecked();
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-issue');
  await tabTo(page, 'Ban hành');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(view.getByTestId('document-status')).toHaveText('Đã ban hành');

  const issued = await register(app, false);
  expect(issued).toHaveLength(1);
  expect(issued[0]).toMatchObject({ number: 7, date: pastIso, status: 'issued' });
});

test('"Ghi quyết định đã ban hành trước": team by typing, number, symbol, date, signer, summary, Enter', async ({
  page,
  preview: app,
}, testInfo) => {
  const { team } = await villageTeam(app);
  await page.goto(`${app.url}#/van-ban`);
  const open = page.getByRole('button', { name: 'Ghi quyết định đã ban hành trước' });
  await expect(open).toBeEnabled();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = dialogTitled(page, 'Ghi quyết định đã ban hành trước');
  const teams = dialog.getByLabel('Tổ được thành lập hoặc kiện toàn');
  await expect(teams).toBeFocused();
  await page.keyboard.type('an hai');
  await page.keyboard.press('Enter');
  await expect(dialog.locator('.ant-select').first()).toContainText('Tổ CNSCĐ thôn An Hải');
  await expect(teams).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Số', { exact: true })).toBeFocused();
  await page.keyboard.type('15');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Ký hiệu')).toBeFocused();
  await page.keyboard.press('Tab');
  const date = dialog.getByLabel('Ngày ban hành');
  await expect(date).toBeFocused();
  await page.keyboard.type(isoToVi(pastIso));
  await page.keyboard.press('Enter');
  await expect(date).toHaveValue(isoToVi(pastIso));
  await page.keyboard.press('Tab');
  const signer = dialog.getByLabel('Người ký');
  await expect(signer).toBeFocused();
  await page.keyboard.type('Trần Văn Thành');
  // The name typed is the chairman's suggestion: the first Tab takes it (antd's list), the next moves on.
  await page.keyboard.press('Tab');
  await expect(signer).toHaveAttribute('aria-expanded', 'false');
  await expect(signer).toHaveValue('Trần Văn Thành');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Trích yếu')).toBeFocused();
  await page.keyboard.type('Về việc thành lập Tổ Công nghệ số cộng đồng thôn An Hải');
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-past-decision');
  await tabTo(page, 'Ghi vào sổ');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const entries = await register(app, false);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ number: 15, date: pastIso, signerName: 'Trần Văn Thành' });
  const doc = (await app.call('getDocument', { id: entries[0]?.id })) as DocumentDetail;
  expect(doc.teamIds).toEqual([team.id]);
  expect(doc.numberText).toBe('15/QĐ-UBND');
});

test('the register\'s own columns: copies, date sent typed, notes, "Ghi vào sổ" with Enter', async ({
  page,
  preview: app,
}, testInfo) => {
  const { team } = await villageTeam(app);
  const [made] = (await app.call('makeDecisions', {
    kind: 'founding_village',
    teamIds: [team.id],
    issue: { number: 3, date: pastIso, confirmWarnings: true },
  })) as { document: DocumentDetail }[];
  const doc = made?.document;
  if (doc === undefined) throw new Error('chưa ban hành được');
  const sentOn = todayIso();

  await page.goto(`${app.url}#/van-ban?id=${doc.id}`);
  const form = page.getByRole('form', { name: 'Thông tin sổ văn bản đi' });
  const copies = form.getByLabel('Số lượng bản');
  await expect(copies).toBeVisible();
  await tabUntil(page, copies);
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  const date = form.getByLabel('Ngày chuyển');
  await expect(date).toBeFocused();
  await page.keyboard.type(isoToVi(sentOn));
  await page.keyboard.press('Enter');
  await expect(date).toHaveValue(isoToVi(sentOn));
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Ghi chú')).toBeFocused();
  await page.keyboard.type('Gửi thôn và lưu VT');
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-register-entry');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-message')).toContainText('Đã ghi vào sổ văn bản đi.');

  const saved = (await app.call('getDocument', { id: doc.id })) as DocumentDetail;
  expect(saved).toMatchObject({ copies: 5, sentOn, notes: 'Gửi thôn và lưu VT' });
});

test('"Hồ sơ xã" in Settings: Tab to the chairman, a new name, saved with Enter', async ({
  page,
  preview: app,
}, testInfo) => {
  await setUpCommune(app);
  await page.goto(`${app.url}#/cai-dat`);
  const chairman = page.getByLabel('Chủ tịch UBND');
  await expect(chairman).toHaveValue('Trần Văn Thành');
  await tabUntil(page, chairman);
  await retype(page, 'Phạm Minh Quân');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Chức danh').first()).toBeFocused();
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-settings');
  await tabTo(page, 'Lưu hồ sơ');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-message')).toContainText('Đã lưu hồ sơ xã.');

  const profile = (await app.call('getProfile')) as Profile;
  expect(profile.chairman).toEqual({ name: 'Phạm Minh Quân', title: 'Chủ tịch' });
  expect(profile.viceChairmen).toEqual([{ name: 'Nguyễn Thị Mỹ Hạnh', title: 'Phó Chủ tịch' }]);
});
