import { z } from 'zod';
import { ZMe, ZSignUp, ZSwitchOrganisation } from '../../../shared/contracts/accounts.js';
import { ZId, ZOk, ZOrgParams } from '../../../shared/contracts/common.js';
import {
  ZAcceptInvitation,
  ZChangeRole,
  ZCreateOrganisation,
  ZInvitation,
  ZInvitationPreview,
  ZInvite,
  ZMember,
  ZOrganisation,
  ZTokenParams,
  ZUpdateOrganisation,
} from '../../../shared/contracts/organisations.js';
import { actorOf, userOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { setSessionCookie } from '../accounts/index.js';
import { acceptInvitation, findOpenInvitation } from './commands/accept-invitation.js';
import { changeMemberRole } from './commands/change-member-role.js';
import { createOrganisation } from './commands/create-organisation.js';
import { inviteMember } from './commands/invite-member.js';
import { removeMember } from './commands/remove-member.js';
import { revokeInvitation } from './commands/revoke-invitation.js';
import { signUp } from './commands/sign-up.js';
import { switchOrganisation } from './commands/switch-organisation.js';
import { updateOrganisation } from './commands/update-organisation.js';
import { describeMe, listInvitations, listMembers, loadOrganisation } from './queries.js';

const ZMemberParams = z.object({ orgId: ZId, membershipId: ZId });
const ZInvitationParams = z.object({ orgId: ZId, invitationId: ZId });
const tags = ['organisations'];
const ok = { ok: true as const };

export function organisationRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/auth/sign-up', {
    schema: { tags, body: ZSignUp, response: { 201: z.object({ organisationId: ZId }) } },
    config: {
      access: { kind: 'public', why: 'sign-up creates a new organisation and its first admin' },
      rateLimit: { hook: 'preHandler', max: 10, timeWindow: '1 hour', keyGenerator: (req) => `sign-up:${String((req.body as { email?: string })?.email)}` },
    },
  }, async (req, reply) => {
    const { token, organisationId } = await signUp(ctx, req.body);
    setSessionCookie(ctx, reply, token);
    return reply.code(201).send({ organisationId });
  });

  app.get('/api/v1/me', {
    schema: { tags, response: { 200: ZMe } },
    config: { access: { kind: 'user' } },
  }, async (req) => describeMe(ctx.db, userOf(req)));

  app.put('/api/v1/me/organisation', {
    schema: { tags, body: ZSwitchOrganisation, response: { 200: ZOk } },
    config: { access: { kind: 'user' } },
  }, async (req) => {
    await switchOrganisation(ctx, userOf(req), req.body.organisationId);
    return ok;
  });

  app.post('/api/v1/orgs', {
    schema: { tags, body: ZCreateOrganisation, response: { 201: z.object({ organisationId: ZId }) } },
    config: { access: { kind: 'user' } },
  }, async (req, reply) => {
    const organisation = await createOrganisation(ctx, userOf(req), req.body);
    return reply.code(201).send({ organisationId: organisation.id });
  });

  app.get('/api/v1/orgs/:orgId', {
    schema: { tags, params: ZOrgParams, response: { 200: ZOrganisation } },
    config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'organisation' } },
  }, async (req) => loadOrganisation(ctx.db, actorOf(req)));

  app.patch('/api/v1/orgs/:orgId', {
    schema: { tags, params: ZOrgParams, body: ZUpdateOrganisation, response: { 200: ZOrganisation } },
    config: { access: { kind: 'member', via: 'orgId', action: 'update', subject: 'organisation' } },
  }, async (req) => {
    await updateOrganisation(ctx, actorOf(req), req.body);
    return loadOrganisation(ctx.db, actorOf(req));
  });

  app.get('/api/v1/orgs/:orgId/members', {
    schema: { tags, params: ZOrgParams, response: { 200: z.object({ members: z.array(ZMember) }) } },
    config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'member' } },
  }, async (req) => ({ members: await listMembers(ctx.db, actorOf(req)) }));

  app.patch('/api/v1/orgs/:orgId/members/:membershipId', {
    schema: { tags, params: ZMemberParams, body: ZChangeRole, response: { 200: ZOk } },
    config: { access: { kind: 'member', via: 'orgId', action: 'update', subject: 'member' } },
  }, async (req) => {
    await changeMemberRole(ctx, actorOf(req), req.params.membershipId, req.body.role);
    return ok;
  });

  app.delete('/api/v1/orgs/:orgId/members/:membershipId', {
    schema: { tags, params: ZMemberParams, response: { 200: ZOk } },
    config: { access: { kind: 'member', via: 'orgId', action: 'delete', subject: 'member' } },
  }, async (req) => {
    await removeMember(ctx, actorOf(req), req.params.membershipId);
    return ok;
  });

  app.get('/api/v1/orgs/:orgId/invitations', {
    schema: { tags, params: ZOrgParams, response: { 200: z.object({ invitations: z.array(ZInvitation) }) } },
    config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'invitation' } },
  }, async (req) => ({ invitations: await listInvitations(ctx.db, actorOf(req)) }));

  app.post('/api/v1/orgs/:orgId/invitations', {
    schema: { tags, params: ZOrgParams, body: ZInvite, response: { 201: z.object({ id: ZId }) } },
    config: { access: { kind: 'member', via: 'orgId', action: 'create', subject: 'invitation' } },
  }, async (req, reply) => {
    const { invitation } = await inviteMember(ctx, actorOf(req), req.body);
    return reply.code(201).send({ id: invitation.id });
  });

  app.delete('/api/v1/orgs/:orgId/invitations/:invitationId', {
    schema: { tags, params: ZInvitationParams, response: { 200: ZOk } },
    config: { access: { kind: 'member', via: 'orgId', action: 'delete', subject: 'invitation' } },
  }, async (req) => {
    await revokeInvitation(ctx, actorOf(req), req.params.invitationId);
    return ok;
  });

  app.get('/api/v1/invitations/:token', {
    schema: { tags, params: ZTokenParams, response: { 200: ZInvitationPreview } },
    config: { access: { kind: 'public', why: 'the single-use emailed token is the credential; it shows only the invitation itself' } },
  }, async (req) => {
    const found = await findOpenInvitation(ctx.db, req.params.token);
    return {
      organisationName: found.organisationName,
      email: found.invitation.email,
      role: found.invitation.role,
      accountExists: found.accountExists,
    };
  });

  app.post('/api/v1/invitations/:token/accept', {
    schema: { tags, params: ZTokenParams, body: ZAcceptInvitation, response: { 200: z.object({ organisationId: ZId }) } },
    config: { access: { kind: 'public', why: 'the single-use emailed token is the credential; a new person has no account yet' } },
  }, async (req, reply) => {
    const result = await acceptInvitation(ctx, req.user, { token: req.params.token, ...req.body });
    if (result.sessionToken) setSessionCookie(ctx, reply, result.sessionToken);
    return { organisationId: result.organisationId };
  });
}
