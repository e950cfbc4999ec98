import type { AppContext, ChorusModule } from '../../platform/module.js';
import { accountRoutes } from './routes.js';
import { resolveAndRenewSession, setSessionCookie, startSession } from './sessions.js';

export { users, sessions, passwordResets } from './tables.js';
export { createUser, assertEmailIsFree } from './commands/create-user.js';
export { signIn } from './commands/sign-in.js';
export { startSession, setSessionCookie, resolveAndRenewSession };

export const accountsModule: ChorusModule = {
  name: 'accounts',
  routes: (app, ctx: AppContext) => accountRoutes(app, ctx),
};
