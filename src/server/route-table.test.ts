import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from './testing/harness.js';

/**
 * Walks every registered route. Anonymous callers get 401 on everything that is not
 * deliberately public, and a member of another organisation gets 403 or 404 on every
 * organisation-scoped route, using real ids from the first organisation.
 */
let t: TestApp;
let owner: SignedUpOrg;
let outsider: SignedUpOrg;
const params: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  owner = await signUpOrganisation(t.app, 'Owner Trust');
  outsider = await signUpOrganisation(t.app, 'Outsider Trust');
  const strategy = await owner.admin.post(`/api/v1/orgs/${owner.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
  const member = await addMember(t.app, owner, 'staff');
  const members = await owner.admin.get(`/api/v1/orgs/${owner.organisationId}/members`);
  const pending = await owner.admin.post(`/api/v1/orgs/${owner.organisationId}/invitations`, { email: 'pending@example.nhs.uk', role: 'leader' });
  const division = await owner.admin.post(`/api/v1/orgs/${owner.organisationId}/workforce/units`, { kind: 'division', name: 'Surgery' });
  const workforce = await owner.admin.get(`/api/v1/orgs/${owner.organisationId}/workforce`);
  const strategyUrl = `/api/v1/strategies/${strategy.json().id}`;
  const interview = await owner.admin.post(`${strategyUrl}/interviews`, { intervieweeRole: 'Medical Director', heldOn: '2026-01-15', consent: 'notes' });
  const item = await owner.admin.post(`${strategyUrl}/interviews/${interview.json().id}/items`, { kind: 'driver', label: 'Financial recovery' });
  const workshop = await owner.admin.post(`${strategyUrl}/workshops`, { title: 'Day unit', heldOn: '2026-01-20' });
  const note = await owner.admin.post(`${strategyUrl}/workshops/${workshop.json().id}/notes`, { columnId: workshop.json().columns[0].id, text: 'Paper' });
  const survey = await owner.admin.post(`/api/v1/strategies/${strategy.json().id}/surveys`, { title: 'Survey', template: 'digital_experience' });
  const builder = await owner.admin.get(`/api/v1/surveys/${survey.json().id}`);
  const frameworks = await owner.admin.get(`/api/v1/orgs/${owner.organisationId}/maturity/frameworks`);
  const assessment = await owner.admin.post(`/api/v1/orgs/${owner.organisationId}/maturity/assessments`, { frameworkId: frameworks.json().frameworks[0].id, title: 'Baseline', assessedOn: '2026-01-10' });
  // The estate: two systems, an integration between them, a project and a register snapshot.
  const estateUrl = `/api/v1/orgs/${owner.organisationId}`;
  const system = await owner.admin.post(`${estateUrl}/systems`, { name: 'EPR', lifecycle: 'active', criticality: 'high', holdsPatientData: true });
  const otherSystem = await owner.admin.post(`${estateUrl}/systems`, { name: 'LIMS', lifecycle: 'active', criticality: 'high', holdsPatientData: true });
  const integration = await owner.admin.post(`${estateUrl}/integrations`, { sourceSystemId: otherSystem.json().id, targetSystemId: system.json().id, interfaceType: 'hl7v2' });
  const project = await owner.admin.post(`${estateUrl}/projects`, { name: 'EPR upgrade', status: 'in_progress', systemIds: [system.json().id] });
  const snapshot = await owner.admin.post(`${strategyUrl}/register-snapshots`, { label: 'Baseline' });
  Object.assign(params, {
    systemId: system.json().id,
    integrationId: integration.json().id,
    projectId: project.json().id,
    snapshotId: snapshot.json().id,
  });
  Object.assign(params, {
    orgId: owner.organisationId,
    strategyId: strategy.json().id,
    membershipId: members.json().members.find((m: { email: string }) => m.email === member.email).id,
    invitationId: pending.json().id,
    jobId: randomUUID(),
    unitId: division.json().id,
    staffGroupId: workforce.json().staffGroups[0].id,
    interviewId: interview.json().id,
    itemId: item.json().id,
    workshopId: workshop.json().id,
    columnId: workshop.json().columns[0].id,
    noteId: note.json().id,
    token: 'a-token-that-is-not-real-at-all',
    surveyId: survey.json().id,
    sectionId: builder.json().sections[0].id,
    questionId: builder.json().questions[0].id,
    frameworkId: frameworks.json().frameworks[0].id,
    assessmentId: assessment.json().id,
  });
  // Excerpts, redactions and evidence items are loaded through their strategy, which refuses an
  // outsider first, so any well-formed id exercises the rule.
  params.excerptId ??= randomUUID();
  params.redactionId ??= randomUUID();
  // A real tag, so the tag routes' owner lookup answers for the owner's organisation.
  const tag = await owner.admin.post(`${strategyUrl}/tags`, { name: 'Access' });
  params.tagId ??= tag.json().id ?? randomUUID();
  // The sticky note's evidence item (made by the trigger): the item view's gate reads its owner.
  const noteItem = await t.ctx.db.execute(sql`select id from evidence_items where sticky_note_id = ${note.json().id}`);
  params.evidenceId ??= (noteItem as unknown as { rows: { id: string }[] }).rows[0]?.id ?? randomUUID();
  params.insightId ??= randomUUID();
  // Board clusters are resolved to their organisation first; an unknown id is refused.
  params.clusterId ??= randomUUID();
  // Theme runs and suggestions are resolved to their organisation first; an unknown id is refused.
  params.runId ??= randomUUID();
  params.suggestionId ??= randomUUID();
  // A real mission version, so its owner lookup answers for the owner's organisation; compared with itself.
  const missionVersion = await owner.admin.post(`${strategyUrl}/mission/versions`, { mission: 'Time back to care' });
  const missionVersionId: string = missionVersion.json().id ?? randomUUID();
  params.missionVersionId ??= missionVersionId;
  params.otherId ??= missionVersionId;
  // A real priority and criterion, so the priority routes' owner lookup answers for the owner's organisation.
  const priority = await owner.admin.post(`${strategyUrl}/priorities`, { title: 'Time back to care' });
  params.priorityId ??= priority.json().id ?? randomUUID();
  const criterion = await owner.admin.post(`${strategyUrl}/priorities/criteria`, { name: 'Benefit to patients', kind: 'value', weight: 50 });
  params.criterionId ??= criterion.json().id ?? randomUUID();
  // A real partnership draft, so its owner lookup answers for the owner's organisation; any commitment id then exercises the rule.
  const partnership = await owner.admin.post(`${strategyUrl}/partnership/versions`);
  params.partnershipVersionId ??= partnership.json().id ?? randomUUID();
  params.commitmentId ??= randomUUID();
  // A real measure (on the real priority), so its owner lookup answers for the owner's organisation; any value id then exercises the rule.
  const measure = await owner.admin.post(`${strategyUrl}/measures`, { priorityId: params.priorityId, name: 'Login time', unit: 'seconds', direction: 'down' });
  params.measureId ??= measure.json().id ?? randomUUID();
  params.valueId ??= randomUUID();
  // A real programme and initiative (under a priority row of their own), so the roadmap's owner lookups answer for the owner's organisation.
  const roadmapPriority = await t.ctx.db.execute(sql`insert into priorities (organisation_id, strategy_id, title, position) values (${owner.organisationId}, ${strategy.json().id}, 'Roadmap fixture', 99) returning id`);
  const programme = await owner.admin.post(`${strategyUrl}/programmes`, { priorityId: (roadmapPriority as unknown as { rows: { id: string }[] }).rows[0]?.id, name: 'Records' });
  params.programmeId ??= programme.json().id ?? randomUUID();
  const initiative = await owner.admin.post(`${strategyUrl}/initiatives`, { programmeId: params.programmeId, title: 'EPR', start: '2027-01', end: '2027-03' });
  params.initiativeId ??= initiative.json().id ?? randomUUID();
  params.dependsOnId ??= randomUUID();
  // A real frozen version of the strategy's document, so the version routes' owner lookup answers for the owner's organisation.
  const version = await owner.admin.post(`${strategyUrl}/document/versions`, { changeNote: 'Route table' });
  params.documentVersionId ??= version.json().id ?? randomUUID();
  params.otherId ??= 'draft';
  params.kind ??= 'pdf';
  params.slug ??= 'no-such-strategy';
  params.section ??= 'foreword';
  params.number ??= '1';
  params.file ??= 'strategy.pdf';
  // A real milestone of that initiative, so the delivery module's owner lookup answers for the owner's organisation.
  const milestone = await owner.admin.post(`/api/v1/initiatives/${params.initiativeId}/milestones`, { title: 'Go-live', dueOn: '2027-03-01' });
  params.milestoneId ??= milestone.json().id ?? randomUUID();
});
afterAll(() => t.close());

function fill(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`The route-table test has no fixture for :${name} in ${url}; add one.`);
    return value;
  });
}

const PUBLIC_ROUTES = [
  'GET /healthz',
  'GET /api/v1/openapi.json',
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/auth/sign-up',
  'POST /api/v1/auth/password-reset',
  'POST /api/v1/auth/password-reset/complete',
  'GET /api/v1/invitations/:token',
  'POST /api/v1/invitations/:token/accept',
  // Respondent pages: staff answer surveys without an account (the open link, or a personal token).
  'GET /s/:slug',
  'POST /s/:slug/code',
  'POST /s/:slug/page',
  'POST /s/:slug/submit',
  'GET /s/:slug/done',
  'GET /r/:token',
  'POST /r/:token/page',
  'POST /r/:token/submit',
  'GET /r/:token/done',
  // The NHS.UK stylesheet and icons those pages load, and the poster's stylesheet.
  'GET /assets/nhsuk/:file',
  'GET /assets/images/:file',
  'GET /assets/respond/:file',
  // A draft out for staff consultation: anyone given its unguessable link reads it.
  'GET /c/:token',
  'GET /c/:token/:section',
  // The published strategy, its downloads and stylesheets: for everyone, without an account.
  'GET /p/:slug',
  'GET /p/:slug/:section',
  'GET /p/:slug/v/:number',
  'GET /p/:slug/v/:number/:section',
  'GET /p/:slug/v/:number/files/:file',
  'GET /p/:slug/you-said-we-did',
  'GET /p/:slug/you-said-we-did/:section',
  'GET /assets/document/:file',
  'GET /assets/document/accent/:file',
];

describe('route table', () => {
  it('has a reviewed list of public API routes, each with a reason', () => {
    const reviewed = (url: string) => url.startsWith('/api') || url === '/healthz' || /^\/(s|r|p|c)\/|^\/assets\/(nhsuk|images|respond|document)\//.test(url);
    const publicRoutes = t.routes.filter((r) => r.access.kind === 'public' && reviewed(r.url));
    expect(publicRoutes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([...PUBLIC_ROUTES].sort());
    for (const route of publicRoutes) expect(route.access.kind === 'public' && route.access.why.length).toBeGreaterThan(10);
  });

  it('covers a meaningful number of routes', () => {
    expect(t.routes.filter((r) => r.url.startsWith('/api')).length).toBeGreaterThan(20);
  });

  it('refuses anonymous callers with 401 on every non-public route', async () => {
    const failures: string[] = [];
    for (const route of t.routes.filter((r) => r.access.kind !== 'public')) {
      const response = await t.app.inject({ method: route.method as 'GET', url: fill(route.url), ...(route.method === 'GET' ? {} : { payload: {} }) });
      if (response.statusCode !== 401) failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a member of another organisation with 403 or 404 on every organisation route', async () => {
    const failures: string[] = [];
    const memberRoutes = t.routes.filter((r) => r.access.kind === 'member');
    expect(memberRoutes.length).toBeGreaterThan(15);
    for (const route of memberRoutes) {
      const response = await outsider.admin.request(route.method as 'GET', fill(route.url), route.method === 'GET' ? undefined : {});
      if (![403, 404].includes(response.statusCode)) failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('gives signed-in-only routes no record parameters, so they can act only on the caller', () => {
    for (const route of t.routes.filter((r) => r.access.kind === 'user')) expect(route.url).not.toContain(':');
  });
});
