import { and, eq } from 'drizzle-orm';
import type { SegmentDimension } from '../../../shared/contracts/results.js';
import { NOT_STATED } from '../../../shared/contracts/results.js';
import type { ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { organisations } from '../organisations/index.js';
import { loadProfileChoices } from '../workforce/index.js';
import { loadSurveyDefinition, surveys } from '../surveys/index.js';
import { recordedGroups } from './coverage.js';
import { buildRespondentsCube } from './cubes.js';

/** Everything a results page needs, loaded once per request and scoped to the actor's organisation. */
export async function loadResultsContext(db: Db, actor: Actor, surveyId: string) {
  const [survey] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.member.organisationId)));
  if (!survey) throw notFound('The survey');
  const [organisation] = await db.select({ minGroupSize: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, survey.organisationId));
  const [definition, profile] = await Promise.all([loadSurveyDefinition(db, survey.id), loadProfileChoices(db, survey.organisationId)]);
  const cubes = { ...(await buildRespondentsCube(db, survey.id, profile, organisation!.minGroupSize)), recorded: recordedGroups(definition) };
  return { survey, definition, profile, cubes, segmentLabels: segmentLabels(profile) };
}

export function segmentLabels(profile: ProfileChoices): Record<SegmentDimension, Map<string, string>> {
  const labels = (dimension: SegmentDimension) =>
    new Map([...profile[dimension].map((c): [string, string] => [c.key, c.label]), [NOT_STATED, 'Not stated']]);
  return { staff_group: labels('staff_group'), division: labels('division'), site: labels('site') };
}
