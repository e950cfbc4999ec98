import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import type { Db } from '../../platform/db/client.js';
import { recordResponse } from '../responses/index.js';
import { digitalExperienceTemplate, insertTemplate, loadSurveyDefinition, surveys } from '../surveys/index.js';
import { headcounts, orgUnits, staffGroups } from '../workforce/index.js';
import { commentWriter, type CommentQuestion } from './survey-comments.js';
import { addDemoSystemsQuestion } from './staff-voice-demo.js';

/** A small, seeded random generator, so the demo is the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How likely each staff group was to answer. Estates and ancillary staff and students were
 * hardly reached (they will be hidden or "never heard from"), and doctors answered less than
 * nurses and radiographers: the picture a real first survey often gives.
 */
const RESPONSE_RATE: Record<string, number> = {
  'Add Prof Scientific and Technic': 0.3,
  'Additional Clinical Services': 0.16,
  'Administrative and Clerical': 0.26,
  'Allied Health Professionals': 0.34,
  'Estates and Ancillary': 0.02,
  'Healthcare Scientists': 0.22,
  'Medical and Dental': 0.12,
  'Nursing and Midwifery Registered': 0.3,
  Students: 0,
};

const CLINICAL_TOOLS = ['epr', 'e-prescribing', 'results', 'e-rostering', 'microsoft-365', 'e-learning', 'esr'];
const OFFICE_TOOLS = ['microsoft-365', 'esr', 'intranet', 'e-learning', 'e-rostering'];
const PRIORITIES = ['reliable', 'single-sign-on', 'joined-up', 'devices', 'less-paper', 'training'];

export interface DemoSurveyResult {
  surveyId: string;
  responses: number;
}

/** The demo trust's finished staff survey: the Digital experience template, closed, with several hundred responses. */
export async function seedDemoSurvey(tx: Db, context: { organisationId: string; strategyId: string }): Promise<DemoSurveyResult> {
  const { organisationId, strategyId } = context;
  const [existing] = await tx.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.strategyId, strategyId), eq(surveys.source, 'chorus')));
  if (existing) return { surveyId: existing.id, responses: 0 };
  const [survey] = await tx
    .insert(surveys)
    .values({
      organisationId,
      strategyId,
      title: 'Digital experience of staff 2026',
      intro: digitalExperienceTemplate.intro,
      thankYou: digitalExperienceTemplate.thankYou,
      status: 'closed',
      anonymous: true,
      opensAt: new Date('2026-09-01T08:00:00Z'),
      closesAt: new Date('2026-09-29T17:00:00Z'),
    })
    .returning();
  await insertTemplate(tx, survey!.id, digitalExperienceTemplate);
  const template = await loadSurveyDefinition(tx, survey!.id);
  // Staff voice on the demo estate's systems, beside the tools question (needs the estate seeded first).
  const toolsSection = template.questions.find((x) => x.title.startsWith('Which of these'))!.sectionId;
  const systemsQuestion = await addDemoSystemsQuestion(tx, { organisationId, surveyId: survey!.id, sectionId: toolsSection });
  const definition = systemsQuestion ? await loadSurveyDefinition(tx, survey!.id) : template;
  const byTitle = (start: string) => definition.questions.find((q) => q.title.startsWith(start))!.id;
  const q = {
    group: definition.questions.find((x) => x.dimension === 'staff_group')!.id,
    division: definition.questions.find((x) => x.dimension === 'division')!.id,
    site: definition.questions.find((x) => x.dimension === 'site')!.id,
    tools: byTitle('Which of these do you use'),
    device: byTitle('How do you usually'),
    support: byTitle('How much do you agree'),
    training: byTitle('Have you had the training'),
    trainingWanted: byTitle('What training would help'),
    overall: byTitle('Overall'),
    helps: byTitle('What digital tools or ways'),
    obstacles: byTitle('What gets in the way'),
    priorities: byTitle('Put these improvements'),
    idea: byTitle('If you could change'),
  };
  const groups = await tx.select().from(staffGroups).where(eq(staffGroups.organisationId, organisationId));
  const units = await tx.select().from(orgUnits).where(eq(orgUnits.organisationId, organisationId));
  const sites = units.filter((u) => u.kind === 'site');
  const cells = await tx.select().from(headcounts).where(eq(headcounts.organisationId, organisationId));
  const rnd = random(20260901);
  const write = commentWriter(20261205);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const level = (lean: number) => Math.max(1, Math.min(5, Math.round(lean + (rnd() - 0.5) * 3)));
  let count = 0;
  for (const cell of cells) {
    const group = groups.find((g) => g.id === cell.staffGroupId)!;
    const clinical = !['Administrative and Clerical', 'Estates and Ancillary'].includes(group.name);
    const respondents = Math.round(cell.headcount * (RESPONSE_RATE[group.name] ?? 0.2));
    for (let i = 0; i < respondents; i += 1) {
      const tools = (clinical ? CLINICAL_TOOLS : OFFICE_TOOLS).filter(() => rnd() < 0.6);
      const training = rnd() < 0.4 ? 'yes' : rnd() < 0.65 ? 'partly' : 'no';
      const ranking = [...PRIORITIES].sort((a, b) => PRIORITIES.indexOf(a) + rnd() * 3 - (PRIORITIES.indexOf(b) + rnd() * 3));
      const answers: Answers = {
        // One in twenty prefers not to say, as in real surveys.
        [q.group]: rnd() < 0.05 ? 'prefer_not_to_say' : group.id,
        [q.division]: rnd() < 0.05 ? 'prefer_not_to_say' : cell.divisionId,
        [q.site]: sites.length ? pick(sites).id : 'prefer_not_to_say',
        [q.tools]: tools.length ? tools : ['none'],
        [q.device]: clinical ? pick(['shared', 'shared', 'hard-to-find', 'mobile', 'own-desk']) : pick(['own-desk', 'own-desk', 'shared']),
        [q.support]: {
          'log-in-quickly': level(1.8),
          available: level(3.2),
          'enter-once': level(1.9),
          'find-information': level(2.8),
          wifi: level(clinical ? 2.1 : 3.3),
          'get-help': level(3.6),
        },
        [q.training]: training,
        [q.overall]: Math.max(0, Math.min(10, Math.round(5 + (rnd() - 0.5) * 6 - (clinical ? 0.8 : 0)))),
        [q.priorities]: ranking,
      };
      const systemsAnswer = systemsQuestion?.answer(clinical);
      if (systemsQuestion && systemsAnswer) answers[systemsQuestion.questionId] = systemsAnswer;
      // Each comment still takes one draw of `rnd` (as the fixed lists did), so the rest of the
      // demo's answers stay as they were; the wording comes from its own seeded writer.
      const comment = (question: CommentQuestion) => (rnd(), write(question, clinical));
      if (training !== 'yes' && rnd() < 0.5) answers[q.trainingWanted] = comment('training');
      if (rnd() < 0.4) answers[q.helps] = comment('helps');
      if (rnd() < 0.45) answers[q.obstacles] = comment('obstacles');
      if (rnd() < 0.3) answers[q.idea] = comment('idea');
      await recordResponse(tx, {
        survey: { id: survey!.id, organisationId, anonymous: true },
        definition,
        answers,
        idempotencyKey: randomUUID(),
        invitationId: null,
      });
      count += 1;
    }
  }
  return { surveyId: survey!.id, responses: count };
}
