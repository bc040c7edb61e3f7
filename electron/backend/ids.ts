import { v7 as uuidv7 } from 'uuid';

/**
 * Records that travel in bundles get a globally unique, time-ordered id made here, so a
 * receiving unit can merge bundles of many communes without mapping ids.
 */
export function newId(): string {
  return uuidv7();
}
