import type { Strategy } from '../../../shared/contracts/strategies.js';
import type { Role } from '../../platform/policy.js';
import { strategyAbilities } from './policy.js';
import type { strategies } from './tables.js';

export function presentStrategy(row: typeof strategies.$inferSelect, role: Role): Strategy {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    startYear: row.startYear,
    endYear: row.endYear,
    phase: row.phase,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: strategyAbilities(role, row.archivedAt !== null),
  };
}
