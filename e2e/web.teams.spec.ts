/** "Tổ CNSCĐ" in the browser, on the real backend: founding teams, members, warnings, history. */
import type { Page } from '@playwright/test';
import type { TeamDetail } from '../shared/contract/types';
import { isoToVi, previousDay, todayIso } from '../shared/vi/dates';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { addMemberInDialog, fillZalo, openFoundTeam, pickMember, submitFoundTeam } from './app.steps';
import { openSection, settled } from './web.helpers';
import {
  addMember,
  addPerson,
  addTeam,
  addVillage,
  dialogTitled,
  drawer,
  memberNameCells,
  setUpCommune,
} from './web.register.helpers';

test.beforeEach(async ({ preview }) => {
  await setUpCommune(preview);
});

const warnings = (page: Page) => page.getByTestId('team-warnings');
const teamLink = (page: Page, text: string) => page.locator('.team-link', { hasText: text });

test('found the commune team from scratch; a broken rule is a reminder that goes once fixed', async ({
  page,
  preview,
}, testInfo) => {
  await addVillage(preview, 'Thôn An Hải', 412);
  // The chairman, without the tag the rule needs (as if typed in before the rule mattered).
  await addPerson(preview, {
    fullName: 'Trần Văn Thành',
    birthYear: 1970,
    phone: '0905123456',
    position: 'Chủ tịch UBND xã Đông Sơn',
  });
  await addPerson(preview, {
    fullName: 'Lê Thị Mai',
    birthYear: 1994,
    position: 'Bí thư Đoàn Thanh niên xã',
    tags: ['youth_union_secretary'],
  });
  await addPerson(preview, {
    fullName: 'Phạm Quốc Bảo',
    birthYear: 1990,
    position: 'Giáo viên Tin học Trường THCS Bình Hiệp',
    tags: ['it_teacher'],
  });
  await addPerson(preview, {
    fullName: 'Võ Thị Lan',
    birthYear: 1985,
    position: 'Công chức Văn hóa - Xã hội',
  });

  await openSection(page, preview, 'to');
  await expect(page.getByText('Xã chưa có Tổ công nghệ số cộng đồng nào.')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-empty');
  await expectAccessible(page, 'teams-empty');

  // The commune team: level and name proposed, the Zalo group against the commune's households.
  const found = await openFoundTeam(page, 'Tổ Công nghệ số cộng đồng xã Đông Sơn');
  await fillZalo(found, 'zalo.me/g/dongson', 300);
  await found.getByRole('button', { name: 'Lập Tổ' }).click();
  await expect(
    found
      .locator('.ant-form-item')
      .filter({ hasText: 'Đường dẫn nhóm Zalo' })
      .locator('.ant-form-item-explain-error'),
  ).toHaveText('Đường dẫn nhóm Zalo phải bắt đầu bằng https:// (ví dụ https://zalo.me/g/abcxyz).');
  await found.getByLabel('Đường dẫn nhóm Zalo').fill('https://zalo.me/g/dongson');
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-form-commune');
  await expectAccessible(page, 'teams-form-commune');
  await submitFoundTeam(page, found, 'Tổ Công nghệ số cộng đồng xã Đông Sơn');
  await expect(page.getByTestId('team-zalo')).toContainText('https://zalo.me/g/dongson');
  await expect(page.getByTestId('team-zalo')).toContainText('300 / 412 hộ (73 %)');
  await expect(warnings(page)).toContainText('Tổ chưa có Tổ trưởng.');
  await expect(warnings(page)).toContainText('Tổ chưa có Tổ phó thường trực.');
  await expect(warnings(page)).toContainText('Tổ mới có 0 giáo viên Tin học, cần ít nhất 02.');
  await expect(warnings(page)).toContainText('Chỉ là nhắc nhở theo hướng dẫn, không bắt buộc.');
  await expect(teamLink(page, 'Cấp xã').locator('.team-warning-count')).toHaveText('3');

  // The leader first (the role the team lacks is proposed).
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const adding = dialogTitled(page, 'Thêm thành viên');
  await expect(adding.getByRole('radio', { name: 'Tổ trưởng', exact: true })).toBeChecked();
  await expect(adding.getByLabel('Từ ngày')).toHaveValue(isoToVi(todayIso()));
  await expectAccessible(page, 'teams-add-member');
  await addMemberInDialog(page, 'tran van thanh', 'Trần Văn Thành', 'Thêm vào Tổ');
  await expect(adding).toBeHidden();
  await expect(warnings(page)).toContainText(
    'Tổ trưởng (Trần Văn Thành) không phải là Chủ tịch hoặc Phó Chủ tịch UBND xã. Hướng dẫn: “Chủ tịch hoặc Phó Chủ tịch UBND cấp xã làm Tổ trưởng”.',
  );
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-commune-warnings');
  await expectAccessible(page, 'teams-commune-warnings');

  // Fixed on the person: tagged as the commune chairman; the reminder is gone.
  await page.locator('.members-table').getByRole('link', { name: 'Trần Văn Thành' }).click();
  await expect(page.getByRole('heading', { name: 'Người', level: 1 })).toBeVisible();
  await drawer(page).getByRole('button', { name: 'Sửa' }).click();
  const edit = dialogTitled(page, 'Sửa thông tin “Trần Văn Thành”');
  await edit.getByRole('checkbox', { name: 'Chủ tịch UBND xã', exact: true }).check();
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await expect(drawer(page)).toContainText('Tổ Công nghệ số cộng đồng xã Đông Sơn');
  await drawer(page).getByRole('link', { name: 'Tổ Công nghệ số cộng đồng xã Đông Sơn' }).click();
  await expect(page.locator('.team-title')).toHaveText('Tổ Công nghệ số cộng đồng xã Đông Sơn');
  await expect(warnings(page)).not.toContainText('Tổ trưởng (Trần Văn Thành)');
  await expect(warnings(page)).toContainText('Tổ chưa có Tổ phó thường trực.');

  // The Youth Union secretary as standing deputy, then members, one after the other.
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  await expect(adding.getByRole('radio', { name: 'Tổ phó thường trực' })).toBeChecked();
  await addMemberInDialog(page, 'mai', 'Lê Thị Mai', 'Lưu và thêm tiếp');
  await expect(adding.getByRole('radio', { name: 'Thành viên' })).toBeChecked();
  await addMemberInDialog(page, 'quoc bao', 'Phạm Quốc Bảo', 'Lưu và thêm tiếp');
  await expect(warnings(page)).toContainText('Tổ mới có 1 giáo viên Tin học, cần ít nhất 02.');
  // Someone not in the register yet: added on the spot, then picked.
  await adding.getByLabel('Người', { exact: true }).click();
  await adding.getByLabel('Người', { exact: true }).fill('Đỗ Minh Tuấn');
  await expect(page.locator('.ant-select-dropdown:visible')).toContainText('Không có ai khớp.');
  // Tab closes the list (the select then empties its search box) before "Thêm người mới" acts:
  // the typed name must still reach the new person's form (a click raced the same way).
  await page.keyboard.press('Tab');
  await expect(adding.getByRole('button', { name: 'Thêm người mới' })).toBeFocused();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.keyboard.press('Enter');
  const quick = dialogTitled(page, /^Thêm người$/u);
  await expect(quick.getByLabel('Họ và tên')).toHaveValue('Đỗ Minh Tuấn');
  await quick.getByLabel('Năm sinh').fill('1994');
  await quick.getByLabel('Chức vụ, đơn vị công tác').fill('Giáo viên Tin học Trường Tiểu học Bình Hiệp');
  await expect(quick.getByRole('checkbox', { name: 'Giáo viên Tin học' })).toBeChecked();
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-quick-add-person');
  await expectAccessible(page, 'teams-quick-add-person');
  await quick.getByRole('button', { name: 'Lưu' }).click();
  await expect(quick).toBeHidden();
  await expect(adding.locator('.ant-select').first()).toContainText('Đỗ Minh Tuấn (sinh năm 1994)');
  await adding.getByRole('button', { name: 'Lưu và thêm tiếp' }).click();
  await expect(page.locator('.ant-message')).toContainText('Đã thêm Đỗ Minh Tuấn vào Tổ');
  await addMemberInDialog(page, 'vo thi lan', 'Võ Thị Lan', 'Thêm vào Tổ');
  await expect(adding).toBeHidden();

  await expect(warnings(page)).toHaveText(
    'Thành phần Tổ đúng hướng dẫn thành lập Tổ công nghệ số cộng đồng.',
  );
  await expect(teamLink(page, 'Cấp xã').locator('.team-warning-count')).toHaveCount(0);
  await expect(memberNameCells(page)).toHaveText([
    'Trần Văn Thành',
    'Lê Thị Mai',
    'Phạm Quốc Bảo',
    'Đỗ Minh Tuấn',
    'Võ Thị Lan',
  ]);

  // Printing order within a role is the officer's: move the culture officer up.
  await expect(page.getByRole('button', { name: 'Đưa Trần Văn Thành lên trên' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Đưa Lê Thị Mai xuống dưới' })).toBeDisabled();
  await page.getByRole('button', { name: 'Đưa Võ Thị Lan lên trên' }).click();
  await expect(memberNameCells(page)).toHaveText([
    'Trần Văn Thành',
    'Lê Thị Mai',
    'Phạm Quốc Bảo',
    'Võ Thị Lan',
    'Đỗ Minh Tuấn',
  ]);
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-commune-complete');
  await expectAccessible(page, 'teams-commune-complete');

  const stored = (await preview.call('listTeams')) as TeamDetail[];
  expect(stored).toHaveLength(1);
  expect(stored[0]?.warnings).toEqual([]);
  expect(stored[0]?.members.map((m) => `${m.fullName}|${m.role}`)).toEqual([
    'Trần Văn Thành|leader',
    'Lê Thị Mai|standing_deputy',
    'Phạm Quốc Bảo|member',
    'Võ Thị Lan|member',
    'Đỗ Minh Tuấn|member',
  ]);
});

test('a village team: Zalo reach, role change and leaving with dates, members on any day, history, dissolve', async ({
  page,
  preview,
}, testInfo) => {
  const anHai = await addVillage(preview, 'Thôn An Hải', 400);
  await addVillage(preview, 'Thôn Định Tân', 286);
  await addTeam(preview, { level: 'commune', name: 'Tổ Công nghệ số cộng đồng xã Đông Sơn' });
  const person = (fullName: string, position: string, tags: Parameters<typeof addPerson>[1]['tags']) =>
    addPerson(preview, { fullName, position, tags, villageId: anHai.id });
  const an = await person('Nguyễn Văn An', 'Trưởng thôn An Hải', ['village_head']);
  const binh = await person('Trần Thị Bình', 'Bí thư Chi đoàn thôn An Hải', ['youth_union_secretary']);
  const cuc = await person('Lê Thị Cúc', 'Chi hội trưởng Hội Phụ nữ thôn', ['womens_union_officer']);
  const dung = await person('Phạm Văn Dũng', 'Chi hội trưởng Hội Nông dân thôn', ['farmers_union_officer']);
  const ha = await person('Huỳnh Thị Hà', 'Đoàn viên', ['youth_union_member']);
  await person('Võ Văn Nam', 'Đoàn viên', ['youth_union_member']);

  await openSection(page, preview, 'to');
  await page.getByRole('button', { name: 'Lập Tổ mới' }).click();
  const found = dialogTitled(page, 'Lập Tổ CNSCĐ mới');
  // The commune has its team already: a village team is proposed, named after its village.
  await expect(found.getByRole('radio', { name: 'Cấp thôn, tổ dân phố' })).toBeChecked();
  await found.getByRole('combobox', { name: 'Thôn, tổ dân phố' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Thôn An Hải' })
    .click();
  await expect(found.getByLabel('Tên Tổ')).toHaveValue('Tổ Công nghệ số cộng đồng thôn An Hải');
  await expect(found).toContainText('Thôn có 400 hộ.');
  await expectAccessible(page, 'teams-form-village');
  await found.getByLabel('Số hộ trong nhóm Zalo').fill('300');
  await submitFoundTeam(page, found, 'Tổ Công nghệ số cộng đồng thôn An Hải');
  await expect(page.getByTestId('team-zalo')).toContainText('300 / 400 hộ (75 %)');
  await expect(page.getByTestId('team-zalo').getByRole('progressbar')).toBeVisible();

  // Members since the founding decision of 15/01/2025.
  const teams = (await preview.call('listTeams')) as TeamDetail[];
  const team = teams.find((t) => t.level === 'village');
  if (team === undefined) throw new Error('Tổ thôn chưa được lập');
  await addMember(preview, team.id, an.id, 'leader', '2025-01-15');
  await addMember(preview, team.id, binh.id, 'deputy', '2025-01-15');
  await addMember(preview, team.id, cuc.id, 'member', '2025-01-15');
  await addMember(preview, team.id, dung.id, 'member', '2025-01-15');
  await addMember(preview, team.id, ha.id, 'member', '2025-01-15');
  await page.reload();
  await expect(warnings(page)).toContainText(
    'Ngoài các thành phần chính, Tổ mới có 1 thành viên, cần ít nhất 02.',
  );
  await expect(teamLink(page, 'Thôn An Hải').locator('.team-warning-count')).toHaveText('1');

  // A member from a typed date.
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const adding = dialogTitled(page, 'Thêm thành viên');
  await expect(adding.getByRole('radio', { name: 'Thành viên' })).toBeChecked();
  await pickMember(page, 'vo van nam', 'Võ Văn Nam');
  await adding.getByLabel('Từ ngày').fill('01/02/2025');
  await adding.getByRole('button', { name: 'Thêm vào Tổ' }).click();
  await expect(adding).toBeHidden();
  await expect(warnings(page)).toHaveText(
    'Thành phần Tổ đúng hướng dẫn thành lập Tổ công nghệ số cộng đồng.',
  );
  await expect(page.locator('.members-table tr', { hasText: 'Võ Văn Nam' })).toContainText('01/02/2025');

  // Role change from today: the old role ends yesterday, the history keeps both.
  const today = todayIso();
  await page.getByRole('button', { name: 'Đổi chức danh Lê Thị Cúc' }).click();
  const role = dialogTitled(page, 'Đổi chức danh của Lê Thị Cúc');
  await expect(role).toContainText('Đang là Thành viên từ ngày 15/01/2025.');
  await role.getByText('Tổ phó', { exact: true }).click();
  await expect(role.getByLabel('Giữ chức danh mới từ ngày')).toHaveValue(isoToVi(today));
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-change-role');
  await expectAccessible(page, 'teams-change-role');
  await role.getByRole('button', { name: 'Đổi chức danh' }).click();
  await expect(role).toBeHidden();
  await expect(page.locator('.members-table tr', { hasText: 'Lê Thị Cúc' })).toContainText('Tổ phó');

  // Leaving: a member until the end of today, then not.
  await page.getByRole('button', { name: 'Thôi tham gia Phạm Văn Dũng' }).click();
  const leave = dialogTitled(page, 'Phạm Văn Dũng thôi tham gia Tổ');
  await expect(leave.getByLabel('Là thành viên đến hết ngày')).toHaveValue(isoToVi(today));
  await expectAccessible(page, 'teams-leave');
  await leave.getByRole('button', { name: 'Thôi tham gia' }).click();
  await expect(leave).toBeHidden();
  await expect(page.locator('.members-table tr', { hasText: 'Phạm Văn Dũng' })).toContainText(
    `đến ${isoToVi(today)}`,
  );
  await expect(page.getByRole('button', { name: 'Thôi tham gia Phạm Văn Dũng' })).toBeDisabled();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-village');
  await expectAccessible(page, 'teams-village');

  // Who was in the team on a given day.
  const dayPicker = page.getByLabel('Xem thành viên vào ngày');
  await dayPicker.fill('20/01/2025');
  await dayPicker.press('Enter');
  await expect(page.getByRole('tab', { name: /Thành viên ngày 20\/01\/2025 \(5\)/u })).toBeVisible();
  await expect(memberNameCells(page)).toHaveText([
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Thị Cúc',
    'Phạm Văn Dũng',
    'Huỳnh Thị Hà',
  ]);
  await expect(warnings(page)).toContainText('Thành phần Tổ ngày 20/01/2025 chưa đúng hướng dẫn (1 điểm)');
  await expect(page.getByRole('button', { name: 'Thêm thành viên' })).toBeEnabled();
  await expect(page.getByRole('button', { name: /^Đổi chức danh/u })).toHaveCount(0);
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-on-a-date');
  await expectAccessible(page, 'teams-on-a-date');
  await dayPicker.fill('10/01/2025');
  await dayPicker.press('Enter');
  await expect(page.getByText('Ngày 10/01/2025 Tổ không có thành viên nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Về hôm nay' }).click();
  await expect(page.getByRole('tab', { name: 'Thành viên (6)' })).toBeVisible();

  // Every membership, newest first.
  await page.getByRole('tab', { name: /^Lịch sử/u }).click();
  const history = page.locator('.history-table tbody tr.ant-table-row');
  await expect(history).toHaveCount(7);
  await expect(history.filter({ hasText: 'Lê Thị Cúc' })).toHaveCount(2);
  await expect(history.filter({ hasText: 'Lê Thị Cúc' }).filter({ hasText: 'Thành viên' })).toContainText(
    isoToVi(previousDay(today)),
  );
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'teams-history');
  await expectAccessible(page, 'teams-history');
  await page.getByRole('tab', { name: /^Thành viên/u }).click();

  // The members as a sheet.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất danh sách Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/u);

  // Edit the team: more households joined the group.
  await page.getByRole('button', { name: 'Sửa thông tin tổ' }).click();
  const edit = dialogTitled(page, 'Sửa thông tin “Tổ Công nghệ số cộng đồng thôn An Hải”');
  await expect(edit.getByRole('radio', { name: 'Cấp thôn, tổ dân phố' })).toBeDisabled();
  await expectAccessible(page, 'teams-edit');
  await edit.getByLabel('Số hộ trong nhóm Zalo').fill('380');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('team-zalo')).toContainText('380 / 400 hộ (95 %)');

  // Dissolve, after confirmation; then active again.
  const actions = page.locator('.team-actions');
  await actions.getByRole('button', { name: 'Giải thể' }).click();
  await expect(page.locator('.ant-popconfirm')).toContainText('Giải thể');
  await expectAccessible(page, 'teams-dissolve-confirm');
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Giải thể' }).click();
  await expect(teamLink(page, 'Thôn An Hải')).toContainText('Đã giải thể');
  await expect(page.getByRole('button', { name: 'Thêm thành viên' })).toBeDisabled();
  await expect(actions.getByRole('button', { name: 'Hoạt động lại' })).toBeVisible();
  // The commune team stays first in the list; the dissolved team goes last.
  await expect(page.locator('.team-link .team-link-place')).toHaveText(['Cấp xã', 'Thôn An Hải']);
  await actions.getByRole('button', { name: 'Hoạt động lại' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Hoạt động lại' }).click();
  await expect(actions.getByRole('button', { name: 'Giải thể' })).toBeVisible();
  await expect(teamLink(page, 'Thôn An Hải')).not.toContainText('Đã giải thể');
});
