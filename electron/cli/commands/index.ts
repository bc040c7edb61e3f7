/** Every command of the CLI, in the order the help lists them. */
import type { Command } from '../args';
import {
  decisionExportCommand,
  decisionFoundCommand,
  decisionRecordCommand,
  decisionReorganizeCommand,
} from './decisions';
import { demoCommand } from './demo';
import { infoCommand } from './info';
import { initCommand } from './init';
import { membersExportCommand } from './members';
import { peopleExportCommand, peopleImportCommand, peopleListCommand } from './people';
import { registerExportCommand, registerListCommand } from './register';
import { teamsCheckCommand, teamsListCommand } from './teams';
import { villagesListCommand } from './villages';
import { activitiesAddCommand, activitiesListCommand } from './activities';
import { activitiesImportCommand, activitiesTemplateCommand } from './activities-import';
import { catalogListCommand } from './catalog';
import { progressCommand } from './progress';
import { reportDataCommand } from './report';
import { reportBuildCommand } from './report-build';
import { targetsListCommand, targetsSetCommand } from './targets';
import { trainingsAddCommand, trainingsListCommand } from './trainings';
import { keysShowCommand } from './keys';
import { bundleExportCommand } from './bundle-export';
import { bundleVerifyCommand } from './bundle-verify';
import { bundleEmailCommand } from './bundle-email';
import { completenessCommand } from './completeness';
import { bundleImportCommand } from './bundle-import';

import { backupCreateCommand, backupListCommand, backupRestoreCommand, backupVerifyCommand } from './backup';
import { doctorCommand } from './doctor';
import { auditListCommand } from './audit';
import { bundleScanCommand } from './bundle-scan';

export const commands: readonly Command[] = [
  initCommand,
  demoCommand,
  villagesListCommand,
  peopleImportCommand,
  peopleListCommand,
  peopleExportCommand,
  teamsListCommand,
  teamsCheckCommand,
  membersExportCommand,
  decisionFoundCommand,
  decisionReorganizeCommand,
  decisionExportCommand,
  decisionRecordCommand,
  registerListCommand,
  registerExportCommand,
  catalogListCommand,
  activitiesAddCommand,
  activitiesListCommand,
  activitiesImportCommand,
  activitiesTemplateCommand,
  trainingsAddCommand,
  trainingsListCommand,
  targetsSetCommand,
  targetsListCommand,
  progressCommand,
  reportDataCommand,
  reportBuildCommand,
  infoCommand,
  keysShowCommand,
  bundleExportCommand,
  bundleVerifyCommand,
  bundleEmailCommand,
  completenessCommand,
  bundleImportCommand,
  backupCreateCommand,
  backupListCommand,
  backupRestoreCommand,
  backupVerifyCommand,
  doctorCommand,
  auditListCommand,
  bundleScanCommand,
];
