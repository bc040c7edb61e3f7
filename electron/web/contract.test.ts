/**
 * The contract, end to end: every operation of the list is called over real HTTP to the web
 * preview (with its token) and through a fake ipcMain with the real registration, and both
 * paths must answer alike — including the error code of an invalid input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql } from 'kysely';
import type { Envelope, ErrorCode } from '../../shared/contract/errors';
import {
  channelOf,
  httpPathOf,
  operationNames,
  operations,
  type InputOf,
  type OperationName,
} from '../../shared/contract/operations';
import { TOKEN_HEADER } from '../../shared/contract/web';
import type { Backend } from '../backend/backend';
import { tempBackend, tempDir } from '../../test-support/temp';
import { registerOperations, senderCheckFor, type InvokeEventLike } from '../main/ipc';
import { writePeopleTemplate } from '../backend/spreadsheets/write';
import { writeActivitiesTemplate } from '../backend/spreadsheets/write-activities';
import { startPreviewServer, type PreviewServer } from './server';
import { reportProfile } from '../../test-support/report-data';
import { operationAudit } from '../../shared/contract/audit-operations';

const profile: InputOf<'setupProfile'> = reportProfile;
const missingId = '01a2295f-9a16-77f5-a44f-740318548423';
const documentTexts = {
  summary: 'Về việc thành lập Tổ Công nghệ số cộng đồng xã Đông Sơn',
  legalBases: ['Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025'],
  proposal: 'Theo đề nghị của công chức Văn hóa - Xã hội',
  article1: 'Thành lập Tổ.',
  tasks: ['Hướng dẫn người dân.'],
  effect: 'Quyết định này có hiệu lực kể từ ngày ký.',
  executors: 'Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành.',
  recipients: ['Như Điều 4', 'Lưu: VT, VHXH'],
  signer: { mode: 'chairman' as const, name: 'Trần Văn Thành' },
};
const reportTexts = {
  difficulties: 'Sóng di động ở thôn vùng núi còn yếu.',
  proposals: 'Đề nghị hỗ trợ tài liệu hướng dẫn.',
  nextTasks: 'Tiếp tục hướng dẫn người dân.',
};
const sheet = { fileName: 'mau.xlsx', base64: (await writePeopleTemplate()).toString('base64') };
const activitiesSheet = {
  fileName: 'hoat-dong.xlsx',
  base64: (await writeActivitiesTemplate({ platforms: [], indicators: [] })).toString('base64'),
};

/**
 * What a valid sample must answer: success, or the one domain error it declares (a missing id is
 * `not_found`; the demo is not loaded over data already there). A valid input can never be
 * refused as invalid, unknown or internal: those codes cannot be declared.
 */
type Outcome =
  'ok' | Exclude<ErrorCode, 'validation' | 'unknown_operation' | 'internal' | 'unauthorized' | 'forbidden'>;

/**
 * One valid input with its declared outcome and one invalid input per operation, called in the
 * contract's order on one fresh database; the type makes a missing entry a compile error.
 */
