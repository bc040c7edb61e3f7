/**
 * THE list of operations. Every transport (IPC, HTTP of the web preview) and every client
 * (preload, web bridge, CLI) derives its names from the keys below: no operation or channel
 * name is written anywhere else.
 */
import { z } from 'zod';
import { op } from './operation';
import './validation';
import { cancelJobSchema, type JobCancelled } from './jobs';
import {
  addMemberSchema,
  archivePersonSchema,
  byIdSchema,
  changeRoleSchema,
  duplicatesQuerySchema,
  createDecisionSchema,
  makeDecisionsSchema,
  issueDocumentSchema,
  recordPastDecisionSchema,
  registerEntrySchema,
  registerQuerySchema,
  renderDocumentSchema,
  scanUploadSchema,
  updateDocumentTextsSchema,
  endMembershipSchema,
  peopleImportSchema,
  teamIdSchema,
  getTeamSchema,
  listPeopleSchema,
  listTeamsSchema,
  loadDemoSchema,
  noInput,
  personInputSchema,
  personUpdateSchema,
  reorderMembersSchema,
  searchSchema,
  teamInputSchema,
  teamStatusSchema,
  teamUpdateSchema,
  profileInputSchema,
  provinceCodeSchema,
  resolveUnitSchema,
  setupProfileSchema,
  settingsInputSchema,
  villageInputSchema,
  villageUpdateSchema,
} from './schemas';
import type {
  AdminUnit,
  AppInfo,
  DecisionMade,
  DocumentDetail,
  DocumentSummary,
  DuplicateHint,
  HostCapabilities,
  PdfAvailability,
  SavedFile,
  FileDownload,
  ImportSummary,
  Person,
  PersonDetail,
  PersonSaved,
  Profile,
  ResolvedUnit,
  SearchResults,
  Settings,
  Team,
  TeamDetail,
  TeamSummary,
  TeamWarning,
  Village,
} from './types';
import {
  activityImportSchema,
  activityInputSchema,
  activityListSchema,
  activityUpdateSchema,
  catalogCodeSchema,
  distributeTargetSchema,
  catalogActiveSchema,
  indicatorInputSchema,
  indicatorRenameSchema,
  listIndicatorsSchema,
  platformInputSchema,
  periodFiguresQuerySchema,
  progressQuerySchema,
  reportDataQuerySchema,
  targetInputSchema,
  targetListSchema,
  trainingInputSchema,
  trainingListSchema,
  trainingUpdateSchema,
} from './monthly-schemas';
import type {
  Activity,
  ActivityImportSummary,
  ActivitySaved,
  Catalog,
  Indicator,
  PeriodFigures,
  Platform,
  Progress,
  Target,
  TargetSplit,
  Training,
} from './monthly-types';
import type { ReceivedAggregate, ReportFigures, ReportListItem, ReportMade } from './report-types';
import {
  createReportSchema,
  reportPeriodQuerySchema,
  updateReportSchema,
  type ReportTexts,
} from './report-schemas';
import type {
  BundleExport,
  BundleMade,
  BundleSettings,
  BundleVerification,
  CommuneKeyInfo,
  CommuneKeyRenewed,
} from './bundle-types';
import {
  bundleEmailSchema,
  bundleExportIdSchema,
  bundleFileSchema,
  bundlePeriodSchema,
  bundleSettingsInputSchema,
  renewKeySchema,
} from './bundle-schemas';
import {
  addReceivedCommunesSchema,
  completenessQuerySchema,
  aggregateQuerySchema,
  aggregateReportFileSchema,
  importBundlesSchema,
  receivedCommuneCodeSchema,
  receivingSetupSchema,
  updateReceivingProfileSchema,
} from './receiving-schemas';
import { chooseFolderSchema, type ChosenFolder } from './folder-schemas';
import type { BundleImportReport, Completeness, ReceivedCommune, ReceivingProfile } from './receiving-types';
import type { BackupMade, BackupOverview, RestoreDone, RestorePreview, StartupState } from './backup-types';
import {
  backupLocationSchema,
  damagedStartChoiceSchema,
  restoreInputSchema,
  restorePreviewSchema,
} from './backup-schemas';
import { auditQuerySchema, type AuditEntry } from './audit-schemas';
import type { WatchFolderScan } from './watch-types';
import { importWatchedSchema, watchFolderInputSchema } from './watch-schemas';

