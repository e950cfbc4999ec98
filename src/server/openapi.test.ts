import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('serves an OpenAPI 3.1 document that a real validator accepts, covering every API route', async () => {
  const response = await t.app.inject({ url: '/api/v1/openapi.json' });
  expect(response.statusCode).toBe(200);
  const document = response.json();
  expect(document.openapi).toMatch(/^3\.1/);
  const validator = new Validator();
  const result = await validator.validate(document);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  const documented = new Set(
    Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    ),
  );
  const apiRoutes = t.routes.filter((r) => r.url.startsWith('/api/v1') && r.url !== '/api/v1/openapi.json');
  for (const route of apiRoutes) expect(documented).toContain(`${route.method} ${route.url}`);
});

it('says which calls need a session and a CSRF token, and marks every public route as needing neither', async () => {
  const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
  expect(document.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'chorus_session' });
  expect(document.components.securitySchemes.csrfToken).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
  expect(document.security).toEqual([{ session: [], csrfToken: [] }]);
  const operation = (url: string, method: string) =>
    (document.paths as Record<string, Record<string, { security?: unknown }>>)[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  const apiRoutes = t.routes.filter((r) => r.url.startsWith('/api/v1') && r.url !== '/api/v1/openapi.json');
  const publicRoutes = apiRoutes.filter((r) => r.access.kind === 'public');
  expect(publicRoutes.map((r) => `${r.method} ${r.url}`)).toContain('POST /api/v1/auth/sign-in');
  for (const route of publicRoutes) expect([route.method, route.url, operation(route.url, route.method)?.security]).toEqual([route.method, route.url, []]);
  for (const route of apiRoutes.filter((r) => r.access.kind !== 'public')) {
    const expected = route.method === 'GET' ? [{ session: [] }] : [{ session: [], csrfToken: [] }];
    expect([route.method, route.url, operation(route.url, route.method)?.security]).toEqual([route.method, route.url, expected]);
  }
});