const samples: { [K in OperationName]: { outcome: Outcome; valid: InputOf<K>; invalid: unknown } } = {
  getInfo: { outcome: 'ok', valid: undefined, invalid: { extra: true } },
  listProvinces: { outcome: 'ok', valid: undefined, invalid: 42 },
  listCommunes: { outcome: 'ok', valid: { provinceCode: '51' }, invalid: { provinceCode: 'Quảng Ngãi' } },
  getProfile: { outcome: 'ok', valid: undefined, invalid: 'hồ sơ' },
  resolveUnit: {
    outcome: 'ok',
    valid: { provinceCode: '51', communeCode: '21109' },
    invalid: { provinceCode: '51', communeCode: 'Đông Sơn' },
  },
  setupProfile: { outcome: 'ok', valid: profile, invalid: { ...profile, communeCode: '211' } },
  updateProfile: {
    outcome: 'ok',
    valid: { ...profile, placeName: 'Xã Đông Sơn' },
    invalid: { ...profile, chairman: { name: '' } },
  },
  loadDemo: { outcome: 'conflict', valid: undefined, invalid: [] },
  listVillages: { outcome: 'ok', valid: undefined, invalid: { all: 1 } },
  createVillage: {
    outcome: 'ok',
    valid: { name: 'Thôn 2', kind: 'thon', households: 120 },
    invalid: { name: 'Thôn 3', kind: 'lang', households: -1 },
  },
  updateVillage: {
    outcome: 'not_found',
    valid: { id: missingId, name: 'Thôn 5', kind: 'to_dan_pho', households: 3 },
    invalid: { id: 'không-phải-mã', name: 'Thôn 5', kind: 'thon', households: 3 },
  },
  removeVillage: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: 7 } },
  listPeople: { outcome: 'ok', valid: { search: 'nguyen' }, invalid: { search: 5 } },
  getPerson: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: '' } },
  findDuplicates: {
    outcome: 'ok',
    valid: { fullName: 'Nguyễn Văn An', birthYear: 1990, phone: null },
    invalid: { fullName: 1 },
  },
  createPerson: {
    outcome: 'ok',
    valid: { fullName: 'Nguyễn Thị Huệ', gender: 'female', birthYear: 1995, phone: '0912 345 678' },
    invalid: { fullName: 'Nguyễn Thị Huệ', phone: 'gọi sau' },
  },
  updatePerson: {
    outcome: 'not_found',
    valid: { id: missingId, fullName: 'Lê Văn Tám' },
    invalid: { id: missingId, fullName: '' },
  },
  archivePerson: {
    outcome: 'not_found',
    valid: { id: missingId, archived: true },
    invalid: { id: missingId, archived: 'có' },
  },
  removePerson: { outcome: 'not_found', valid: { id: missingId }, invalid: {} },
  listTeams: { outcome: 'ok', valid: undefined, invalid: { includeDissolved: 'all' } },
  getTeam: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: missingId, date: '31/02/2026' } },
  createTeam: {
    outcome: 'ok',
    valid: { level: 'commune', name: 'Tổ Công nghệ số cộng đồng xã Đông Sơn' },
    invalid: { level: 'village', name: 'Tổ CNSCĐ thôn 2', villageId: null },
  },
  updateTeam: {
    outcome: 'not_found',
    valid: { id: missingId, name: 'Tổ mới' },
    invalid: { id: missingId, name: 'Tổ', zaloLink: 'zalo nhóm' },
  },
  setTeamStatus: {
    outcome: 'not_found',
    valid: { id: missingId, status: 'dissolved' },
    invalid: { id: missingId, status: 'closed' },
  },
  addMember: {
    outcome: 'not_found',
    valid: { teamId: missingId, personId: missingId, role: 'member', startDate: '2026-01-05' },
    invalid: { teamId: missingId, personId: missingId, role: 'boss', startDate: '2026-01-05' },
  },
  changeMemberRole: {
    outcome: 'not_found',
    valid: { membershipId: missingId, role: 'deputy', date: '2026-03-01' },
    invalid: { membershipId: missingId, role: 'deputy', date: '2026-3-1' },
  },
  endMembership: {
    outcome: 'not_found',
    valid: { membershipId: missingId, endDate: '2026-03-01' },
    invalid: { membershipId: missingId },
  },
  reorderMembers: {
    outcome: 'not_found',
    valid: { teamId: missingId, membershipIds: [missingId] },
    invalid: { teamId: missingId, membershipIds: [] },
  },
  checkTeams: { outcome: 'ok', valid: undefined, invalid: { teamId: missingId } },
  search: { outcome: 'ok', valid: { query: 'dang' }, invalid: {} },
  previewPeopleImport: {
    outcome: 'ok',
    valid: sheet,
    invalid: { fileName: 'danh-sach.pdf', base64: sheet.base64 },
  },
  applyPeopleImport: {
    outcome: 'ok',
    valid: { ...sheet, startDate: '2022-09-05', decisions: [{ row: 5, action: 'new' }] },
    invalid: { ...sheet, decisions: [{ row: 5, action: 'merge' }] },
  },
  downloadPeopleTemplate: { outcome: 'ok', valid: undefined, invalid: { format: 'xls' } },
  exportPeople: { outcome: 'ok', valid: { includeArchived: true }, invalid: { includeArchived: 'tất cả' } },
  exportTeamMembers: { outcome: 'not_found', valid: { teamId: missingId }, invalid: { teamId: 'tổ 1' } },
  exportTeamMembersDocx: { outcome: 'not_found', valid: { teamId: missingId }, invalid: { teamId: 'x' } },
  createDecision: {
    outcome: 'not_found',
    valid: { kind: 'founding_commune', teamIds: [missingId] },
    invalid: { kind: 'founding_commune', teamIds: [] },
  },
  makeDecisions: {
    outcome: 'not_found',
    valid: { kind: 'founding_village', teamIds: [missingId], issue: { date: '2026-02-05' } },
    invalid: { kind: 'founding_village', teamIds: [missingId, missingId] },
  },
  getDocument: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: null } },
  updateDocumentTexts: {
    outcome: 'not_found',
    valid: { id: missingId, texts: documentTexts },
    invalid: { id: missingId, texts: { ...documentTexts, legalBases: [] } },
  },
  renderDocument: {
    outcome: 'not_found',
    valid: { id: missingId },
    invalid: { id: missingId, format: 'odt' },
  },
  markDocumentPrinted: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: 3 } },
  issueDocument: {
    outcome: 'not_found',
    valid: { id: missingId, date: '2026-02-05' },
    invalid: { id: missingId, number: 0, date: '2026-02-05' },
  },
  attachScan: {
    outcome: 'not_found',
    valid: { id: missingId, fileName: 'qd.pdf', base64: Buffer.from('%PDF-1.4').toString('base64') },
    invalid: { id: missingId, fileName: 'qd.docx', base64: 'AA==' },
  },
  cancelDocument: { outcome: 'not_found', valid: { id: missingId }, invalid: {} },
  discardDraft: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: 7 } },
  recordPastDecision: {
    outcome: 'not_found',
    valid: {
      teamIds: [missingId],
      number: 12,
      date: '2025-08-15',
      signer: 'Trần Văn Thành',
      summary: 'Về việc thành lập Tổ',
    },
    invalid: {
      teamIds: [missingId],
      number: 12,
      date: '15/08/2025',
      signer: 'Trần Văn Thành',
      summary: 'Về việc thành lập Tổ',
    },
  },
  updateRegisterEntry: {
    outcome: 'not_found',
    valid: { id: missingId, copies: 5, sentOn: '2026-02-06' },
    invalid: { id: missingId, copies: 0 },
  },
  listRegister: { outcome: 'ok', valid: { year: 2026 }, invalid: { year: 'năm nay' } },
  saveDocument: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: missingId, format: 'doc' } },
  openDocument: {
    outcome: 'not_found',
    valid: { id: missingId, format: 'docx' },
    invalid: { format: 'docx' },
  },
  printDocument: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: 'x' } },
  exportRegister: { outcome: 'ok', valid: { year: 2026 }, invalid: { year: 1850 } },
  getPdfAvailability: { outcome: 'ok', valid: undefined, invalid: { check: true } },
  getSettings: { outcome: 'ok', valid: undefined, invalid: { updateUrl: 'x' } },
  updateSettings: { outcome: 'ok', valid: { updateUrl: '' }, invalid: { updateUrl: 'ftp://máy-chủ' } },
  // The officer's hands (issue 7, item 13).
  getHostCapabilities: { outcome: 'ok', valid: undefined, invalid: { printer: 'HP' } },
  downloadScan: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: '../../etc/passwd' } },
  openScan: { outcome: 'not_found', valid: { id: missingId }, invalid: {} },

  // ——— Issue 8: the monthly work ———
  listCatalog: { outcome: 'ok', valid: { includeRetired: true }, invalid: { includeRetired: 'có' } },
  addIndicator: {
    outcome: 'ok',
    valid: { code: 'wifi_points', name: 'Điểm wifi công cộng', unit: 'điểm', pillar: 'digital_society' },
    invalid: { code: 'Wifi Points', name: 'Điểm wifi', unit: 'điểm', pillar: 'digital_society' },
  },
  renameIndicator: {
    outcome: 'ok',
    valid: { code: 'vneid_activated', name: 'Tài khoản VNeID mức 2', unit: 'tài khoản' },
    invalid: { code: 'vneid_activated', name: '', unit: 'tài khoản' },
  },
  setIndicatorActive: {
    outcome: 'ok',
    valid: { code: 'zalo_group_households', active: false },
    invalid: { code: 'x', active: 1 },
  },
  removeIndicator: { outcome: 'not_found', valid: { code: 'no_such_code' }, invalid: { code: 42 } },
  addPlatform: {
    outcome: 'ok',
    valid: { code: 'vnpost_app', name: 'Ứng dụng Bưu điện' },
    invalid: { code: 'vnpost', name: '' },
  },
  renamePlatform: {
    outcome: 'ok',
    valid: { code: 'vneid', name: 'Ứng dụng định danh điện tử VNeID' },
    invalid: { code: 'vneid', name: '' },
  },
  setPlatformActive: {
    outcome: 'ok',
    valid: { code: 'land_information', active: false },
    invalid: { code: 'land_information', active: 'no' },
  },
  addActivity: {
    outcome: 'not_found',
    valid: {
      teamId: missingId,
      date: '2026-05-04',
      kind: 'guidance',
      results: [{ indicator: 'vneid_activated', value: 3 }],
    },
    invalid: { teamId: missingId, date: '2026-05-04', kind: 'guidance', peopleReached: -2 },
  },
  updateActivity: {
    outcome: 'not_found',
    valid: { id: missingId, teamId: missingId, date: '2026-05-04', kind: 'meeting' },
    invalid: { id: missingId, teamId: missingId, date: '2026-02-30', kind: 'meeting' },
  },
  deleteActivity: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: 'một' } },
  getActivity: { outcome: 'not_found', valid: { id: missingId }, invalid: {} },
  listActivities: {
    outcome: 'ok',
    valid: { period: '2026-05', kind: 'guidance' },
    invalid: { period: '2026-13' },
  },
  activityImportTemplate: { outcome: 'ok', valid: undefined, invalid: { indicators: 'tất cả' } },
  dryRunActivityImport: {
    outcome: 'ok',
    valid: activitiesSheet,
    invalid: { ...activitiesSheet, fileName: 'hoat-dong.csv' },
  },
  applyActivityImport: { outcome: 'ok', valid: activitiesSheet, invalid: { fileName: 'hoat-dong.xlsx' } },
  addTraining: {
    outcome: 'ok',
    valid: { date: '2026-04-10', topic: 'Kỹ năng số cơ bản', organiser: 'VNPT', online: true, hours: 2 },
    invalid: { date: '2026-04-10', topic: 'Kỹ năng số', organiser: 'VNPT', hours: -1 },
  },
  listTrainings: { outcome: 'ok', valid: { from: '2026-01-01' }, invalid: { from: '01/01/2026' } },
  updateTraining: {
    outcome: 'not_found',
    valid: { id: missingId, date: '2026-04-10', topic: 'Kỹ năng số cơ bản', organiser: 'VNPT' },
    invalid: { id: missingId, date: '2026-04-10', topic: '', organiser: 'VNPT' },
  },
  deleteTraining: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: 'lớp' } },
  setTarget: {
    outcome: 'ok',
    valid: { year: 2026, indicator: 'vneid_activated', value: 1200 },
    invalid: { year: 2026, indicator: 'vneid_activated', value: 1.5 },
  },
  listTargets: { outcome: 'ok', valid: { year: 2026 }, invalid: { year: 1999 } },
  removeTarget: { outcome: 'not_found', valid: { id: missingId }, invalid: {} },
  distributeTarget: {
    outcome: 'conflict',
    valid: { year: 2026, indicator: 'vneid_activated' },
    invalid: { year: 2026 },
  },
  getProgress: { outcome: 'ok', valid: { period: '2026-Q2' }, invalid: { period: '2026-Q5' } },
  getPeriodFigures: { outcome: 'ok', valid: { period: '2026-05' }, invalid: { period: '2026-13' } },
  getReportData: { outcome: 'ok', valid: { period: '2026-Q1' }, invalid: { period: '2026-H3' } },
  createReport: {
    outcome: 'ok',
    valid: { period: '2026-Q1', texts: reportTexts },
    invalid: { period: '2026-Q1', texts: { ...reportTexts, proposals: '  ' } },
  },
  updateReport: {
    outcome: 'not_found',
    valid: { id: missingId, texts: reportTexts },
    invalid: { id: missingId, texts: { ...reportTexts, nextTasks: 7 } },
  },
  lastReportTexts: { outcome: 'ok', valid: { period: '2026-Q2' }, invalid: { period: 'quý 2' } },
  listReports: { outcome: 'ok', valid: undefined, invalid: { year: 2026 } },
  reportWorkbook: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: 'báo cáo' } },

  // ——— Issue 10, commune side: the key, the bundle, its handoff ———
  getCommuneKey: { outcome: 'ok', valid: undefined, invalid: { private: true } },
  exportPublicKey: { outcome: 'ok', valid: undefined, invalid: { format: 'pem' } },
  renewCommuneKey: { outcome: 'ok', valid: { confirm: true }, invalid: { confirm: false } },
  getBundleSettings: { outcome: 'ok', valid: undefined, invalid: { all: true } },
  updateBundleSettings: {
    outcome: 'ok',
    valid: { receivingEmail: 'vanthu.skhcn@quangngai.gov.vn', sendPhones: false },
    invalid: { receivingEmail: 'văn thư sở' },
  },
  exportBundle: { outcome: 'ok', valid: { period: '2026-03' }, invalid: { period: '2026-13' } },
  listBundleExports: { outcome: 'ok', valid: undefined, invalid: { period: '2026-03' } },
  downloadBundle: { outcome: 'not_found', valid: { id: missingId }, invalid: { id: 'gói' } },
  saveBundle: { outcome: 'not_found', valid: { id: missingId }, invalid: {} },
  openBundleFolder: { outcome: 'ok', valid: undefined, invalid: { folder: '/' } },
  emailBundle: {
    outcome: 'not_found',
    valid: { id: missingId, to: 'vanthu.skhcn@quangngai.gov.vn' },
    invalid: { id: missingId, to: 'không phải thư' },
  },
  verifyBundle: {
    outcome: 'ok',
    valid: { fileName: 'goi.zip', base64: Buffer.from('không phải zip').toString('base64') },
    invalid: { fileName: '', base64: 'AA==' },
  },
  // The database here is a commune's: the receiving unit's operations are refused as not set up.
  getReceivingProfile: { outcome: 'ok', valid: undefined, invalid: { name: 'Sở' } },
  setupReceivingUnit: {
    outcome: 'already_set_up',
    valid: {
      name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
      provinceCode: '51',
      communes: [{ code: '21109' }],
    },
    invalid: { name: '', provinceCode: '51', communes: [] },
  },
  listReceivedCommunes: { outcome: 'ok', valid: undefined, invalid: 7 },
  addReceivedCommunes: {
    outcome: 'not_set_up',
    valid: { communes: [{ code: '21109' }] },
    invalid: { communes: [{ code: 'Đông Sơn' }] },
  },
  removeReceivedCommune: { outcome: 'not_set_up', valid: { code: '21109' }, invalid: { code: '211' } },
  getCompleteness: { outcome: 'not_set_up', valid: { year: 2026 }, invalid: { year: 1999 } },
  completenessWorkbook: { outcome: 'not_set_up', valid: { year: 2026 }, invalid: { year: '2026' } },
  importBundles: {
    outcome: 'not_set_up',
    valid: { files: [{ fileName: 'TCNSCD_21109_Dong-Son_2026-03.zip', base64: 'UEsFBg==' }], dryRun: true },
    invalid: { files: [{ fileName: 'goi.exe', base64: 'UEsFBg==' }] },
  },
  getAggregateData: { outcome: 'not_set_up', valid: { period: '2026-03' }, invalid: { period: '2026-13' } },
  aggregateReportFile: {
    outcome: 'not_set_up',
    valid: { period: '2026-03', format: 'docx', texts: reportTexts },
    invalid: { period: '2026-03', format: 'pdf', texts: reportTexts },
  },
  getStartupState: { outcome: 'ok', valid: undefined, invalid: { extra: true } },
  resolveDamagedStart: { outcome: 'ok', valid: { choice: 'restore' }, invalid: { choice: 'xóa' } },
  listBackups: { outcome: 'ok', valid: undefined, invalid: 7 },
  createBackup: { outcome: 'ok', valid: undefined, invalid: { folder: '/' } },
  setBackupLocation: { outcome: 'ok', valid: { folder: null }, invalid: { folder: 'usb' } },
  previewRestore: {
    outcome: 'not_found',
    valid: { source: { kind: 'backup', location: 'local', name: 'khong-co.sqlite3' } },
    invalid: { source: { kind: 'backup', location: 'local', name: '../data.sqlite3' } },
  },
  restoreBackup: {
    outcome: 'not_found',
    valid: { source: { kind: 'backup', location: 'local', name: 'khong-co.sqlite3' } },
    invalid: { source: { kind: 'file', fileName: 'a.xlsx', base64: 'AA==' } },
  },
  updateReceivingProfile: {
    outcome: 'not_set_up',
    valid: {
      name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
      issuerName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      placeName: 'Quảng Ngãi',
      symbol: 'BC-SKHCN',
      deadlineDay: 10,
      head: { name: 'Nguyễn Văn Sở', title: 'Giám đốc' },
      deputies: [],
    },
    invalid: {
      name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
      issuerName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      placeName: 'Quảng Ngãi',
      symbol: 'BC-SKHCN',
      deadlineDay: 31,
      head: { name: 'Nguyễn Văn Sở', title: 'Giám đốc' },
      deputies: [],
    },
  },
  createAggregateReport: {
    outcome: 'not_set_up',
    valid: { period: '2026-03', texts: reportTexts },
    invalid: { period: '2026-03', texts: { ...reportTexts, proposals: ' ' } },
  },
  updateAggregateReport: {
    outcome: 'not_found',
    valid: { id: missingId, texts: reportTexts },
    invalid: { id: missingId, texts: reportTexts, signer: { mode: 'head' } },
  },
  chooseFolder: {
    outcome: 'unavailable',
    valid: { title: 'Thư mục dùng chung', current: null },
    invalid: { title: '', current: null },
  },
  // ——— Issue 11, item 4: the audit log ———
  listAuditLog: {
    outcome: 'ok',
    valid: { from: '2026-01-01', to: '2026-12-31' },
    invalid: { from: '31/12/2026' },
  },
  exportAuditLog: { outcome: 'ok', valid: { entity: 'person' }, invalid: { entity: 'người' } },
  // Issue 11, item 5: no job of that id runs, so nothing is cancelled.
  cancelJob: { outcome: 'ok', valid: { jobId: 'khong-co-viec-nay' }, invalid: { jobId: '../x' } },
  setWatchFolder: { outcome: 'not_set_up', valid: { folder: '' }, invalid: { folder: 7 } },
  scanWatchFolder: { outcome: 'not_set_up', valid: undefined, invalid: { folder: '/' } },
  importWatchedBundles: {
    outcome: 'not_set_up',
    valid: { files: ['TCNSCD_21109_Dong-Son_2026-03.zip'], dryRun: true },
    invalid: { files: ['../TCNSCD_21109_Dong-Son_2026-03.zip'] },
  },
};

