import { ZOk, ZOrgParams, ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZInsightParams } from '../../../shared/contracts/insights.js';
import { ZPlayback, ZReaction, ZReactionBody, ZUpdatePlayback, ZWaitingPlaybacks } from '../../../shared/contracts/playback.js';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { reactToInsight } from './commands/react-to-insight.js';
import { setPlaybackShared } from './commands/share-playback.js';
import { updatePlaybackIntro } from './commands/update-playback-intro.js';
import { playbackDocx } from './docx/build.js';
import { playbackPack } from './pack.js';
import { waitingPlaybacks } from './waiting.js';

const tags = ['playback'];
const onStrategy = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'playback' } });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function playbackRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/playback', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZPlayback } },
    config: onStrategy('read'),
  }, async (req) => playbackPack(ctx.db, actorOf(req), req.params.strategyId));

  app.get('/api/v1/strategies/:strategyId/playback.docx', {
    schema: { tags, params: ZStrategyParams },
    config: onStrategy('read'),
  }, async (req, reply) => {
    const pack = await playbackPack(ctx.db, actorOf(req), req.params.strategyId);
    const file = await playbackDocx(pack, todayInLondon());
    return reply.type(DOCX).header('content-disposition', 'attachment; filename="playback.docx"').send(file);
  });

  app.patch('/api/v1/strategies/:strategyId/playback', {
    schema: { tags, params: ZStrategyParams, body: ZUpdatePlayback, response: { 200: ZPlayback } },
    config: onStrategy('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await ctx.db.transaction((tx) => updatePlaybackIntro(tx, actor, req.params.strategyId, req.body));
    return playbackPack(ctx.db, actor, req.params.strategyId);
  });

  for (const [path, shared] of [['share', true], ['unshare', false]] as const) {
    app.post(`/api/v1/strategies/:strategyId/playback/${path}`, {
      schema: { tags, params: ZStrategyParams, response: { 200: ZOk } },
      config: onStrategy('update'),
    }, async (req) => {
      const actor = actorOf(req);
      await ctx.db.transaction((tx) => setPlaybackShared(tx, actor, req.params.strategyId, shared));
      return { ok: true as const };
    });
  }

  app.put('/api/v1/insights/:insightId/reaction', {
    schema: { tags, params: ZInsightParams, body: ZReactionBody, response: { 200: ZReaction } },
    config: { access: { kind: 'member', via: 'insightId', action: 'create', subject: 'playback_reaction' } },
  }, async (req) => {
    const actor = actorOf(req);
    return ctx.db.transaction((tx) => reactToInsight(tx, actor, req.params.insightId, req.body));
  });

  app.get('/api/v1/orgs/:orgId/playbacks/waiting', {
    schema: { tags, params: ZOrgParams, response: { 200: ZWaitingPlaybacks } },
    config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'playback' } },
  }, async (req) => waitingPlaybacks(ctx.db, actorOf(req)));
}
