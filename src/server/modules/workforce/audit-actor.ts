import type { AuditActor } from '../../platform/audit.js';
import type { Actor } from '../../platform/http/access.js';

export const auditActor = (actor: Actor): AuditActor => ({ userId: actor.user.id, name: actor.user.name });

/** Changes Chorus makes by itself (the default staff groups) are not anybody's doing. */
export const CHORUS: AuditActor = { userId: null, name: 'Chorus' };
