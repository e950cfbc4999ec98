import { and, desc, eq } from 'drizzle-orm';
import type { IntegrationView, SystemView } from '../../../shared/contracts/estate.js';
import type { SnapshotView } from '../../../shared/contracts/estate-views.js';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import type { AppContext } from '../../platform/module.js';
import { can } from '../../platform/policy.js';
import { users } from '../accounts/index.js';
import { loadStrategy } from '../strategies/index.js';
import { auditEstate } from './commands/audit.js';
import { integrationViews } from './integrations.js';
import { allSystems, systemViews } from './queries.js';
import { registerSnapshots } from './tables.js';

/**
 * A snapshot freezes the live register as it is presented today into the strategy's record, so the
 * strategy's baseline does not shift as the register is edited afterwards.
 */
export async function takeSnapshot(ctx: AppContext, actor: Actor, strategyId: string, label: string) {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadStrategy(tx, actor, strategyId);
    // An archived strategy is a closed record: its baseline is what it was when it was archived.
    if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before taking a new baseline.');
    const live: SystemView[] = await systemViews(tx, await allSystems(tx, actor.member.organisationId, false));
    const onRegister = new Set(live.map((s) => s.id));
    const links: IntegrationView[] = (await integrationViews(tx, actor.member.organisationId)).filter(
      (i) => onRegister.has(i.source.id) && onRegister.has(i.target.id),
    );
    const [row] = await tx
      .insert(registerSnapshots)
      .values({
        strategyId: strategy.id,
        label,
        takenBy: actor.user.id,
        systemCount: live.length,
        integrationCount: links.length,
        content: { systems: live, integrations: links },
      })
      .returning();
    await auditEstate(tx, actor, 'register_snapshot', row!.id, {
      action: 'register_snapshot.taken',
      after: { strategyId: strategy.id, label, systemCount: live.length, integrationCount: links.length },
    });
    return row!;
  });
}

const summary = { id: registerSnapshots.id, label: registerSnapshots.label, takenAt: registerSnapshots.takenAt, takenBy: users.name, systemCount: registerSnapshots.systemCount, integrationCount: registerSnapshots.integrationCount };
const presentSummary = <T extends { takenAt: Date; takenBy: string | null }>(r: T) => ({ ...r, takenAt: r.takenAt.toISOString() });

export async function listSnapshots(db: Db, actor: Actor, strategyId: string) {
  const strategy = await loadStrategy(db, actor, strategyId);
  const rows = await db
    .select(summary)
    .from(registerSnapshots)
    .leftJoin(users, eq(users.id, registerSnapshots.takenBy))
    .where(eq(registerSnapshots.strategyId, strategy.id))
    .orderBy(desc(registerSnapshots.takenAt));
  return { snapshots: rows.map(presentSummary), can: { create: strategy.archivedAt === null && can(actor.member.role, 'create', 'estate') } };
}

export async function snapshotDetail(db: Db, actor: Actor, strategyId: string, snapshotId: string): Promise<SnapshotView> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [row] = await db
    .select({ ...summary, content: registerSnapshots.content })
    .from(registerSnapshots)
    .leftJoin(users, eq(users.id, registerSnapshots.takenBy))
    .where(and(eq(registerSnapshots.id, snapshotId), eq(registerSnapshots.strategyId, strategy.id)));
  if (!row) throw notFound('That snapshot');
  return { ...presentSummary(row), content: row.content as SnapshotView['content'] };
}
