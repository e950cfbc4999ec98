import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { organisationRoutes } from './routes.js';

export { organisations, memberships, invitations } from './tables.js';
export { findMembership } from './queries.js';
export { inviteMember } from './commands/invite-member.js';
export { acceptInvitation } from './commands/accept-invitation.js';
export { signUp } from './commands/sign-up.js';

export const organisationsModule: ChorusModule = {
  name: 'organisations',
  routes: organisationRoutes,
};
