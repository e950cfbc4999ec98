import type { EvidenceDetail } from '../../../shared/contracts/evidence.js';
import { EVIDENCE_SOURCE_LABELS } from '../../../shared/contracts/evidence.js';
import { writeAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/module.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { evidenceScope } from './queries.js';
import { isQuotable, loadItemRows, toQuotes, type ItemRow } from './quotes.js';

function contextOf(row: ItemRow): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [{ label: 'Kind', value: EVIDENCE_SOURCE_LABELS[row.item.source] }];
  if (row.surveyTitle) lines.push({ label: 'Survey', value: row.surveyTitle });
  if (row.questionTitle) lines.push({ label: 'Question', value: row.questionTitle });
  if (row.systemName) lines.push({ label: 'System', value: row.systemName });
  if (row.interviewRole) {
    // The role, never the interviewee's name: no consent to be named is recorded.
    lines.push({ label: 'Interview with', value: `The ${row.interviewRole}` });
    if (row.interviewHeldOn) lines.push({ label: 'Interview held on', value: row.interviewHeldOn });
  }
  if (row.workshopTitle) lines.push({ label: 'Workshop', value: row.workshopTitle });
  if (row.columnTitle) lines.push({ label: 'Workshop column', value: row.columnTitle });
  return lines;
}

/**
 * One item with where it came from. The unmasked text is given only when asked for, and the
 * asking is audited in the same transaction: seeing what personal information was hidden is
 * itself something the trust must be able to account for.
 */
export async function evidenceDetail(ctx: AppContext, actor: Actor, evidenceId: string, original: boolean): Promise<EvidenceDetail> {
  const scope = await evidenceScope(ctx.db, actor.member.organisationId, evidenceId);
  if (!scope) throw notFound('The evidence item');
  const [row] = await loadItemRows(ctx.db, scope, [evidenceId]);
  if (!row) throw notFound('The evidence item');
  const [quote] = await toQuotes(ctx.db, scope, [row]);
  if (original) {
    await ctx.db.transaction(async (tx) => {
      await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
        organisationId: scope.organisationId,
        action: 'evidence.original_viewed',
        subjectType: 'evidence_item',
        subjectId: evidenceId,
      });
    });
  }
  return {
    ...quote!,
    strategyId: scope.strategyId,
    context: contextOf(row),
    original: original ? row.item.text : null,
    masked: row.masked !== row.item.text,
    quotable: isQuotable(row),
  };
}
