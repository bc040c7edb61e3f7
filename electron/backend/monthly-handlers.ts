/** Handlers of the monthly-work operations (issue 8), spread into the one handler table. */
import type { Handler } from './handlers';
import type { BackendContext } from './context';
import {
  addActivity,
  deleteActivity,
  getActivity,
  listActivities,
  updateActivity,
} from './activities/activity-service';
import {
  activityImportTemplate,
  applyActivityImport,
  dryRunActivityImport,
  readUploadedActivities,
} from './activities/import-service';
import {
  addIndicator,
  addPlatform,
  renamePlatform,
  setPlatformActive,
  listCatalog,
  removeIndicator,
  renameIndicator,
  setIndicatorActive,
} from './catalog/catalog-service';
import { getPeriodFigures } from './progress/period-figures';
import { getProgress } from './progress/progress-service';
import { getReportData } from './report/report-service';
import { distributeTarget, listTargets, removeTarget, setTarget } from './targets/target-service';
import { addTraining, deleteTraining, listTrainings, updateTraining } from './trainings/training-service';

type MonthlyOperation =
  | 'listCatalog'
  | 'addIndicator'
  | 'renameIndicator'
  | 'setIndicatorActive'
  | 'removeIndicator'
  | 'addPlatform'
  | 'renamePlatform'
  | 'setPlatformActive'
  | 'addActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'getActivity'
  | 'listActivities'
  | 'activityImportTemplate'
  | 'dryRunActivityImport'
  | 'applyActivityImport'
  | 'addTraining'
  | 'listTrainings'
  | 'updateTraining'
  | 'deleteTraining'
  | 'setTarget'
  | 'listTargets'
  | 'removeTarget'
  | 'distributeTarget'
  | 'getProgress'
  | 'getPeriodFigures'
  | 'getReportData';

export function createMonthlyHandlers({ db }: BackendContext): { [K in MonthlyOperation]: Handler<K> } {
  return {
    listCatalog: (input) => listCatalog(db, input ?? {}),
    addIndicator: (input) => addIndicator(db, input),
    renameIndicator: ({ code, ...data }) => renameIndicator(db, code, data),
    setIndicatorActive: ({ code, active }) => setIndicatorActive(db, code, active),
    removeIndicator: ({ code }) => removeIndicator(db, code),
    addPlatform: (input) => addPlatform(db, input),
    renamePlatform: ({ code, name }) => renamePlatform(db, code, name),
    setPlatformActive: ({ code, active }) => setPlatformActive(db, code, active),
    addActivity: (input) => addActivity(db, input),
    updateActivity: ({ id, ...input }) => updateActivity(db, id, input),
    deleteActivity: ({ id }) => deleteActivity(db, id),
    getActivity: ({ id }) => getActivity(db, id),
    listActivities: (input) => listActivities(db, input ?? {}),
    activityImportTemplate: () => activityImportTemplate(db),
    dryRunActivityImport: async ({ fileName, base64 }) =>
      dryRunActivityImport(db, await readUploadedActivities(db, fileName, base64), fileName),
    applyActivityImport: async ({ fileName, base64 }) =>
      applyActivityImport(db, await readUploadedActivities(db, fileName, base64), fileName),
    addTraining: (input) => addTraining(db, input),
    listTrainings: (input) => listTrainings(db, input ?? {}),
    updateTraining: ({ id, ...input }) => updateTraining(db, id, input),
    deleteTraining: ({ id }) => deleteTraining(db, id),
    setTarget: (input) => setTarget(db, input),
    listTargets: ({ year }) => listTargets(db, year),
    removeTarget: ({ id }) => removeTarget(db, id),
    distributeTarget: (input) => distributeTarget(db, input),
    getProgress: ({ period, today }) => getProgress(db, period, today),
    getPeriodFigures: ({ period }) => getPeriodFigures(db, period),
    getReportData: ({ period }) => getReportData(db, period),
  };
}
