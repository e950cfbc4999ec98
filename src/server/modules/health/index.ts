import { ZHealth } from '../../../shared/contracts/platform.js';
import type { ChorusModule } from '../../platform/module.js';

const version = process.env.npm_package_version ?? '0.1.0';

export const healthModule: ChorusModule = {
  name: 'health',
  routes(app, ctx) {
    app.get('/healthz', {
      schema: { tags: ['health'], response: { 200: ZHealth, 503: ZHealth } },
      config: {
        access: { kind: 'public', why: 'load balancers and monitors probe it; it reveals no data' },
        rateLimit: false,
      },
    }, async (_req, reply) => {
      const started = performance.now();
      let ok = true;
      try {
        await ctx.database.query('SELECT 1');
      } catch {
        ok = false;
      }
      const body = {
        status: ok ? ('ok' as const) : ('degraded' as const),
        database: { kind: ctx.database.kind, ok, latencyMs: Math.round((performance.now() - started) * 100) / 100 },
        version,
      };
      return reply.code(ok ? 200 : 503).send(body);
    });
  },
};
