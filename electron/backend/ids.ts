import { v7 as uuidv7 } from 'uuid';
import { noteNewId } from './audit/scope';

/**
 * Records that travel in bundles get a globally unique, time-ordered id made here, so a
 * receiving unit can merge bundles of many communes without mapping ids.
 */
export function newId(): string {
  const id = uuidv7();
  // The audit record of a create names what it made: the first id made in the operation.
  noteNewId(id);
  return id;
}
