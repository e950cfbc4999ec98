/**
 * The estate pages' response types, all from the shared contracts (the server's shapes).
 * Kept in one place so the pages import from here, not from three contract files.
 */
export type { EstateMap, IntegrationView, ProjectView, SystemView } from '../../../shared/contracts/estate.js';
export type {
  EstateOverview,
  IntegrationList,
  ProjectList,
  RegisterImportPreview,
  SnapshotView,
  SystemList,
} from '../../../shared/contracts/estate-views.js';
export type { EstateDisagreements } from '../../../shared/contracts/staff-voice.js';
import type { z } from 'zod';
import type { ZImportProblem, ZRegisterImportResult, ZSnapshotList } from '../../../shared/contracts/estate-views.js';
import type { EstateOverview } from '../../../shared/contracts/estate-views.js';

export type ImportProblem = z.infer<typeof ZImportProblem>;
export type RegisterImportResult = z.infer<typeof ZRegisterImportResult>;
export type SnapshotList = z.infer<typeof ZSnapshotList>;
export type QuadrantPoint = EstateOverview['quadrant'][number];
export type EstateWarning = EstateOverview['warnings'][number];
export type ContractBucket = EstateOverview['contractTimeline']['months'][number];
