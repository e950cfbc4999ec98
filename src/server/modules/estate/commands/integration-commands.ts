import { and, eq, inArray, ne } from 'drizzle-orm';
import { INTERFACE_TYPE_LABELS, SELF_INTEGRATION, type IntegrationInput, type UpdateIntegration } from '../../../../shared/contracts/estate.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { integrations, systems } from '../tables.js';
import { auditEstate } from './audit.js';

type IntegrationRow = typeof integrations.$inferSelect;

/** Both ends must be systems of the actor's organisation; names them for the duplicate message. */
async function endsOf(tx: Db, actor: Actor, input: IntegrationInput) {
  const rows = await tx
    .select({ id: systems.id, name: systems.name })
    .from(systems)
    .where(and(inArray(systems.id, [input.sourceSystemId, input.targetSystemId]), eq(systems.organisationId, actor.member.organisationId)));
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const fields = [
    ...(names.has(input.sourceSystemId) ? [] : [{ field: 'sourceSystemId', message: 'Choose a source system from this register' }]),
    ...(names.has(input.targetSystemId) ? [] : [{ field: 'targetSystemId', message: 'Choose a target system from this register' }]),
  ];
  if (fields.length) throw badRequest('Both systems must be in this organisation’s register.', fields);
  return { source: names.get(input.sourceSystemId)!, target: names.get(input.targetSystemId)! };
}

const duplicate = (ends: { source: string; target: string }, input: IntegrationInput) =>
  conflict(`${ends.source} already sends data to ${ends.target} by ${INTERFACE_TYPE_LABELS[input.interfaceType]}. Edit that integration instead.`, [
    { field: 'interfaceType', message: `${ends.source} already has a ${INTERFACE_TYPE_LABELS[input.interfaceType]} integration to ${ends.target}` },
  ]);

async function assertNotDuplicate(tx: Db, input: IntegrationInput, ends: { source: string; target: string }, exceptId?: string) {
  const conditions = [
    eq(integrations.sourceSystemId, input.sourceSystemId),
    eq(integrations.targetSystemId, input.targetSystemId),
    eq(integrations.interfaceType, input.interfaceType),
  ];
  if (exceptId) conditions.push(ne(integrations.id, exceptId));
  const [existing] = await tx.select({ id: integrations.id }).from(integrations).where(and(...conditions));
  if (existing) throw duplicate(ends, input);
}

const record = (row: IntegrationRow) => ({
  sourceSystemId: row.sourceSystemId,
  targetSystemId: row.targetSystemId,
  interfaceType: row.interfaceType,
  frequency: row.frequency,
  notesLength: row.notes.length,
});

async function loadIntegration(tx: Db, actor: Actor, integrationId: string) {
  const [row] = await tx
    .select()
    .from(integrations)
    .where(and(eq(integrations.id, integrationId), eq(integrations.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('That integration');
  return row;
}

/** Runs a write, turning a race past the duplicate check (the unique index) into the same clear message. */
async function guarded<T>(ctx: AppContext, actor: Actor, input: IntegrationInput, work: (tx: Db, ends: { source: string; target: string }) => Promise<T>) {
  let ends = { source: 'The source system', target: 'the target system' };
  try {
    return await ctx.db.transaction(async (tx) => {
      ends = await endsOf(tx, actor, input);
      return work(tx, ends);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(ends, input);
    throw error;
  }
}

export function createIntegration(ctx: AppContext, actor: Actor, input: IntegrationInput) {
  return guarded(ctx, actor, input, async (tx, ends) => {
    await assertNotDuplicate(tx, input, ends);
    const [row] = await tx
      .insert(integrations)
      .values({ ...input, notes: input.notes ?? '', organisationId: actor.member.organisationId })
      .returning();
    await auditEstate(tx, actor, 'integration', row!.id, { action: 'integration.created', after: record(row!) });
    return row!;
  });
}

/** Changes the fields given; the result is checked whole (two different ends, not a duplicate). */
export async function updateIntegration(ctx: AppContext, actor: Actor, integrationId: string, changes: UpdateIntegration) {
  const stored = await loadIntegration(ctx.db, actor, integrationId);
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<IntegrationInput>;
  const input: IntegrationInput = {
    sourceSystemId: stored.sourceSystemId,
    targetSystemId: stored.targetSystemId,
    interfaceType: stored.interfaceType,
    frequency: stored.frequency,
    notes: stored.notes,
    ...defined,
  };
  if (input.sourceSystemId === input.targetSystemId) throw badRequest(SELF_INTEGRATION, [{ field: 'targetSystemId', message: SELF_INTEGRATION }]);
  return guarded(ctx, actor, input, async (tx, ends) => {
    const before = await loadIntegration(tx, actor, integrationId);
    await assertNotDuplicate(tx, input, ends, integrationId);
    const [after] = await tx
      .update(integrations)
      .set(input)
      .where(eq(integrations.id, integrationId))
      .returning();
    await auditEstate(tx, actor, 'integration', integrationId, { action: 'integration.updated', before: record(before), after: record(after!) });
    return after!;
  });
}

export async function deleteIntegration(ctx: AppContext, actor: Actor, integrationId: string) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadIntegration(tx, actor, integrationId);
    await tx.delete(integrations).where(eq(integrations.id, integrationId));
    await auditEstate(tx, actor, 'integration', integrationId, { action: 'integration.deleted', before: record(before) });
  });
}
