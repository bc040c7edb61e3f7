/**
 * The handler table: one function per contract operation. The Electron shell, the web preview
 * and the CLI all call these through `dispatch`; none has handlers of its own.
 */
import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/contract/operations';
import type { BackendContext } from './context';
import { loadDemo } from './demo/demo-service';
import { getInfo } from './info-service';
import { getProfile, setupProfile, updateProfile } from './profile/profile-service';
import { getSettings, updateSettings } from './settings/settings-service';
import { listCommunes, listProvinces } from './units/unit-service';
import { createVillage, listVillages, removeVillage, updateVillage } from './villages/village-service';

export type Handler<K extends OperationName> = (input: ParsedInputOf<K>) => Promise<OutputOf<K>>;
export type Handlers = { [K in OperationName]: Handler<K> };

export function createHandlers(ctx: BackendContext): Handlers {
  const { db } = ctx;
  return {
    getInfo: () => getInfo(ctx),
    listProvinces: () => listProvinces(),
    listCommunes: ({ provinceCode }) => listCommunes(provinceCode),
    getProfile: () => getProfile(db),
    setupProfile: (input) => setupProfile(db, input),
    updateProfile: (input) => updateProfile(db, input),
    loadDemo: () => loadDemo(ctx),
    listVillages: () => listVillages(db),
    createVillage: (input) => createVillage(db, input),
    updateVillage: ({ id, ...data }) => updateVillage(db, id, data),
    removeVillage: ({ id }) => removeVillage(db, id),
    getSettings: () => getSettings(db),
    updateSettings: (input) => updateSettings(db, input),
  };
}
