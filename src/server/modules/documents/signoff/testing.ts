import { addMember, signUpOrganisation, type Session, type SignedUpOrg, type TestApp } from '../../../testing/harness.js';

/** An organisation with a strategy, a frozen version, its team, three senior leaders (by user id) and a member of staff. */
export interface SignOffFixture {
  org: SignedUpOrg;
  team: Session;
  staff: Session;
  leaders: { session: Session; id: string; email: string }[];
  staffId: string;
  teamId: string;
  strategyId: string;
  versionId: string;
}

export async function signOffFixture(t: TestApp, name: string): Promise<SignOffFixture> {
  const org = await signUpOrganisation(t.app, name);
  const team = await addMember(t.app, org, 'strategy_team');
  const staff = await addMember(t.app, org, 'staff');
  const leaders = [await addMember(t.app, org, 'leader'), await addMember(t.app, org, 'leader'), await addMember(t.app, org, 'leader')];
  const strategyId: string = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Digital strategy 2026 to 2029', startYear: 2026, endYear: 2029 })).json().id;
  const frozen = await team.session.post(`/api/v1/strategies/${strategyId}/document/versions`, { changeNote: 'For the executive' });
  if (frozen.statusCode !== 201) throw new Error(`Freezing failed: ${frozen.body}`);
  const members = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/members`)).json().members as { userId: string; email: string }[];
  const idOf = (email: string) => {
    const member = members.find((m) => m.email === email);
    if (!member) throw new Error(`No member ${email}`);
    return member.userId;
  };
  return {
    org,
    team: team.session,
    staff: staff.session,
    leaders: leaders.map((l) => ({ session: l.session, id: idOf(l.email), email: l.email })),
    staffId: idOf(staff.email),
    teamId: idOf(team.email),
    strategyId,
    versionId: frozen.json().id,
  };
}

export const signOffUrl = (versionId: string, rest = '') => `/api/v1/document-versions/${versionId}/sign-off${rest}`;
