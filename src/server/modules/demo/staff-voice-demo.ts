import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { AnswerValue } from '../../../shared/contracts/survey-definition.js';
import { SYSTEMS_QUESTION_TITLE } from '../../../shared/survey-builder.js';
import type { Db } from '../../platform/db/client.js';
import { systems } from '../estate/tables.js';
import { surveyQuestions } from '../surveys/index.js';

/**
 * The demo survey's systems question: about a dozen of the demo estate's systems, found by
 * name (the estate is seeded first), with answers that mostly agree with the architects' fit
 * and two that do not — nurse e-rostering (fit 3, staff find it poor) and incident reporting
 * (fit 2, staff find it fine) — so the register's highlight and the system pages have
 * something to show. Without the demo estate nothing is added.
 */
const DEMO_SYSTEMS: { name: string; lean: number; clinical: number; office: number }[] = [
  { name: 'Electronic Patient Record', lean: 3, clinical: 0.9, office: 0.5 },
  { name: 'Legacy Patient Administration System', lean: 1.7, clinical: 0.3, office: 0.6 },
  { name: 'Chemotherapy e-prescribing', lean: 4.2, clinical: 0.35, office: 0 },
  { name: 'PACS', lean: 4, clinical: 0.4, office: 0 },
  { name: 'Electronic observations', lean: 3.4, clinical: 0.5, office: 0 },
  { name: 'Digital dictation', lean: 2, clinical: 0.3, office: 0.5 },
  { name: 'Nurse e-rostering', lean: 1.6, clinical: 0.6, office: 0.1 },
  { name: 'Electronic Staff Record', lean: 2.8, clinical: 0.7, office: 0.8 },
  { name: 'Learning management system', lean: 2.4, clinical: 0.7, office: 0.7 },
  { name: 'Microsoft 365', lean: 4, clinical: 0.8, office: 0.95 },
  { name: 'Staff intranet', lean: 1.8, clinical: 0.6, office: 0.7 },
  { name: 'Incident reporting', lean: 4, clinical: 0.5, office: 0.3 },
];

/** Its own seeded sequence, so adding this question does not change the rest of the demo answers. */
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

export interface DemoSystemsQuestion {
  questionId: string;
  /** One respondent's answer: the systems they use, each rated 1–5. */
  answer(clinical: boolean): AnswerValue | undefined;
}

/** Adds the systems question at the end of `sectionId`, or returns null when the demo estate is missing. */
export async function addDemoSystemsQuestion(tx: Db, context: { organisationId: string; surveyId: string; sectionId: string }): Promise<DemoSystemsQuestion | null> {
  const found = await tx
    .select({ id: systems.id, name: systems.name })
    .from(systems)
    .where(and(eq(systems.organisationId, context.organisationId), isNull(systems.retiredAt), inArray(systems.name, DEMO_SYSTEMS.map((s) => s.name))));
  const chosen = DEMO_SYSTEMS.flatMap((s) => {
    const row = found.find((f) => f.name === s.name);
    return row ? [{ ...s, id: row.id }] : [];
  });
  if (chosen.length < 5) return null;
  const [last] = await tx.select({ position: max(surveyQuestions.position) }).from(surveyQuestions).where(eq(surveyQuestions.sectionId, context.sectionId));
  const [question] = await tx
    .insert(surveyQuestions)
    .values({
      surveyId: context.surveyId,
      sectionId: context.sectionId,
      position: (last?.position ?? -1) + 1,
      type: 'systems',
      title: SYSTEMS_QUESTION_TITLE,
      help: 'Tick the systems you use in your work, and say how well each supports it, from 1 (very poorly) to 5 (very well).',
      required: false,
      options: chosen.map((s) => ({ key: s.id, label: s.name })),
      rows: [],
      dimension: null,
      showIf: null,
    })
    .returning({ id: surveyQuestions.id });
  const rnd = random(20260902);
  return {
    questionId: question!.id,
    answer(clinical) {
      const levels: Record<string, number> = {};
      for (const s of chosen) {
        if (rnd() >= (clinical ? s.clinical : s.office)) continue;
        levels[s.id] = Math.max(1, Math.min(5, Math.round(s.lean + (rnd() - 0.5) * 3)));
      }
      return Object.keys(levels).length > 0 ? levels : undefined;
    },
  };
}
