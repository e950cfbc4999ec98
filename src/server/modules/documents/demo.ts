import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/http/access.js';
import type { AppContext } from '../../platform/module.js';
import { addFreeSection } from './commands/free-sections.js';
import { freezeVersion } from './commands/freeze-version.js';
import { publishVersion } from './commands/publish-version.js';
import { updateDocument } from './commands/update-document.js';
import { seedConsultationDemo } from './consultation/demo.js';
import { assertPublishable } from './publish-gate.js';
import { decideSignOff } from './signoff/commands/decide-sign-off.js';
import { submitForSignOff } from './signoff/commands/submit-for-sign-off.js';
import { documentVersions } from './tables.js';

const FOREWORD_DRAFT =
  'This strategy was written with the people who work here. Over eight months we heard from staff in every division, in a survey, in workshops on the wards and in interviews with our senior leaders.\n\n' +
  'It says what gets in the way of caring for patients today, and what we will do about it first.';
const FOREWORD_AGREED =
  'This strategy was written with the people who work here. Over eight months we heard from staff in every division, in a survey, in workshops on the wards and in interviews with our senior leaders.\n\n' +
  'When we shared the draft, staff told us it did not say clearly enough **when** things would change, or how they would hear about it. ' +
  'So every priority now has its initiatives and dates beside it, and we will publish what we have done, and what we have not, every quarter on our [you said, we did](https://northbridge.example/you-said-we-did) page.\n\n' +
  '*Priya Raman, Chief Digital Information Officer, and Dr Sam Whitfield, Medical Director*';
const KEEP_LISTENING =
  'We will not stop listening now the strategy is written:\n\n' +
  '- a pulse survey every six months, with results shared within a month\n' +
  '- a digital clinic on each site every quarter, in the day and at night\n' +
  '- the staff partnership reviewed each year with the staff side';

/**
 * The demo trust's strategy document: a first version frozen for staff to comment on, with its
 * consultation answered, replied to and closed; a second after their comments (a clearer
 * foreword), signed off by the Medical Director and the Chief Nurse, and published at its public
 * address. Through the real commands, so the audit trail,
 * the downloads and their fingerprints are what a real trust would have. Nothing is added twice.
 */
export async function seedDocumentDemo(ctx: AppContext, strategyId: string, people: { team: Actor; approvers: Actor[] }): Promise<void> {
  const [existing] = await ctx.db.select({ id: documentVersions.id }).from(documentVersions).where(eq(documentVersions.strategyId, strategyId)).limit(1);
  if (existing) return;
  const { team, approvers } = people;
  await updateDocument(ctx, team, strategyId, { title: 'Digital strategy 2026 to 2029', foreword: FOREWORD_DRAFT });
  await addFreeSection(ctx, team, strategyId, { title: 'How we will keep listening', body: KEEP_LISTENING });
  const first = await freezeVersion(ctx, team, strategyId, { changeNote: 'Draft for staff to comment on' }, ctx.config.publicUrl);
  // Staff said the foreword did not say when things would change: version 2's foreword does.
  await seedConsultationDemo(ctx, team, first.id);
  await updateDocument(ctx, team, strategyId, { foreword: FOREWORD_AGREED });
  const second = await freezeVersion(ctx, team, strategyId, { changeNote: 'After the staff consultation: the foreword says when things change and how staff will hear' }, ctx.config.publicUrl);
  await submitForSignOff(ctx, team, second.id, { approverIds: approvers.map((a) => a.user.id), message: 'Version 2, after the staff consultation. Please approve it for publication.' });
  for (const approver of approvers) await decideSignOff(ctx, approver, second.id, { decision: 'approved', comment: '' });
  await publishVersion(ctx, team, second.id, assertPublishable);
}
