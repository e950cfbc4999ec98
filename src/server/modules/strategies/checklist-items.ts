import { and, count, eq, inArray, isNull, gt } from 'drizzle-orm';
import { invitations, memberships } from '../organisations/index.js';
import { registerChecklistItem } from './checklist.js';

// The foundation's own checklist items. Each later module registers its items the same way.

registerChecklistItem({
  phase: 'discover',
  id: 'team-in-place',
  label: 'Strategy team in place',
  hint: 'Invite the people who will run the strategy work with the role "Strategy team".',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.organisationId, strategy.organisationId), eq(memberships.role, 'strategy_team')));
    return (row?.n ?? 0) > 0;
  },
});

registerChecklistItem({
  phase: 'discover',
  id: 'leaders-invited',
  label: 'Senior leaders invited',
  hint: 'Invite the executives and senior leaders you will interview, with the role "Senior leader".',
  async isDone(db, strategy) {
    const [members] = await db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.organisationId, strategy.organisationId), eq(memberships.role, 'leader')));
    if ((members?.n ?? 0) > 0) return true;
    const [pending] = await db
      .select({ n: count() })
      .from(invitations)
      .where(and(
        eq(invitations.organisationId, strategy.organisationId),
        inArray(invitations.role, ['leader']),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ));
    return (pending?.n ?? 0) > 0;
  },
});
