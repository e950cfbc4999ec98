import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import type { AppContext } from '../../../platform/module.js';
import { users } from '../../accounts/index.js';
import { memberships } from '../../organisations/index.js';

/** The executive: members who may be named as approvers. */
export const APPROVER_ROLES = ['leader', 'admin'] as const;

/** The organisation's senior leaders and admins, by name. */
export async function eligibleApprovers(db: Db, organisationId: string, only?: string[]) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.role, [...APPROVER_ROLES]), ...(only ? [inArray(users.id, only)] : [])))
    .orderBy(asc(users.name));
}

/** Where an approver reads the version and decides: the version's page in the workspace. */
export function versionLink(ctx: AppContext, version: { organisationId: string; strategyId: string; id: string }): string {
  return `${ctx.config.publicUrl.replace(/\/$/, '')}/orgs/${version.organisationId}/document-versions/${version.id}`;
}

interface Ask {
  to: { email: string; name: string };
  version: { organisationId: string; strategyId: string; id: string; number: number };
  strategyName: string;
  submittedBy: string;
  message: string;
  reminder: boolean;
}

/** The email asking an approver to decide: the first at submission, or a reminder. */
export async function queueApprovalRequest(tx: Db, ctx: AppContext, ask: Ask): Promise<void> {
  const { to, version } = ask;
  const opening = ask.reminder
    ? `A reminder: ${ask.submittedBy} asked you to sign off version ${version.number} of ${ask.strategyName}, and you have not decided yet.`
    : `${ask.submittedBy} asks you to sign off version ${version.number} of ${ask.strategyName}.`;
  const note = ask.message ? `\n\nTheir message:\n${ask.message}` : '';
  await ctx.mailer.queue(tx, {
    to: to.email,
    organisationId: version.organisationId,
    subject: `${ask.reminder ? 'Reminder: please' : 'Please'} sign off version ${version.number} of ${ask.strategyName}`,
    text:
      `Hello ${to.name},\n\n${opening}${note}\n\n` +
      `Read the version, then approve it or ask for changes with a comment, here:\n${versionLink(ctx, version)}\n\n` +
      `The version is locked while it is with the approvers, so what you read is what you sign off.\n`,
  });
}

/** Tells whoever submitted the version how the round ended: signed off, or changes asked for (with the comment). */
export async function queueOutcome(tx: Db, ctx: AppContext, outcome: { to: { email: string; name: string }; version: Ask['version']; strategyName: string; decidedBy: string; comment: string; signedOff: boolean }) {
  const { version } = outcome;
  const what = outcome.signedOff
    ? `Every approver has approved version ${version.number} of ${outcome.strategyName}, so it is signed off. The record keeps the fingerprint (SHA-256) of each download, so anyone can check a copy against it.`
    : `${outcome.decidedBy} asked for changes to version ${version.number} of ${outcome.strategyName}:\n\n${outcome.comment}\n\nMake the changes, freeze a new version and submit that for sign-off.`;
  await ctx.mailer.queue(tx, {
    to: outcome.to.email,
    organisationId: version.organisationId,
    subject: outcome.signedOff ? `Version ${version.number} of ${outcome.strategyName} is signed off` : `Changes asked for to version ${version.number} of ${outcome.strategyName}`,
    text: `Hello ${outcome.to.name},\n\n${what}\n\n${versionLink(ctx, version)}\n`,
  });
}
