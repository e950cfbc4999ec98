import { forbidden } from './errors.js';

/**
 * Authorization rules read as sentences: `allow(['admin'], ['update'], 'member')`.
 * Modules add their rules when their index is imported; the rule table is the single
 * place to read who may do what, and the API reports `can` flags computed from it.
 */
export type Role = 'admin' | 'strategy_team' | 'leader' | 'staff';
export type Action = 'read' | 'create' | 'update' | 'delete' | 'manage';

const rules = new Map<string, Set<Role>>();
const key = (action: Action, subject: string) => `${action}:${subject}`;

export function allow(roles: Role[], actions: Action[], subject: string): void {
  for (const action of actions) {
    const allowed = rules.get(key(action, subject)) ?? new Set<Role>();
    for (const role of roles) allowed.add(role);
    rules.set(key(action, subject), allowed);
  }
}

export function can(role: Role, action: Action, subject: string): boolean {
  return rules.get(key(action, subject))?.has(role) ?? false;
}

export function authorize(role: Role, action: Action, subject: string): void {
  if (!can(role, action, subject)) {
    throw forbidden(`Your role (${role.replace('_', ' ')}) may not ${action} ${subject.replace('_', ' ')}s.`);
  }
}

/** Every rule, for documentation and the route-table test. */
export function listRules(): { action: string; subject: string; roles: Role[] }[] {
  return [...rules].map(([k, roles]) => {
    const [action = '', subject = ''] = k.split(':');
    return { action, subject, roles: [...roles] };
  });
}

export const EVERY_ROLE: Role[] = ['admin', 'strategy_team', 'leader', 'staff'];
