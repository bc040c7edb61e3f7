/**
 * Which operations write, and so leave a record in the audit log (issue 11). Typed as a record
 * over every operation name: a new operation that is not classified here does not compile, and
 * audit-operations.test.ts enumerates them too.
 *
 * - `read`: reads only (lists, previews, dry runs, a file made to download).
 * - `file`: writes only a copy of data the officer asked for outside the database (save, open,
 *   print): the data does not change, nothing is recorded.
 * - an object: a write; its entity and its short Vietnamese label (the screen and the export).
 */
import type { AuditEntity } from './audit-schemas';
import type { OperationName } from './operations';

export interface AuditedOperation {
  entity: AuditEntity;
  label: string;
}

export type OperationAuditKind = 'read' | 'file' | AuditedOperation;

const w = (entity: AuditEntity, label: string): AuditedOperation => ({ entity, label });

export const operationAudit: Record<OperationName, OperationAuditKind> = {
  getInfo: 'read',
  listProvinces: 'read',
  listCommunes: 'read',
  getProfile: 'read',
  resolveUnit: 'read',
  setupProfile: w('profile', 'Thiết lập hồ sơ xã'),
  updateProfile: w('profile', 'Sửa hồ sơ xã'),
  loadDemo: w('data', 'Nạp dữ liệu mẫu'),
  listVillages: 'read',
  createVillage: w('village', 'Thêm thôn, tổ dân phố'),
  updateVillage: w('village', 'Sửa thôn, tổ dân phố'),
  removeVillage: w('village', 'Xóa thôn, tổ dân phố'),
  listPeople: 'read',
  getPerson: 'read',
  findDuplicates: 'read',
  createPerson: w('person', 'Thêm người'),
  updatePerson: w('person', 'Sửa thông tin người'),
  archivePerson: w('person', 'Lưu trữ, bỏ lưu trữ người'),
  removePerson: w('person', 'Xóa người'),
  listTeams: 'read',
  getTeam: 'read',
  createTeam: w('team', 'Lập Tổ'),
  updateTeam: w('team', 'Sửa Tổ'),
  setTeamStatus: w('team', 'Giải thể, hoạt động lại Tổ'),
  addMember: w('membership', 'Thêm thành viên'),
  changeMemberRole: w('membership', 'Đổi chức danh'),
  endMembership: w('membership', 'Cho thôi tham gia Tổ'),
  reorderMembers: w('team', 'Sắp xếp thứ tự thành viên'),
  checkTeams: 'read',
  search: 'read',
  previewPeopleImport: 'read',
  applyPeopleImport: w('person', 'Nhập người từ Excel'),
  downloadPeopleTemplate: 'read',
  exportPeople: 'read',
  exportTeamMembers: 'read',
  exportTeamMembersDocx: 'read',
  createDecision: w('document', 'Soạn quyết định'),
  makeDecisions: w('document', 'Soạn, ban hành quyết định'),
  getDocument: 'read',
  updateDocumentTexts: w('document', 'Sửa nội dung dự thảo'),
  renderDocument: 'read',
  markDocumentPrinted: w('document', 'Ghi nhận đã in'),
  issueDocument: w('document', 'Ban hành văn bản'),
  attachScan: w('document', 'Đính kèm bản quét'),
  cancelDocument: w('document', 'Hủy văn bản'),
  discardDraft: w('document', 'Bỏ dự thảo'),
  recordPastDecision: w('document', 'Ghi quyết định đã ban hành'),
  updateRegisterEntry: w('document', 'Sửa sổ văn bản đi'),
  listRegister: 'read',
  saveDocument: 'file',
  openDocument: 'file',
  printDocument: 'file',
  exportRegister: 'read',
  getPdfAvailability: 'read',
  getSettings: 'read',
  updateSettings: w('settings', 'Sửa cài đặt'),
  getHostCapabilities: 'read',
  downloadScan: 'read',
  openScan: 'file',
  listCatalog: 'read',
  addIndicator: w('catalog', 'Thêm chỉ tiêu'),
  renameIndicator: w('catalog', 'Sửa chỉ tiêu'),
  setIndicatorActive: w('catalog', 'Ngừng, dùng lại chỉ tiêu'),
  removeIndicator: w('catalog', 'Xóa chỉ tiêu'),
  addPlatform: w('catalog', 'Thêm nền tảng số'),
  renamePlatform: w('catalog', 'Đổi tên nền tảng số'),
  setPlatformActive: w('catalog', 'Ngừng, dùng lại nền tảng số'),
  addActivity: w('activity', 'Ghi hoạt động'),
  updateActivity: w('activity', 'Sửa hoạt động'),
  deleteActivity: w('activity', 'Xóa hoạt động'),
  getActivity: 'read',
  listActivities: 'read',
  activityImportTemplate: 'read',
  dryRunActivityImport: 'read',
  applyActivityImport: w('activity', 'Nhập hoạt động từ Excel'),
  addTraining: w('training', 'Ghi lớp bồi dưỡng'),
  listTrainings: 'read',
  updateTraining: w('training', 'Sửa lớp bồi dưỡng'),
  deleteTraining: w('training', 'Xóa lớp bồi dưỡng'),
  setTarget: w('target', 'Giao chỉ tiêu'),
  listTargets: 'read',
  removeTarget: w('target', 'Bỏ chỉ tiêu đã giao'),
  distributeTarget: w('target', 'Chia chỉ tiêu cho các Tổ thôn'),
  getProgress: 'read',
  getPeriodFigures: 'read',
  getReportData: 'read',
  createReport: w('document', 'Lập báo cáo định kỳ'),
  updateReport: w('document', 'Sửa báo cáo định kỳ'),
  lastReportTexts: 'read',
  listReports: 'read',
  reportWorkbook: 'read',
  getCommuneKey: 'read',
  exportPublicKey: 'read',
  renewCommuneKey: w('key', 'Tạo khóa ký mới'),
  getBundleSettings: 'read',
  updateBundleSettings: w('settings', 'Sửa cài đặt gửi số liệu'),
  exportBundle: w('bundle', 'Xuất gói số liệu'),
  listBundleExports: 'read',
  downloadBundle: 'read',
  saveBundle: 'file',
  openBundleFolder: 'file',
  emailBundle: 'read',
  verifyBundle: 'read',
  getReceivingProfile: 'read',
  setupReceivingUnit: w('receiving', 'Thiết lập cơ quan nhận báo cáo'),
  listReceivedCommunes: 'read',
  addReceivedCommunes: w('receiving', 'Thêm xã gửi báo cáo'),
  removeReceivedCommune: w('receiving', 'Bỏ xã gửi báo cáo'),
  getCompleteness: 'read',
  completenessWorkbook: 'read',
  importBundles: w('receiving', 'Nhập gói số liệu của các xã'),
  getStartupState: 'read',
  resolveDamagedStart: w('backup', 'Khôi phục khi dữ liệu bị hỏng'),
  listBackups: 'read',
  createBackup: w('backup', 'Sao lưu'),
  setBackupLocation: w('backup', 'Chọn nơi sao lưu thứ hai'),
  previewRestore: 'read',
  restoreBackup: w('backup', 'Khôi phục bản sao lưu'),
  getAggregateData: 'read',
  aggregateReportFile: 'read',
  updateReceivingProfile: w('receiving', 'Sửa thông tin cơ quan nhận báo cáo'),
  createAggregateReport: w('document', 'Lập báo cáo tổng hợp'),
  updateAggregateReport: w('document', 'Sửa báo cáo tổng hợp'),
  chooseFolder: 'read',
  cancelJob: 'read',
  setWatchFolder: w('settings', 'Đặt thư mục theo dõi'),
  scanWatchFolder: 'read',
  importWatchedBundles: w('receiving', 'Nhập gói số liệu từ thư mục theo dõi'),
  // ——— Issue 11: the audit log itself ———
  listAuditLog: 'read',
  exportAuditLog: 'read',
};

/** The short label of a written operation (the screen, the CLI, the export); null for the others. */
export function auditLabelOf(name: string): string | null {
  const kind = (operationAudit as Record<string, OperationAuditKind | undefined>)[name];
  return typeof kind === 'object' ? kind.label : null;
}

/** The label shown for a record's operation: its name for one this version no longer has. */
export function auditOperationLabel(name: string): string {
  return auditLabelOf(name) ?? name;
}

/** The written operations with their labels, for the screen's "Thao tác" filter. */
export const auditedOperationNames = (Object.keys(operationAudit) as OperationName[]).filter(
  (name) => typeof operationAudit[name] === 'object',
);
