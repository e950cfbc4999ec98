import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { QuestionDefinition } from '../../../shared/contracts/survey-definition.js';
import type { EstateDisagreements, SurveyStaffVoice, SystemStaffVoice } from '../../../shared/contracts/staff-voice.js';
import { NOT_STATED } from '../../../shared/contracts/results.js';
import { DEFAULT_DISAGREEMENT_THRESHOLD, disagreement, MIN_RATINGS_TO_COMPARE } from '../../../shared/staff-voice.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { systems } from '../estate/tables.js';
import { organisations } from '../organisations/index.js';
import { loadProfileChoices } from '../workforce/index.js';
import { buildQuestionCubes, buildRespondentsCube } from '../results/index.js';
import { surveyQuestions, surveys } from '../surveys/index.js';
import { staffGroupSegment, supportBreakdown, wholeOrganisation } from './breakdown.js';

/**
 * Reads staff voice from every survey of the organisation (drafts have no answers) with a
 * systems question. Every count comes from the results module's suppressed cubes, whose
 * margins are the respondents published on the coverage page.
 */

interface SystemsQuestion {
  surveyId: string;
  title: string;
  status: string;
  question: QuestionDefinition;
}

async function systemsQuestions(db: Db, organisationId: string, systemId?: string): Promise<SystemsQuestion[]> {
  const rows = await db
    .select({ surveyId: surveys.id, title: surveys.title, status: surveys.status, question: surveyQuestions })
    .from(surveyQuestions)
    .innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
    .where(
      and(
        eq(surveys.organisationId, organisationId),
        ne(surveys.status, 'draft'),
        eq(surveyQuestions.type, 'systems'),
        systemId ? sql`${surveyQuestions.options} @> ${JSON.stringify([{ key: systemId }])}::jsonb` : undefined,
      ),
    )
    .orderBy(desc(surveys.createdAt), surveyQuestions.position);
  return rows.map((r) => ({
    surveyId: r.surveyId,
    title: r.title,
    status: r.status,
    question: { ...r.question, help: r.question.help ?? '', showIf: r.question.showIf ?? null } as QuestionDefinition,
  }));
}

async function minGroupSize(db: Db, organisationId: string): Promise<number> {
  const [row] = await db.select({ minGroupSize: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, organisationId));
  return row!.minGroupSize;
}

/** Each survey's distributions for the systems it asks about, keyed by system id. */
async function distributionsOf(db: Db, organisationId: string, asked: SystemsQuestion[]) {
  const [profile, k] = await Promise.all([loadProfileChoices(db, organisationId), minGroupSize(db, organisationId)]);
  const cubesBySurvey = new Map<string, Awaited<ReturnType<typeof buildRespondentsCube>>>();
  const out = [];
  for (const item of asked) {
    let cubes = cubesBySurvey.get(item.surveyId);
    if (!cubes) {
      cubes = await buildRespondentsCube(db, item.surveyId, profile, k);
      cubesBySurvey.set(item.surveyId, cubes);
    }
    const distributions = await buildQuestionCubes(db, item.surveyId, item.question, profile, cubes);
    out.push({ ...item, cubes, distributions });
  }
  return { profile, threshold: out[0]?.cubes.threshold ?? Math.max(5, k), out };
}

export async function systemStaffVoice(db: Db, organisationId: string, systemId: string): Promise<SystemStaffVoice> {
  const [system] = await db
    .select({ id: systems.id, name: systems.name, functionalFit: systems.functionalFit, technicalFit: systems.technicalFit })
    .from(systems)
    .where(and(eq(systems.id, systemId), eq(systems.organisationId, organisationId)));
  if (!system) throw notFound('The system');
  const { profile, threshold, out } = await distributionsOf(db, organisationId, await systemsQuestions(db, organisationId, systemId));
  const groupLabels = new Map([...profile.staff_group.map((g): [string, string] => [g.key, g.label]), [NOT_STATED, 'Not stated']]);
  const result: SurveyStaffVoice[] = [];
  for (const item of out) {
    const distribution = item.distributions.find((d) => d.key === systemId);
    if (!distribution) continue;
    const total = supportBreakdown(distribution.cube, wholeOrganisation());
    const respondents = item.cubes.respondents.get(wholeOrganisation());
    result.push({
      surveyId: item.surveyId,
      title: item.title,
      status: item.status,
      respondents: { value: respondents.suppressed ? null : respondents.value, suppressed: respondents.suppressed },
      total,
      byStaffGroup: item.cubes.segments[0]!.values.map((group) => ({
        staffGroupId: group,
        label: groupLabels.get(group) ?? 'Not stated',
        ...supportBreakdown(distribution.cube, staffGroupSegment(group)),
      })),
      disagreement: disagreement(total.mean, total.rated.value ?? 0, system.functionalFit, system.technicalFit),
    });
  }
  return { system, threshold, minRatingsToCompare: MIN_RATINGS_TO_COMPARE, surveys: result };
}

/**
 * Live systems where staff and the architects disagree, from whole-organisation totals only
 * (never a staff group). Where several surveys asked about a system, the newest survey whose
 * mean is shown and rests on enough ratings speaks for it.
 */
export async function estateDisagreements(db: Db, organisationId: string): Promise<EstateDisagreements> {
  const live = await db
    .select({ id: systems.id, name: systems.name, functionalFit: systems.functionalFit, technicalFit: systems.technicalFit })
    .from(systems)
    .where(and(eq(systems.organisationId, organisationId), isNull(systems.retiredAt)))
    .orderBy(systems.name);
  const { out } = await distributionsOf(db, organisationId, await systemsQuestions(db, organisationId));
  const found: EstateDisagreements['systems'] = [];
  for (const system of live) {
    for (const item of out) {
      const distribution = item.distributions.find((d) => d.key === system.id);
      if (!distribution) continue;
      const total = supportBreakdown(distribution.cube, wholeOrganisation());
      if (total.mean === null || total.rated.value === null || total.rated.value < MIN_RATINGS_TO_COMPARE) continue;
      const verdict = disagreement(total.mean, total.rated.value, system.functionalFit, system.technicalFit);
      if (verdict.disagrees) {
        found.push({ systemId: system.id, name: system.name, functionalFit: system.functionalFit, technicalFit: system.technicalFit, surveyId: item.surveyId, surveyTitle: item.title, rated: total.rated.value, staffMean: total.mean, disagreement: verdict });
      }
      break;
    }
  }
  return { threshold: DEFAULT_DISAGREEMENT_THRESHOLD, minRatingsToCompare: MIN_RATINGS_TO_COMPARE, systems: found };
}
