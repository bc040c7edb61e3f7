/**
 * Page steps of the core stories, for any Page: a browser page on the web preview or the
 * Electron window. They reach the screens only through what the officer sees (labels, roles,
 * the menu), never through a URL or the preview's HTTP API, so the desktop spec and the web
 * specs run the very same steps. Nothing here imports the web fixture (nor the backend).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { isoToVi, todayIso } from '../shared/vi/dates';

/** The menu of sections on the left. */
export function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Các mục của ứng dụng' });
}

/** Opens a section from the menu, as the officer does, and waits for its heading. */
export async function goToSection(page: Page, link: string, heading: string = link): Promise<void> {
  await menu(page).getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** The open window whose title is `title`. */
export function dialogTitled(page: Page, title: string | RegExp): Locator {
  return page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
}

/** Types into an antd Select's search box and picks the option whose text contains `option`. */
export async function choose(page: Page, label: string, typed: string, option: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

// ——— First start ———

/**
 * The first-start form for Xã Đông Sơn (Quảng Ngãi), searched without diacritics: the defaults it
 * fills in are checked, then the chairman and one vice-chairman are typed.
 */
export async function fillCommuneSetup(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible();
  await choose(page, 'Tỉnh, thành phố', 'quang ngai', 'Tỉnh Quảng Ngãi');
  await choose(page, 'Xã, phường', 'dong son', '21109');
  await expect(page.locator('.ant-form-item').filter({ hasText: 'Xã, phường' }).first()).toContainText(
    'Xã Đông Sơn',
  );
  await expect(page.getByLabel('Tên cơ quan ban hành')).toHaveValue('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
  await expect(page.getByLabel('Địa danh ghi ngày tháng')).toHaveValue('Đông Sơn');
  await expect(page.getByLabel('Cơ quan cấp trên nhận báo cáo')).toHaveValue(
    'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  );
  await page.getByLabel('Chủ tịch UBND').fill('Trần Văn Thành');
  await page.getByRole('button', { name: 'Thêm Phó Chủ tịch' }).click();
  await page.getByLabel('Phó Chủ tịch 1', { exact: true }).fill('Nguyễn Thị Mỹ Hạnh');
}

/** Saves the first-start form: the main window opens on "Tổng quan". */
export async function submitCommuneSetup(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByTestId('commune-name')).toHaveText('Xã Đông Sơn');
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
}

// ——— Villages ———

/** "Thêm thôn, tổ dân phố" on the villages screen: name, households, saved. */
export async function addVillageOnScreen(page: Page, name: string, households: number): Promise<void> {
  const dialog = page.getByRole('dialog');
  await page.getByRole('button', { name: 'Thêm thôn, tổ dân phố' }).click();
  await dialog.getByLabel('Tên thôn, tổ dân phố').fill(name);
  await dialog.getByLabel('Số hộ').fill(String(households));
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Waits until the villages table shows exactly these names, top to bottom (a read of the rows
 * without waiting could see the table before it has loaded or re-sorted).
 */
export async function expectVillageNames(page: Page, names: string[]): Promise<void> {
  await expect(page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)')).toHaveText(names);
}

// ——— People ———

export interface PersonOnScreen {
  fullName: string;
  gender?: 'Nam' | 'Nữ';
  birthYear?: number;
  phone?: string;
  position?: string;
  village?: string;
}

/** Picks the village of the person form `form`. */
export async function pickVillageInForm(page: Page, form: Locator, village: string): Promise<void> {
  await form.getByLabel('Thôn, tổ dân phố').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: village }).click();
}

/** Types what is given into the person form `form` ("Thêm người" or "Sửa thông tin"). */
export async function fillPersonForm(page: Page, form: Locator, person: PersonOnScreen): Promise<void> {
  await form.getByLabel('Họ và tên').fill(person.fullName);
  if (person.gender !== undefined) await form.getByText(person.gender, { exact: true }).click();
  if (person.birthYear !== undefined) await form.getByLabel('Năm sinh').fill(String(person.birthYear));
  if (person.phone !== undefined) await form.getByLabel('Số điện thoại (Zalo)').fill(person.phone);
  if (person.position !== undefined) await form.getByLabel('Chức vụ, đơn vị công tác').fill(person.position);
  if (person.village !== undefined) await pickVillageInForm(page, form, person.village);
}

/** "Thêm người" on the people screen: the form filled and saved. */
export async function addPersonOnScreen(page: Page, person: PersonOnScreen): Promise<void> {
  await page.getByRole('button', { name: 'Thêm người' }).click();
  const form = dialogTitled(page, 'Thêm người');
  await expect(form.getByLabel('Họ và tên')).toBeFocused();
  await fillPersonForm(page, form, person);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
}

// ——— Teams ———

/** Opens "Lập Tổ mới": the commune level and its name are proposed. */
export async function openFoundTeam(page: Page, proposedName: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Lập Tổ mới' }).click();
  const found = dialogTitled(page, 'Lập Tổ CNSCĐ mới');
  await expect(found.getByRole('radio', { name: 'Cấp xã' })).toBeChecked();
  await expect(found.getByLabel('Tên Tổ')).toHaveValue(proposedName);
  return found;
}

export async function fillZalo(found: Locator, link: string, households: number): Promise<void> {
  await found.getByLabel('Đường dẫn nhóm Zalo').fill(link);
  await found.getByLabel('Số hộ trong nhóm Zalo').fill(String(households));
}

/** "Lập Tổ": the dialog closes and the new team is the one shown. */
export async function submitFoundTeam(page: Page, found: Locator, name: string): Promise<void> {
  await found.getByRole('button', { name: 'Lập Tổ' }).click();
  await expect(found).toBeHidden();
  await expect(page.locator('.team-title')).toHaveText(name);
}

/** Picks a person in "Thêm thành viên" by typing part of the name without diacritics. */
export async function pickMember(page: Page, typed: string, name: string): Promise<void> {
  const dialog = dialogTitled(page, 'Thêm thành viên');
  const picker = dialog.getByLabel('Người', { exact: true });
  // The list shows only the results of what was typed (never the previous search's), so the
  // option read here is the one clicked: no retry.
  await picker.click();
  await picker.fill(typed);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: name })
    .first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(dialog.locator('.ant-select').first()).toContainText(name);
}

