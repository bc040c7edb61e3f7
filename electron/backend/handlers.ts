/**
 * The handler table: one function per contract operation. The Electron shell, the web preview
 * and the CLI all call these through `dispatch`; none has handlers of its own.
 */
import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/contract/operations';
import type { BackendContext } from './context';
import { loadDemo } from './demo/demo-service';
import { createMonthlyHandlers } from './monthly-handlers';
import { createReportHandlers } from './report-handlers';
import { createBundleHandlers } from './bundle/bundle-handlers';
import { ensureCommuneKey } from './bundle/key-service';
import { createReceivingHandlers } from './receiving-handlers';
import { createBackupHandlers } from './backups/backup-handlers';
import { getInfo } from './info-service';
import { chooseFolder, getHostCapabilities } from './host-service';
import { downloadScan, openScan } from './documents/scan-service';
import {
  archivePerson,
  createPerson,
  findDuplicates,
  getPersonDetail,
  listPeople,
  removePerson,
  updatePerson,
} from './people/people-service';
import { search } from './people/search-service';
import { applyImport, previewImport, readUploadedSheet } from './people/import-service';
import {
  downloadPeopleTemplate,
  exportPeople,
  exportTeamMembers,
  exportTeamMembersDocx,
} from './people/export-service';
import { getProfile, setupProfile, updateProfile } from './profile/profile-service';
import {
  getPdfAvailability,
  openDocument,
  printDocument,
  renderDocumentFile,
  saveDocument,
} from './documents/render-service';
import { exportRegister } from './documents/register-export';
import {
  attachScan,
  cancelDocument,
  discardDraft,
  createDecision,
  makeDecisions,
  getDocument,
  issueDocument,
  listRegister,
  markPrinted,
  recordPastDecision,
  updateDocumentTexts,
  updateRegisterEntry,
} from './documents/register-service';
import {
  addMember,
  changeRole,
  checkTeams,
  createTeam,
  endMembership,
  getTeam,
  listTeams,
  reorderMembers,
  setTeamStatus,
  updateTeam,
} from './teams/team-service';
import { getSettings, updateSettings } from './settings/settings-service';
import { listCommunes, listProvinces, resolveUnit } from './units/unit-service';
import { createVillage, listVillages, removeVillage, updateVillage } from './villages/village-service';
import { exportAudit, listAudit } from './audit/audit-service';

export type Handler<K extends OperationName> = (input: ParsedInputOf<K>) => Promise<OutputOf<K>>;
export type Handlers = { [K in OperationName]: Handler<K> };

