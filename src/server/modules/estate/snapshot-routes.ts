import { ZId, ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZCreateSnapshot, ZSnapshotList, ZSnapshotView } from '../../../shared/contracts/estate-views.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { listSnapshots, snapshotDetail, takeSnapshot } from './snapshots.js';

const ZSnapshotParams = ZStrategyParams.extend({ snapshotId: ZId });
const tags = ['estate'];
const base = '/api/v1/strategies/:strategyId/register-snapshots';

/** A strategy's frozen baselines of the register; the strategies module resolves `:strategyId` to its organisation. */
export function snapshotRoutes(app: App, ctx: AppContext): void {
  app.get(base, {
    schema: { tags, params: ZStrategyParams, response: { 200: ZSnapshotList } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'read', subject: 'estate' } },
  }, async (req) => listSnapshots(ctx.db, actorOf(req), req.params.strategyId));

  app.post(base, {
    schema: { tags, params: ZStrategyParams, body: ZCreateSnapshot, response: { 201: ZSnapshotView } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'create', subject: 'estate' } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await takeSnapshot(ctx, actor, req.params.strategyId, req.body.label);
    return reply.code(201).send(await snapshotDetail(ctx.db, actor, req.params.strategyId, row.id));
  });

  app.get(`${base}/:snapshotId`, {
    schema: { tags, params: ZSnapshotParams, response: { 200: ZSnapshotView } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'read', subject: 'estate' } },
  }, async (req) => snapshotDetail(ctx.db, actorOf(req), req.params.strategyId, req.params.snapshotId));
}