/** In the open "Thêm thành viên": picks the person and adds them with `button`. */
export async function addMemberInDialog(
  page: Page,
  typed: string,
  name: string,
  button: string,
): Promise<void> {
  const dialog = dialogTitled(page, 'Thêm thành viên');
  await pickMember(page, typed, name);
  await dialog.getByRole('button', { name: button }).click();
  await expect(page.locator('.ant-message')).toContainText(`Đã thêm ${name} vào Tổ`);
}

// ——— Documents ———

/** The open document. */
export function docView(page: Page): Locator {
  return page.locator('.doc-drawer .ant-drawer-section');
}

/** The document drawn from its real .docx. */
export function documentPreview(page: Page): Locator {
  return page.getByTestId('document-preview');
}

export function registerRow(page: Page, text: string): Locator {
  return page.locator('.register-table tr.ant-table-row').filter({ hasText: text });
}

/** "Soạn văn bản": picks the kind of document. */
export async function compose(page: Page, kind: string): Promise<void> {
  await page.getByRole('tab', { name: 'Soạn văn bản' }).click();
  await page.getByRole('radio', { name: new RegExp(kind, 'u') }).check();
}

export async function closeDocument(page: Page): Promise<void> {
  await docView(page)
    .getByRole('button', { name: 'Close' })
    .or(docView(page).locator('.ant-drawer-close'))
    .first()
    .click();
  await expect(page.locator('.doc-drawer .ant-drawer-section')).toBeHidden();
}

/**
 * "Ban hành (cấp số)" on the open document with today's date and the register's next number
 * (`number`, e.g. "01"); `confirmWarnings` ticks the box a team's reminders ask for.
 */
export async function issueWithNextNumber(
  page: Page,
  number: string,
  options: { confirmWarnings?: boolean } = {},
): Promise<void> {
  const view = docView(page);
  await view.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
  const issue = dialogTitled(page, 'Ban hành văn bản (cấp số)');
  await expect(issue.getByLabel('Ngày ban hành')).toHaveValue(isoToVi(todayIso()));
  await issue.getByRole('radio', { name: /Lấy số tiếp theo của sổ/u }).check();
  await expect(issue).toContainText(`(số ${number})`);
  if (options.confirmWarnings === true)
    await issue.getByRole('checkbox', { name: 'Tôi đã xem các cảnh báo và vẫn ban hành' }).check();
  await issue.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(issue).toBeHidden();
  await expect(view.getByTestId('document-status')).toHaveText('Đã ban hành');
}
