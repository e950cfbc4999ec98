import { aliasedTable, and, asc, eq, or, sql } from 'drizzle-orm';
import type { IntegrationView } from '../../../shared/contracts/estate.js';
import type { IntegrationList } from '../../../shared/contracts/estate-views.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { estateAbilities } from './policy.js';
import { integrations, systems } from './tables.js';

const source = aliasedTable(systems, 'source');
const target = aliasedTable(systems, 'target');

/** Integrations with both ends' names, in the order source name, target name. */
export async function integrationViews(db: Db, organisationId: string, systemId?: string, integrationId?: string): Promise<IntegrationView[]> {
  const conditions = [eq(integrations.organisationId, organisationId)];
  if (systemId) conditions.push(or(eq(integrations.sourceSystemId, systemId), eq(integrations.targetSystemId, systemId))!);
  if (integrationId) conditions.push(eq(integrations.id, integrationId));
  const rows = await db
    .select({
      id: integrations.id,
      sourceId: source.id,
      sourceName: source.name,
      targetId: target.id,
      targetName: target.name,
      interfaceType: integrations.interfaceType,
      frequency: integrations.frequency,
      notes: integrations.notes,
    })
    .from(integrations)
    .innerJoin(source, eq(source.id, integrations.sourceSystemId))
    .innerJoin(target, eq(target.id, integrations.targetSystemId))
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${source.name})`), asc(sql`lower(${target.name})`), asc(integrations.interfaceType));
  return rows.map((r) => ({
    id: r.id,
    source: { id: r.sourceId, name: r.sourceName },
    target: { id: r.targetId, name: r.targetName },
    interfaceType: r.interfaceType,
    frequency: r.frequency,
    notes: r.notes,
  }));
}

export async function listIntegrations(db: Db, actor: Actor, systemId?: string): Promise<IntegrationList> {
  return { integrations: await integrationViews(db, actor.member.organisationId, systemId), can: estateAbilities(actor.member.role) };
}

export async function integrationDetail(db: Db, actor: Actor, integrationId: string): Promise<IntegrationView> {
  const [view] = await integrationViews(db, actor.member.organisationId, undefined, integrationId);
  if (!view) throw notFound('That integration');
  return view;
}
