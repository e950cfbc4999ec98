import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/errors.js';
import { systems } from '../estate/index.js';
import type { EvidenceFilter } from '../../../shared/contracts/evidence.js';
import { evidenceItems, findEvidenceIds, tags } from '../evidence/index.js';
import { maturityFrameworks, maturityMeasures } from '../maturity/index.js';

const unique = (ids: string[]) => [...new Set(ids)];

function assertAllFound(found: number, wanted: number, field: string, message: string): void {
  if (found !== wanted) throw badRequest(message, [{ field, message }]);
}

/** Every id must be an evidence item of this strategy: an insight never stands on another's evidence. */
export async function checkedEvidenceIds(db: Db, strategyId: string, ids: string[]): Promise<string[]> {
  const wanted = unique(ids);
  if (!wanted.length) return [];
  const found = await db.select({ id: evidenceItems.id }).from(evidenceItems).where(and(inArray(evidenceItems.id, wanted), eq(evidenceItems.strategyId, strategyId)));
  assertAllFound(found.length, wanted.length, 'evidenceIds', 'Some of the chosen evidence is not in this strategy\'s library any more. Choose the evidence again.');
  return wanted;
}

/**
 * Every item an evidence-library filter finds, through the library's own refusal: a filter that
 * names a group too small to show links nothing and says why.
 */
export async function matchingEvidenceIds(db: Db, strategy: { id: string; organisationId: string }, filter: EvidenceFilter): Promise<string[]> {
  const found = await findEvidenceIds(db, { organisationId: strategy.organisationId, strategyId: strategy.id }, filter);
  if ('refused' in found) throw badRequest(found.refused, [{ field: 'filter', message: 'Choose a larger group, or no group' }]);
  return found.ids;
}

export async function checkedTagIds(db: Db, strategyId: string, ids: string[]): Promise<string[]> {
  const wanted = unique(ids);
  if (!wanted.length) return [];
  const found = await db.select({ id: tags.id }).from(tags).where(and(inArray(tags.id, wanted), eq(tags.strategyId, strategyId), isNull(tags.deletedAt)));
  assertAllFound(found.length, wanted.length, 'tagIds', 'One of the chosen tags is not in this strategy\'s codebook any more. Choose the tags again.');
  return wanted;
}

export async function checkedSystemIds(db: Db, organisationId: string, ids: string[]): Promise<string[]> {
  const wanted = unique(ids);
  if (!wanted.length) return [];
  const found = await db.select({ id: systems.id }).from(systems).where(and(inArray(systems.id, wanted), eq(systems.organisationId, organisationId)));
  assertAllFound(found.length, wanted.length, 'systemIds', 'One of the chosen systems is not in your register. Choose the systems again.');
  return wanted;
}

/** Measures of the organisation's own frameworks or of the built-in ones every trust shares. */
export async function checkedMeasureIds(db: Db, organisationId: string, ids: string[]): Promise<string[]> {
  const wanted = unique(ids);
  if (!wanted.length) return [];
  const found = await db
    .select({ id: maturityMeasures.id })
    .from(maturityMeasures)
    .innerJoin(maturityFrameworks, eq(maturityFrameworks.id, maturityMeasures.frameworkId))
    .where(and(inArray(maturityMeasures.id, wanted), or(eq(maturityFrameworks.organisationId, organisationId), isNull(maturityFrameworks.organisationId))));
  assertAllFound(found.length, wanted.length, 'measureIds', 'One of the chosen measures is not in your maturity frameworks. Choose the measures again.');
  return wanted;
}
