import { and, count, eq, isNotNull } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { documentConsultations } from './consultation/tables.js';
import { signOffRounds } from './signoff/tables.js';
import { documentVersions } from './tables.js';

/* Deliver's checklist: the document frozen, put to staff, signed off by the executive and published. */

const versionsWhere = (db: Parameters<Parameters<typeof registerChecklistItem>[0]['isDone']>[0], strategyId: string, extra?: ReturnType<typeof isNotNull>) =>
  db
    .select({ n: count() })
    .from(documentVersions)
    .where(extra ? and(eq(documentVersions.strategyId, strategyId), extra) : eq(documentVersions.strategyId, strategyId));

registerChecklistItem({
  phase: 'deliver',
  id: 'document-frozen',
  label: 'Strategy document frozen as a version',
  hint: 'Compose the document from the plan, write the foreword, and freeze a numbered version with its downloads.',
  async isDone(db, strategy) {
    const [row] = await versionsWhere(db, strategy.id);
    return (row?.n ?? 0) > 0;
  },
});

registerChecklistItem({
  phase: 'deliver',
  id: 'document-consulted',
  label: 'Staff consulted on the document',
  hint: 'Open a consultation on a frozen version, so staff can say section by section whether they support it.',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(documentConsultations)
      .innerJoin(documentVersions, eq(documentVersions.id, documentConsultations.versionId))
      .where(eq(documentVersions.strategyId, strategy.id));
    return (row?.n ?? 0) > 0;
  },
});

registerChecklistItem({
  phase: 'deliver',
  id: 'document-signed-off',
  label: 'A version signed off by the executive',
  hint: 'Submit a frozen version to the executive approvers; it is signed off when every one of them approves.',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(signOffRounds)
      .innerJoin(documentVersions, eq(documentVersions.id, signOffRounds.versionId))
      .where(and(eq(documentVersions.strategyId, strategy.id), eq(signOffRounds.status, 'signed_off')));
    return (row?.n ?? 0) > 0;
  },
});

registerChecklistItem({
  phase: 'deliver',
  id: 'document-published',
  label: 'Strategy published',
  hint: 'Publish the signed-off version at its public address, and share the link and the strategy-on-a-page posters.',
  async isDone(db, strategy) {
    const [row] = await versionsWhere(db, strategy.id, isNotNull(documentVersions.publishedAt));
    return (row?.n ?? 0) > 0;
  },
});
