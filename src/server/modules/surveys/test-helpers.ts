import type { BuilderQuestion, SurveyBuilder } from '../../../shared/contracts/surveys.js';
import type { Session, SignedUpOrg } from '../../testing/harness.js';

/** Test helpers for the survey builder: a strategy, a survey, and the builder's view of it. */
export async function newStrategy(org: SignedUpOrg): Promise<string> {
  const response = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Digital Strategy', startYear: 2026, endYear: 2029 });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id;
}

export async function newSurvey(session: Session, strategyId: string, template: 'blank' | 'digital_experience' = 'blank', title = 'Staff survey'): Promise<string> {
  const response = await session.post(`/api/v1/strategies/${strategyId}/surveys`, { title, template });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id;
}

export async function builder(session: Session, surveyId: string): Promise<SurveyBuilder> {
  const response = await session.get(`/api/v1/surveys/${surveyId}`);
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json();
}

export async function addQuestion(session: Session, surveyId: string, body: Record<string, unknown>): Promise<BuilderQuestion> {
  const response = await session.post(`/api/v1/surveys/${surveyId}/questions`, body);
  if (response.statusCode !== 201) throw new Error(response.body);
  const result = response.json();
  return result.questions.find((q: BuilderQuestion) => q.id === result.changedId);
}

/** Titles by section, to assert the order respondents would meet. */
export const layout = (b: SurveyBuilder) =>
  b.sections.map((s) => [s.title, b.questions.filter((q) => q.sectionId === s.id).map((q) => q.title)]);
