import type { AuditActor } from './audit.js';
import type { Actor } from './http/access.js';

/** The signed-in person, as the audit trail names them. */
export const auditActor = (actor: Actor): AuditActor => ({ userId: actor.user.id, name: actor.user.name });

/** Changes Chorus makes by itself (default staff groups, built-in frameworks) are nobody's doing. */
export const CHORUS: AuditActor = { userId: null, name: 'Chorus' };
