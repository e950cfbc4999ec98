import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from './testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('a record named in the address that is not there', () => {
  it('is a friendly not-found, whether the id is malformed, unknown or another organisation’s', async () => {
    const org = await signUpOrganisation(t.app, 'Address Trust');
    const other = await signUpOrganisation(t.app, 'Other Trust');
    const strategy = await other.admin.post(`/api/v1/orgs/${other.organisationId}/strategies`, { name: 'Theirs', startYear: 2026, endYear: 2029 });
    const cases: [string, string][] = [
      ['/api/v1/surveys/not-a-uuid', 'survey'],
      ['/api/v1/surveys/00000000-0000-4000-8000-000000000000', 'survey'],
      ['/api/v1/strategies/xyz', 'strategy'],
      [`/api/v1/strategies/${strategy.json().id}`, 'strategy'],
      [`/api/v1/orgs/${org.organisationId}/systems/xyz`, 'system'],
      ['/api/v1/orgs/xyz/strategies', 'organisation'],
    ];
    for (const [url, noun] of cases) {
      const response = await org.admin.get(url);
      expect([url, response.statusCode, response.headers['content-type']]).toEqual([url, 404, 'application/problem+json; charset=utf-8']);
      expect(response.json()).toMatchObject({ code: 'not_found', detail: expect.stringMatching(new RegExp(`^We could not find that ${noun}\\.`)) });
      expect(response.json().errors).toBeUndefined();
    }
  });
});