export const operations = {
  getInfo: op<AppInfo>()(noInput, 'Thông tin ứng dụng, hồ sơ xã và số bản ghi'),
  listProvinces: op<AdminUnit[]>()(noInput, 'Danh sách tỉnh, thành phố (sau 01/7/2025)'),
  listCommunes: op<AdminUnit[]>()(
    z.object({ provinceCode: provinceCodeSchema }),
    'Danh sách xã, phường của một tỉnh',
  ),
  getProfile: op<Profile | null>()(noInput, 'Hồ sơ xã'),
  resolveUnit: op<ResolvedUnit>()(
    resolveUnitSchema,
    'Tên tỉnh và tên xã theo mã (danh mục sau 01/7/2025), hoặc tên ghi kèm cho đơn vị chưa có trong danh mục',
  ),
  setupProfile: op<Profile>()(setupProfileSchema, 'Thiết lập hồ sơ xã lần đầu'),
  updateProfile: op<Profile>()(profileInputSchema, 'Sửa hồ sơ xã'),
  loadDemo: op<AppInfo>()(loadDemoSchema, 'Nạp dữ liệu mẫu vào cơ sở dữ liệu trống'),
  listVillages: op<Village[]>()(noInput, 'Danh sách thôn, tổ dân phố'),
  createVillage: op<Village>()(villageInputSchema, 'Thêm thôn, tổ dân phố'),
  updateVillage: op<Village>()(villageUpdateSchema, 'Sửa thôn, tổ dân phố'),
  removeVillage: op<{ removed: true }>()(byIdSchema, 'Xóa thôn, tổ dân phố'),
  listPeople: op<Person[]>()(listPeopleSchema, 'Danh sách người (tìm không dấu)'),
  getPerson: op<PersonDetail>()(byIdSchema, 'Một người, với các Tổ đã và đang tham gia'),
  findDuplicates: op<DuplicateHint[]>()(
    duplicatesQuerySchema,
    'Người có thể bị trùng (cùng số điện thoại, hoặc cùng tên và năm sinh)',
  ),
  createPerson: op<PersonSaved>()(personInputSchema, 'Thêm người'),
  updatePerson: op<PersonSaved>()(personUpdateSchema, 'Sửa thông tin người'),
  archivePerson: op<Person>()(archivePersonSchema, 'Lưu trữ hoặc bỏ lưu trữ một người'),
  removePerson: op<{ removed: true }>()(byIdSchema, 'Xóa người (chỉ khi chưa có trong lịch sử Tổ nào)'),
  listTeams: op<TeamSummary[]>()(listTeamsSchema, 'Danh sách Tổ CNSCĐ với thành viên hiện tại và cảnh báo'),
  getTeam: op<TeamDetail>()(getTeamSchema, 'Một Tổ: thành viên vào một ngày, lịch sử, cảnh báo'),
  createTeam: op<Team>()(teamInputSchema, 'Lập Tổ CNSCĐ cấp xã hoặc thôn'),
  updateTeam: op<Team>()(teamUpdateSchema, 'Sửa tên, nhóm Zalo của Tổ'),
  setTeamStatus: op<Team>()(teamStatusSchema, 'Giải thể hoặc hoạt động lại một Tổ'),
  addMember: op<TeamDetail>()(addMemberSchema, 'Thêm thành viên vào Tổ'),
  changeMemberRole: op<TeamDetail>()(changeRoleSchema, 'Đổi chức danh trong Tổ'),
  endMembership: op<TeamDetail>()(endMembershipSchema, 'Cho thôi tham gia Tổ'),
  reorderMembers: op<TeamDetail>()(reorderMembersSchema, 'Sắp xếp thứ tự thành viên'),
  checkTeams: op<TeamWarning[]>()(noInput, 'Cảnh báo thành phần của mọi Tổ đang hoạt động'),
  search: op<SearchResults>()(searchSchema, 'Tìm người và Tổ (không dấu)'),
  previewPeopleImport: op<ImportSummary>()(
    peopleImportSchema,
    'Chạy thử nhập người và thành viên từ Excel (không ghi gì)',
  ),
  applyPeopleImport: op<ImportSummary>()(
    peopleImportSchema,
    'Nhập người và thành viên từ Excel: tất cả hoặc không gì cả',
  ),
  downloadPeopleTemplate: op<FileDownload>()(noInput, 'Tệp Excel mẫu để nhập danh sách'),
  exportPeople: op<FileDownload>()(listPeopleSchema, 'Xuất danh sách người ra Excel'),
  exportTeamMembers: op<FileDownload>()(teamIdSchema, 'Xuất danh sách thành viên một Tổ ra Excel'),
  exportTeamMembersDocx: op<FileDownload>()(
    teamIdSchema,
    'Xuất danh sách thành viên một Tổ ra tệp Word theo thể thức văn bản hành chính',
  ),
  createDecision: op<DocumentDetail>()(
    createDecisionSchema,
    'Soạn quyết định thành lập hoặc kiện toàn Tổ (bản nháp)',
  ),
  makeDecisions: op<DecisionMade[]>()(
    makeDecisionsSchema,
    'Soạn và (nếu chọn) ban hành quyết định cho một hoặc nhiều Tổ trong một lần ghi: tất cả hoặc không gì',
  ),
  getDocument: op<DocumentDetail>()(
    byIdSchema,
    'Một văn bản, với nội dung sửa được và cảnh báo thành phần Tổ',
  ),
  updateDocumentTexts: op<DocumentDetail>()(
    updateDocumentTextsSchema,
    'Sửa căn cứ, nhiệm vụ, nơi nhận, người ký của bản nháp',
  ),
  renderDocument: op<FileDownload>()(
    renderDocumentSchema,
    'Tệp .docx (hoặc PDF) của văn bản: bản trình ký hoặc bản đã ban hành',
  ),
  markDocumentPrinted: op<DocumentDetail>()(byIdSchema, 'Ghi nhận đã in bản trình ký'),
  issueDocument: op<DocumentDetail>()(issueDocumentSchema, 'Cấp số, ngày và ban hành văn bản'),
  attachScan: op<DocumentDetail>()(scanUploadSchema, 'Đính kèm bản quét đã ký, đóng dấu'),
  cancelDocument: op<DocumentDetail>()(byIdSchema, 'Hủy văn bản (giữ số trong sổ)'),
  discardDraft: op<{ removed: true }>()(byIdSchema, 'Bỏ một dự thảo chưa có số (không để lại gì trong sổ)'),
  recordPastDecision: op<DocumentDetail>()(
    recordPastDecisionSchema,
    'Ghi quyết định đã ban hành trước khi dùng phần mềm',
  ),
  updateRegisterEntry: op<DocumentDetail>()(
    registerEntrySchema,
    'Ghi số lượng bản, ngày chuyển, ghi chú vào sổ văn bản đi',
  ),
  listRegister: op<DocumentSummary[]>()(registerQuerySchema, 'Sổ văn bản đi theo năm'),
  saveDocument: op<SavedFile>()(
    renderDocumentSchema,
    'Lưu tệp văn bản vào thư mục người dùng chọn (nhớ thư mục lần trước)',
  ),
  openDocument: op<SavedFile>()(
    renderDocumentSchema,
    'Mở văn bản bằng chương trình mặc định (Word, LibreOffice)',
  ),
  printDocument: op<SavedFile>()(renderDocumentSchema, 'In văn bản qua chương trình mặc định'),
  exportRegister: op<FileDownload>()(
    registerQuerySchema,
    'Xuất sổ văn bản đi ra Excel (các cột theo Phụ lục IV Nghị định 30)',
  ),
  getPdfAvailability: op<PdfAvailability>()(noInput, 'Có tạo được PDF trên máy này không (cần LibreOffice)'),
  getSettings: op<Settings>()(noInput, 'Cài đặt'),
  updateSettings: op<Settings>()(settingsInputSchema, 'Sửa cài đặt'),

  // ——— The officer's hands: what this machine can do with a file, the stored scan ———
  getHostCapabilities: op<HostCapabilities>()(
    noInput,
    'Máy này có hỏi chỗ lưu tệp không, có in được không (và vì sao không)',
  ),
  downloadScan: op<FileDownload>()(byIdSchema, 'Tệp bản quét đã ký, đóng dấu của văn bản (tải về)'),
  openScan: op<SavedFile>()(byIdSchema, 'Mở bản quét đã ký, đóng dấu bằng chương trình mặc định'),

  // ——— Issue 8: the monthly work (catalog, activities, trainings, targets, progress) ———
  listCatalog: op<Catalog>()(listIndicatorsSchema, 'Danh mục nền tảng số và chỉ tiêu'),
  addIndicator: op<Indicator>()(indicatorInputSchema, 'Thêm chỉ tiêu vào danh mục (mã không dùng lại)'),
  renameIndicator: op<Indicator>()(indicatorRenameSchema, 'Đổi tên, đơn vị tính của chỉ tiêu'),
  setIndicatorActive: op<Indicator>()(
    catalogActiveSchema,
    'Ngừng sử dụng (giữ lịch sử) hoặc dùng lại một chỉ tiêu',
  ),
  removeIndicator: op<{ removed: true }>()(
    z.object({ code: catalogCodeSchema }),
    'Xóa chỉ tiêu nhập nhầm (chỉ khi chưa có kết quả, chỉ tiêu giao)',
  ),
  addPlatform: op<Platform>()(platformInputSchema, 'Thêm nền tảng số vào danh mục'),
  renamePlatform: op<Platform>()(platformInputSchema, 'Đổi tên nền tảng số (mã giữ nguyên)'),
  setPlatformActive: op<Platform>()(
    catalogActiveSchema,
    'Ngừng sử dụng (giữ lịch sử) hoặc dùng lại một nền tảng số',
  ),
  addActivity: op<ActivitySaved>()(activityInputSchema, 'Ghi một hoạt động của Tổ (kèm cảnh báo trùng)'),
  updateActivity: op<ActivitySaved>()(activityUpdateSchema, 'Sửa một hoạt động'),
  deleteActivity: op<{ removed: true }>()(byIdSchema, 'Xóa một hoạt động (giữ dấu đã xóa để gửi cấp trên)'),
  getActivity: op<Activity>()(byIdSchema, 'Một hoạt động'),
  listActivities: op<Activity[]>()(
    activityListSchema,
    'Danh sách hoạt động theo kỳ, Tổ, thôn, loại, nền tảng, trụ cột',
  ),
  activityImportTemplate: op<FileDownload>()(
    noInput,
    'Tệp Excel mẫu để nhập hoạt động (một cột cho mỗi chỉ tiêu đang dùng)',
  ),
  dryRunActivityImport: op<ActivityImportSummary>()(
    activityImportSchema,
    'Chạy thử nhập hoạt động từ Excel: lỗi và cảnh báo từng dòng (không ghi gì)',
  ),
  applyActivityImport: op<ActivityImportSummary>()(
    activityImportSchema,
    'Nhập hoạt động từ Excel: tất cả hoặc không gì; dòng đã nhập trước đây không nhập lại',
  ),
  addTraining: op<Training>()(trainingInputSchema, 'Ghi một lớp bồi dưỡng, tập huấn và người dự'),
  listTrainings: op<Training[]>()(trainingListSchema, 'Danh sách lớp bồi dưỡng, tập huấn'),
  updateTraining: op<Training>()(trainingUpdateSchema, 'Sửa một lớp bồi dưỡng, tập huấn và người dự'),
  deleteTraining: op<{ removed: true }>()(
    byIdSchema,
    'Xóa một lớp bồi dưỡng (giữ dấu đã xóa để gửi cấp trên)',
  ),
  setTarget: op<Target>()(targetInputSchema, 'Giao chỉ tiêu năm cho xã hoặc cho một Tổ'),
  listTargets: op<Target[]>()(targetListSchema, 'Chỉ tiêu của một năm'),
  removeTarget: op<{ removed: true }>()(
    byIdSchema,
    'Bỏ một chỉ tiêu đã giao (giữ dấu đã xóa để gửi cấp trên)',
  ),
  distributeTarget: op<TargetSplit>()(
    distributeTargetSchema,
    'Chia chỉ tiêu của xã cho các Tổ thôn theo số hộ (xem trước hoặc ghi)',
  ),
  getProgress: op<Progress>()(
    progressQuerySchema,
    'Tiến độ thực hiện chỉ tiêu trong một kỳ: theo chỉ tiêu, Tổ, trụ cột',
  ),
  getPeriodFigures: op<PeriodFigures>()(
    periodFiguresQuerySchema,
    'Số liệu chính của một kỳ: số hoạt động, người và hộ được hỗ trợ, người được bồi dưỡng',
  ),
  getReportData: op<ReportFigures>()(
    reportDataQuerySchema,
    'Số liệu của báo cáo định kỳ: Tổ, thành viên, hoạt động, kết quả theo chỉ tiêu, bồi dưỡng, từng Tổ thôn',
  ),

  // ——— Issue 9: the periodic report in the outgoing register ———
  createReport: op<ReportMade>()(
    createReportSchema,
    'Lập dự thảo báo cáo định kỳ của một kỳ (vào sổ văn bản đi), kèm số liệu và cảnh báo',
  ),
  updateReport: op<ReportMade>()(
    updateReportSchema,
    'Sửa nội dung (khó khăn, đề xuất, nhiệm vụ kỳ tới), người ký, Kính gửi của báo cáo chưa ban hành',
  ),
  lastReportTexts: op<ReportTexts | null>()(
    reportPeriodQuerySchema,
    'Nội dung báo cáo kỳ trước (để bắt đầu báo cáo kỳ này), hoặc null nếu chưa có',
  ),
  listReports: op<ReportListItem[]>()(noInput, 'Các báo cáo định kỳ trong sổ, kỳ gần nhất trước'),
  reportWorkbook: op<FileDownload>()(
    byIdSchema,
    'Tệp Excel số liệu của báo cáo (theo số liệu khi ban hành; dự thảo: số liệu hiện tại)',
  ),

  // ——— Issue 10, commune side: the key, the signed monthly bundle and its handoff ———
  getCommuneKey: op<CommuneKeyInfo>()(
    noInput,
    'Khóa ký của xã: khóa công khai và dấu vân tay (đọc cho cấp trên qua điện thoại)',
  ),
  exportPublicKey: op<FileDownload>()(noInput, 'Tệp khóa công khai của xã (.pub) để gửi cấp trên'),
  renewCommuneKey: op<CommuneKeyRenewed>()(
    renewKeySchema,
    'Tạo khóa ký mới (khóa cũ giữ lại, đổi tên theo ngày); cần báo cấp trên dấu vân tay mới',
  ),
  getBundleSettings: op<BundleSettings>()(
    noInput,
    'Cài đặt gửi số liệu: thư điện tử cấp trên, số điện thoại, thư mục',
  ),
  updateBundleSettings: op<BundleSettings>()(bundleSettingsInputSchema, 'Sửa cài đặt gửi số liệu'),
  exportBundle: op<BundleMade>()(
    bundlePeriodSchema,
    'Xuất gói số liệu đã ký của một kỳ (ghi lại lần xuất; chép vào thư mục dùng chung nếu có)',
  ),
  listBundleExports: op<BundleExport[]>()(noInput, 'Các lần xuất gói số liệu, mới nhất trước'),
  downloadBundle: op<FileDownload>()(bundleExportIdSchema, 'Tệp gói số liệu của một lần xuất (tải về)'),
  saveBundle: op<SavedFile>()(
    bundleExportIdSchema,
    'Lưu gói số liệu vào thư mục hoặc USB người dùng chọn (nhớ thư mục lần trước)',
  ),
  openBundleFolder: op<SavedFile>()(noInput, 'Mở thư mục đã lưu gói số liệu trong trình quản lý tệp'),
  emailBundle: op<FileDownload>()(
    bundleEmailSchema,
    'Thư nháp .eml gửi cấp trên, đính kèm gói số liệu (mở bằng Outlook, Thunderbird rồi bấm Gửi)',
  ),
  verifyBundle: op<BundleVerification>()(
    bundleFileSchema,
    'Kiểm tra một gói số liệu: giới hạn tệp nén, định dạng, chữ ký, mã băm, từng bản ghi (không ghi gì)',
  ),
  getReceivingProfile: op<ReceivingProfile | null>()(noInput, 'Hồ sơ cơ quan nhận báo cáo, hoặc null'),
  setupReceivingUnit: op<ReceivingProfile>()(
    receivingSetupSchema,
    'Thiết lập cơ sở dữ liệu là cơ quan nhận báo cáo: tên, tỉnh, người ký, danh sách xã gửi báo cáo',
  ),
  listReceivedCommunes: op<ReceivedCommune[]>()(noInput, 'Danh sách xã gửi báo cáo, kèm mã khóa đã ghi nhận'),
  addReceivedCommunes: op<ReceivedCommune[]>()(
    addReceivedCommunesSchema,
    'Thêm xã vào danh sách xã gửi báo cáo (chọn trong danh mục, hoặc ghi mã và tên)',
  ),
  removeReceivedCommune: op<{ removed: true }>()(
    receivedCommuneCodeSchema,
    'Bỏ một xã khỏi danh sách xã gửi báo cáo (dữ liệu đã nhận được giữ lại)',
  ),
  getCompleteness: op<Completeness>()(
    completenessQuerySchema,
    'Bảng theo dõi nhận báo cáo: xã × tháng của một năm (đã nhận, nhận muộn, chưa nhận), danh sách xã cần nhắc',
  ),
  completenessWorkbook: op<FileDownload>()(
    completenessQuerySchema,
    'Tệp Excel bảng theo dõi nhận báo cáo của một năm',
  ),
  importBundles: op<BundleImportReport>()(
    importBundlesSchema,
    'Nhập gói dữ liệu của các xã: kiểm tra, đối chiếu khóa, chạy thử hoặc ghi từng gói trong một giao dịch',
  ),
  // ——— Issue 11: backups, restore with undo, a damaged database at start ———
  getStartupState: op<StartupState>()(
    noInput,
    'Ứng dụng đã mở dữ liệu bình thường, hay tệp dữ liệu bị hỏng đã được chuyển sang một bên',
  ),
  resolveDamagedStart: op<StartupState>()(
    damagedStartChoiceSchema,
    'Khi tệp dữ liệu bị hỏng: khôi phục bản sao lưu gần nhất còn tốt, hoặc thoát',
  ),
  listBackups: op<BackupOverview>()(
    noInput,
    'Các bản sao lưu (ngày, dung lượng, lý do, nơi để) và bản sao gần nhất ngoài máy',
  ),
  createBackup: op<BackupMade>()(
    noInput,
    'Sao lưu ngay: bản sao đã kiểm tra, chép thêm sang nơi thứ hai nếu có',
  ),
  setBackupLocation: op<BackupOverview>()(
    backupLocationSchema,
    'Chọn nơi sao lưu thứ hai (ổ USB, thư mục dùng chung) hoặc bỏ chọn (null)',
  ),
  previewRestore: op<RestorePreview>()(
    restorePreviewSchema,
    'Xem một bản sao lưu (hoặc tệp dữ liệu) chứa gì trước khi khôi phục (không ghi gì)',
  ),
  restoreBackup: op<RestoreDone>()(
    restoreInputSchema,
    'Khôi phục một bản sao lưu; dữ liệu đang dùng được sao lưu trước (để hoàn tác)',
  ),

  // ——— Issue 10, item 7: the receiving unit's aggregate ———
  getAggregateData: op<ReceivedAggregate>()(
    aggregateQuerySchema,
    'Số liệu tổng hợp các xã gửi báo cáo trong kỳ: từng xã, từng chỉ tiêu, từng trụ cột, từng Tổ thôn',
  ),
  aggregateReportFile: op<FileDownload>()(
    aggregateReportFileSchema,
    'Báo cáo tổng hợp của cơ quan nhận báo cáo ra tệp Word (.docx) hoặc các biểu số liệu ra Excel (.xlsx)',
  ),

  // ——— Issue 10, items 6–7: the unit's profile (signers, deadline day), its numbered aggregated report, folder picker ———
  updateReceivingProfile: op<ReceivingProfile>()(
    updateReceivingProfileSchema,
    'Sửa thông tin cơ quan nhận báo cáo: tên, ký hiệu, ngày hạn gửi gói tháng, thủ trưởng và cấp phó ký báo cáo',
  ),
  createAggregateReport: op<DocumentDetail>()(
    createReportSchema,
    'Lập dự thảo báo cáo tổng hợp của một kỳ vào sổ văn bản đi của cơ quan nhận báo cáo (người ký chọn trong danh sách)',
  ),
  updateAggregateReport: op<DocumentDetail>()(
    updateReportSchema,
    'Sửa nội dung, người ký, Kính gửi của báo cáo tổng hợp chưa ban hành',
  ),
  chooseFolder: op<ChosenFolder>()(
    chooseFolderSchema,
    'Hỏi người dùng chọn một thư mục (hộp thoại của máy); bản xem thử trên trình duyệt không có, gõ đường dẫn',
  ),
  // ——— Issue 11, item 4: the audit log ———
  listAuditLog: op<AuditEntry[]>()(
    auditQuerySchema,
    'Nhật ký thao tác: các lần ghi dữ liệu, mới nhất trước, lọc theo ngày, thao tác, đối tượng',
  ),
  exportAuditLog: op<FileDownload>()(auditQuerySchema, 'Xuất nhật ký thao tác ra Excel'),
  // ——— Issue 11, item 5: long jobs report progress and can be cancelled ———
  cancelJob: op<JobCancelled>()(
    cancelJobSchema,
    'Hủy một việc dài đang chạy (nhập danh sách, lập nhiều quyết định, nhận gói, sao lưu): không ghi gì',
  ),

  // ——— Issue 10, item 3, receiving side: the watched folder (a share or a synced folder) ———
  setWatchFolder: op<WatchFolderScan>()(
    watchFolderInputSchema,
    'Đặt thư mục theo dõi của cơ quan nhận báo cáo (ổ mạng, thư mục đồng bộ) hoặc bỏ (để trống), rồi quét',
  ),
  scanWatchFolder: op<WatchFolderScan>()(
    noInput,
    'Quét thư mục theo dõi: các tệp .zip chưa nhận (theo mã băm SHA-256) để đưa vào nhập; không ghi gì',
  ),
  importWatchedBundles: op<BundleImportReport>()(
    importWatchedSchema,
    'Nhập (hoặc chạy thử) các tệp mới của thư mục theo dõi, theo tên tệp, như nhập gói dữ liệu',
  ),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export const operationNames = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}

export type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Operations[K]['input']>;
export type OutputOf<K extends OperationName> = Operations[K] extends { readonly __output?: infer O }
  ? O
  : never;

/** The IPC channel of an operation (used by the preload and the shell only). */
export function channelOf(name: OperationName): string {
  return `api:${name}`;
}

/** The HTTP path of an operation in the web preview. */
export function httpPathOf(name: OperationName): string {
  return `/api/${name}`;
}
