import type { SystemView } from '../../../shared/contracts/estate.js';
import { timeQuadrant } from '../../../shared/estate-assessment.js';
import type { systems } from './tables.js';

export type SystemRow = typeof systems.$inferSelect;
export interface UnitRef {
  id: string;
  name: string;
  kind: 'division' | 'department' | 'site';
}

/** A register row as the API shows it; the TIME quadrant is computed here, never stored. */
export function presentSystem(row: SystemRow, units: UnitRef[], replacedBy: { id: string; name: string } | null): SystemView {
  return {
    id: row.id,
    name: row.name,
    supplier: row.supplier,
    product: row.product,
    capability: row.capability,
    businessOwner: row.businessOwner,
    technicalOwner: row.technicalOwner,
    userCount: row.userCount,
    hosting: row.hosting,
    contractStart: row.contractStart,
    contractEnd: row.contractEnd,
    annualCost: row.annualCost,
    lifecycle: row.lifecycle,
    criticality: row.criticality,
    holdsPatientData: row.holdsPatientData,
    technicalFit: row.technicalFit,
    functionalFit: row.functionalFit,
    time: timeQuadrant(row.technicalFit, row.functionalFit),
    replacedBy,
    units,
    tags: row.tags,
    notes: row.notes,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The audit trail's copy of a system: every field but free-text notes, whose length is enough. */
export function systemAuditRecord(row: SystemRow, unitIds: string[]) {
  const { notes, createdAt: _c, updatedAt: _u, organisationId: _o, ...rest } = row;
  return { ...rest, retiredAt: row.retiredAt?.toISOString() ?? null, notesLength: notes.length, unitIds: [...unitIds].sort() };
}