export function createHandlers(ctx: BackendContext): Handlers {
  const { db } = ctx;
  return {
    getInfo: () => getInfo(ctx),
    listProvinces: () => listProvinces(),
    listCommunes: ({ provinceCode }) => listCommunes(provinceCode),
    getProfile: () => getProfile(db),
    resolveUnit: (input) => resolveUnit(input),
    setupProfile: async ({ force, ...data }) => {
      const profile = await setupProfile(db, data, { force: force === true });
      // The commune's signing key is made at setup (issue 10).
      await ensureCommuneKey(ctx);
      return profile;
    },
    updateProfile: (input) => updateProfile(db, input),
    loadDemo: async (input) => {
      const info = await loadDemo(ctx, { force: input?.force === true });
      // The demo commune is set up too: it gets its signing key now (issue 10).
      await ensureCommuneKey(ctx);
      return info;
    },
    listVillages: () => listVillages(db),
    createVillage: (input) => createVillage(db, input),
    updateVillage: ({ id, ...data }) => updateVillage(db, id, data),
    removeVillage: ({ id }) => removeVillage(db, id),
    listPeople: (input) => listPeople(db, input ?? {}),
    getPerson: ({ id }) => getPersonDetail(db, id),
    findDuplicates: (input) => findDuplicates(db, input),
    createPerson: (input) => createPerson(db, input),
    updatePerson: ({ id, ...data }) => updatePerson(db, id, data),
    archivePerson: ({ id, archived }) => archivePerson(db, id, archived),
    removePerson: ({ id }) => removePerson(db, id),
    listTeams: (input) => listTeams(db, input ?? {}),
    getTeam: ({ id, date }) => getTeam(db, id, date),
    createTeam: (input) => createTeam(db, input),
    updateTeam: ({ id, ...data }) => updateTeam(db, id, data),
    setTeamStatus: ({ id, status }) => setTeamStatus(db, id, status),
    addMember: (input) => addMember(db, input),
    changeMemberRole: ({ membershipId, role, date }) => changeRole(db, membershipId, role, date),
    endMembership: ({ membershipId, endDate }) => endMembership(db, membershipId, endDate),
    reorderMembers: ({ teamId, membershipIds }) => reorderMembers(db, teamId, membershipIds),
    checkTeams: () => checkTeams(db),
    search: ({ query }) => search(db, query),
    previewPeopleImport: async ({ fileName, base64, ...choices }) =>
      previewImport(db, await readUploadedSheet(fileName, base64), fileName, choices),
    applyPeopleImport: async ({ fileName, base64, ...choices }) =>
      applyImport(db, await readUploadedSheet(fileName, base64), fileName, choices),
    downloadPeopleTemplate: () => downloadPeopleTemplate(db),
    exportPeople: (input) => exportPeople(db, input ?? {}),
    exportTeamMembers: ({ teamId }) => exportTeamMembers(db, teamId),
    exportTeamMembersDocx: ({ teamId }) => exportTeamMembersDocx(db, teamId),
    createDecision: (input) => createDecision(ctx, input),
    makeDecisions: (input) => makeDecisions(ctx, input),
    getDocument: ({ id }) => getDocument(ctx, id),
    updateDocumentTexts: ({ id, texts }) => updateDocumentTexts(ctx, id, texts),
    renderDocument: ({ id, format }) => renderDocumentFile(ctx, id, format),
    markDocumentPrinted: ({ id }) => markPrinted(ctx, id),
    issueDocument: (input) => issueDocument(ctx, input),
    attachScan: ({ id, base64 }) => attachScan(ctx, id, base64),
    cancelDocument: ({ id }) => cancelDocument(ctx, id),
    discardDraft: ({ id }) => discardDraft(ctx, id),
    recordPastDecision: (input) => recordPastDecision(ctx, input),
    updateRegisterEntry: ({ id, ...entry }) => updateRegisterEntry(ctx, id, entry),
    listRegister: (input) => listRegister(ctx, input ?? {}),
    saveDocument: ({ id, format }) => saveDocument(ctx, id, format),
    openDocument: ({ id, format }) => openDocument(ctx, id, format),
    printDocument: ({ id, format }) => printDocument(ctx, id, format),
    getPdfAvailability: () => getPdfAvailability(),
    exportRegister: (input) => exportRegister(ctx, input ?? {}),
    getSettings: () => getSettings(db),
    updateSettings: (input) => updateSettings(db, input),
    getHostCapabilities: () => getHostCapabilities(ctx),
    downloadScan: ({ id }) => downloadScan(ctx, id),
    openScan: ({ id }) => openScan(ctx, id),
    ...createMonthlyHandlers(ctx),
    ...createReportHandlers(ctx),
    ...createBundleHandlers(ctx),
    ...createReceivingHandlers(ctx),
    ...createBackupHandlers(ctx),
    chooseFolder: (input) => chooseFolder(ctx, input),
    // ——— Issue 11, item 4: the audit log ———
    listAuditLog: (input) => listAudit(db, input),
    exportAuditLog: (input) => exportAudit(db, input),
    // Issue 11, item 5: long jobs.
    cancelJob: async ({ jobId }) => ({ cancelled: ctx.jobs?.cancel(jobId) ?? false }),
  };
}