const ourOrigin = 'app://bundle/';

function fakeIpcMain() {
  const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) {
      if (handlers.has(channel)) throw new Error(`kênh ${channel} đăng ký hai lần`);
      handlers.set(channel, listener);
    },
    invoke(channel: string, input: unknown, url = `${ourOrigin}index.html`) {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`không có xử lý cho kênh ${channel}`);
      return listener({ senderFrame: { url } }, input) as Promise<Envelope<unknown>>;
    },
  };
}

let httpBackend: Backend;
let ipcBackend: Backend;
let server: PreviewServer;
const ipc = fakeIpcMain();

async function overHttp(
  name: string,
  input: unknown,
  token = server.token,
): Promise<{ status: number; body: Envelope<unknown> }> {
  const response = await fetch(`${server.origin}${httpPathOf(name as OperationName)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify({ input }),
  });
  return { status: response.status, body: (await response.json()) as Envelope<unknown> };
}

/**
 * Issue 11: samples of writes that succeed without writing anything, so leave no audit record (a
 * sheet whose rows all have errors is not imported; a start that was not damaged has nothing to
 * restore).
 */
const writesNothing = new Set<OperationName>([
  'applyPeopleImport',
  'applyActivityImport',
  'resolveDamagedStart',
]);

/** Rows the backend's connection has written since it opened (SQLite's own counter). */
async function totalChanges(backend: Backend): Promise<number> {
  const { rows } = await sql<{ n: number }>`select total_changes() as n`.execute(backend.ctx.db);
  return Number(rows[0]?.n);
}

async function auditCount(backend: Backend): Promise<number> {
  const row = await backend.ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function shape(envelope: Envelope<unknown>): string {
  return envelope.ok ? 'ok' : `error:${envelope.error.code}`;
}

beforeAll(async () => {
  httpBackend = await tempBackend();
  ipcBackend = await tempBackend();
  const rendererDir = tempDir();
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head></head><body></body></html>',
  );
  server = await startPreviewServer({ dispatch: httpBackend.dispatch, rendererDir });
  registerOperations(ipc, ipcBackend.dispatch, senderCheckFor([ourOrigin]));
});

afterAll(async () => {
  await server.close();
  await httpBackend.close();
  await ipcBackend.close();
});

describe('the contract', () => {
  it('has a schema and a handler for every operation, and a sample here for each', () => {
    expect(operationNames.length).toBeGreaterThan(0);
    for (const name of operationNames) {
      expect(operations[name].input, `schema of ${name}`).toBeInstanceOf(z.ZodType);
      expect(typeof httpBackend.handlers[name], `handler of ${name}`).toBe('function');
      expect(samples[name], `sample of ${name}`).toBeDefined();
    }
    expect(Object.keys(httpBackend.handlers).sort()).toEqual([...operationNames].sort());
  });

  it('registers one IPC channel per operation and nothing else', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(operationNames.map(channelOf).sort());
  });

  it('answers every operation alike over HTTP and IPC, valid and invalid input', async () => {
    for (const name of operationNames) {
      const { outcome, valid, invalid } = samples[name];
      const recordsBefore = await auditCount(httpBackend);
      const changesBefore = await totalChanges(httpBackend);
      const http = await overHttp(name, valid);
      // An operation classified as a read writes nothing: a write classified as a read is caught here.
      if (operationAudit[name] === 'read') {
        expect(await totalChanges(httpBackend), `${name} is classified as a read`).toBe(changesBefore);
      }
      // Issue 11: a write that succeeded leaves one audit record, anything else none.
      const recorded = (await auditCount(httpBackend)) - recordsBefore;
      const audited =
        typeof operationAudit[name] === 'object' && outcome === 'ok' && !writesNothing.has(name);
      expect(recorded, `audit records of ${name}`).toBe(audited ? 1 : 0);
      const viaIpc = await ipc.invoke(channelOf(name), valid);
      const expected = outcome === 'ok' ? 'ok' : `error:${outcome}`;
      const said = http.body.ok ? '' : ` (${http.body.error.message})`;
      expect(shape(http.body), `${name} over HTTP${said}`).toBe(expected);
      expect(shape(viaIpc), `${name} over IPC`).toBe(expected);

      const badHttp = await overHttp(name, invalid);
      const badIpc = await ipc.invoke(channelOf(name), invalid);
      expect(shape(badHttp.body), `${name} with invalid input over HTTP`).toBe('error:validation');
      expect(shape(badIpc), `${name} with invalid input over IPC`).toBe('error:validation');
      expect(await auditCount(httpBackend), `audit records of ${name} refused`).toBe(
        recordsBefore + recorded,
      );
      expect(badHttp.status).toBe(400);
      if (!badHttp.body.ok && !badIpc.ok) {
        expect(badHttp.body.error.message).toBe(badIpc.error.message);
        expect(badHttp.body.error.message).toMatch(/^Dữ liệu chưa đúng: /u);
      }
    }
  });

  it('carries an application error intact across both transports', async () => {
    const input = { name: 'Thôn An Hải', kind: 'thon', households: 10 };
    await overHttp('createVillage', input);
    await ipc.invoke(channelOf('createVillage'), input);
    const http = await overHttp('createVillage', input);
    const viaIpc = await ipc.invoke(channelOf('createVillage'), input);
    expect(http.status).toBe(409);
    expect(http.body).toEqual(viaIpc);
    expect(viaIpc).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { fields: [{ path: 'name' }] } },
    });
  });

  it('refuses HTTP calls without the token, and IPC calls from a foreign frame', async () => {
    const noToken = await overHttp('getInfo', undefined, '');
    expect(noToken.status).toBe(401);
    expect(shape(noToken.body)).toBe('error:unauthorized');
    const foreign = await ipc.invoke(channelOf('getInfo'), undefined, 'https://example.org/');
    expect(shape(foreign)).toBe('error:forbidden');
  });

  it('saves a real activity alike over HTTP and IPC and lists it back', async () => {
    // The same small commune on each side: a village, its team, a member since 05/01/2026.
    const sides = {
      http: (name: string, input: unknown) => overHttp(name, input).then((r) => r.body),
      ipc: (name: string, input: unknown) => ipc.invoke(channelOf(name as OperationName), input),
    };
    const saved: Record<string, unknown> = {};
    for (const [side, send] of Object.entries(sides)) {
      const value = async <T>(name: string, input: unknown): Promise<T> => {
        const envelope = await send(name, input);
        if (!envelope.ok) throw new Error(`${side} ${name}: ${envelope.error.message}`);
        return envelope.value as T;
      };
      const village = await value<{ id: string }>('createVillage', {
        name: 'Thôn Phú Hòa',
        kind: 'thon',
        households: 80,
      });
      const team = await value<{ id: string }>('createTeam', {
        level: 'village',
        name: 'Tổ CNSCĐ thôn Phú Hòa',
        villageId: village.id,
      });
      const person = await value<{ person: { id: string } }>('createPerson', { fullName: 'Phạm Văn Hòa' });
      await value('addMember', {
        teamId: team.id,
        personId: person.person.id,
        role: 'leader',
        startDate: '2026-01-05',
      });
      const activity = await value<{ activity: Record<string, unknown>; warnings: unknown[] }>(
        'addActivity',
        {
          teamId: team.id,
          date: '2026-05-04',
          kind: 'guidance',
          platforms: ['vneid'],
          peopleReached: 40,
          results: [{ indicator: 'vneid_activated', value: 12 }],
          memberIds: [person.person.id],
        },
      );
      expect(activity.warnings).toEqual([]);
      const listed = await value<Record<string, unknown>[]>('listActivities', { teamId: team.id });
      expect(listed).toEqual([activity.activity]);
      const { id, teamId, villageId, memberIds, createdAt, updatedAt, ...rest } = activity.activity;
      expect([teamId, villageId, memberIds]).toEqual([team.id, village.id, [person.person.id]]);
      expect([id, createdAt, updatedAt].every((v) => typeof v === 'string')).toBe(true);
      saved[side] = rest;
    }
    expect(saved.http).toEqual(saved.ipc);
    expect(saved.http).toMatchObject({
      date: '2026-05-04',
      teamName: 'Tổ CNSCĐ thôn Phú Hòa',
      villageName: 'Thôn Phú Hòa',
      results: [{ indicator: 'vneid_activated', value: 12 }],
    });
  });

  it('answers an unknown operation with its own code over HTTP', async () => {
    const unknown = await overHttp('dropDatabase', {});
    expect(unknown.status).toBe(404);
    expect(shape(unknown.body)).toBe('error:unknown_operation');
  });
});
