import type { AuditActor } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';

export const auditActor = (actor: Actor): AuditActor => ({ userId: actor.user.id, name: actor.user.name });
