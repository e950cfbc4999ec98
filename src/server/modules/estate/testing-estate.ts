import { expect } from 'vitest';
import type { Session, SignedUpOrg } from '../../testing/harness.js';

/** Test helpers for the estate routes. */
export const orgUrl = (org: SignedUpOrg, path: string) => `/api/v1/orgs/${org.organisationId}${path}`;

export async function addSystem(org: SignedUpOrg, fields: Record<string, unknown>, session: Session = org.admin) {
  const response = await session.post(orgUrl(org, '/systems'), { lifecycle: 'active', criticality: 'medium', holdsPatientData: false, ...fields });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; name: string; time: string | null };
}

export async function addIntegration(org: SignedUpOrg, sourceSystemId: string, targetSystemId: string, interfaceType = 'hl7v2') {
  const response = await org.admin.post(orgUrl(org, '/integrations'), { sourceSystemId, targetSystemId, interfaceType, frequency: 'real_time' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

export async function auditOf(org: SignedUpOrg, action: string) {
  const response = await org.admin.get(orgUrl(org, `/audit?action=${action}`));
  expect(response.statusCode, response.body).toBe(200);
  return response.json().events as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; subjectId: string }[];
}
