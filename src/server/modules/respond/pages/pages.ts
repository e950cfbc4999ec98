import { newToken } from '../../../platform/secrets.js';
import type { AnswerProblem } from '../../../../shared/survey-logic.js';
import type { ProfileChoices, SurveyDefinition } from '../../../../shared/contracts/survey-definition.js';
import { formatDateTime } from '../../../../shared/dates.js';
import { parseSimpleMarkdown } from '../../../../shared/simple-markdown.js';
import type { SurveyRow } from '../survey-access.js';
import { ASSET_URLS } from './assets.js';
import { progress as progressOfSection, shownQuestions, visibleSections } from './flow.js';
import { checkRows, questionView } from './question-view.js';
import { render } from './render.js';
import { encodeState, type Progress, type Visit } from './visit.js';

/** Each page of the respondent's journey, rendered from nhsuk-frontend's Nunjucks macros. */

export interface Page {
  status: number;
  html: string;
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

function base(visit: Visit | null, extra: Record<string, unknown>) {
  return {
    assets: ASSET_URLS,
    organisationName: visit?.organisationName ?? '',
    surveyTitle: visit?.survey.title ?? '',
    base: visit?.base ?? '',
    ...extra,
  };
}

const stateOf = (visit: Visit, progress: Progress) => (visit.kind === 'open' ? encodeState(progress) : '');

export function privacyText(survey: SurveyRow, kind: Visit['kind']): string {
  if (survey.anonymous) {
    return kind === 'invite'
      ? 'This survey is anonymous. Your link shows only that you have taken part; once you submit, your answers are stored apart from it, with no way to tell which answers are yours.'
      : 'This survey is anonymous. You do not sign in, and your answers are stored without your name, your email address or the time you sent them.';
  }
  return 'This survey is not anonymous: your answers are kept with your invitation, so the survey team can see they are yours.';
}

export async function messagePage(visit: Visit | null, status: number, title: string, lines: string[]): Promise<Page> {
  return { status, html: await render('respond/message.njk', base(visit, { title, paragraphs: lines })) };
}

// Opening and closing are moments, so they read with their time: "5 December 2027 at 14:05".
const formatDate = formatDateTime;

export const unknownLinkPage = () =>
  messagePage(null, 404, 'Page not found', [
    'This survey link is not recognised. Check it was copied in full, or scan the QR code again.',
    'If you were sent a reminder, use the link in the newest email: each reminder replaces the link before it.',
  ]);

export const notOpenPage = (visit: Visit) =>
  messagePage(visit, 200, 'This survey is not open yet', [
    `"${visit.survey.title}" opens on ${visit.survey.opensAt ? formatDate(visit.survey.opensAt) : 'a date still to be set'}.`,
    'Come back to this link then.',
  ]);

export const closedPage = (visit: Visit) =>
  messagePage(visit, 200, 'This survey has closed', [
    `"${visit.survey.title}" is no longer taking answers${visit.survey.closesAt && visit.survey.closesAt <= new Date() ? ` (it closed on ${formatDate(visit.survey.closesAt)})` : ''}.`,
    'Thank you for your interest.',
  ]);

export const usedPage = (visit: Visit) =>
  messagePage(visit, 200, 'You have already taken part', [
    'This personal link has already been used to send answers, and each link works once.',
    'If you did not send answers yourself, contact the survey team.',
  ]);

export const savedPage = (visit: Visit) =>
  messagePage(visit, 200, 'Your answers have been saved', [
    'You can close this page. To carry on, open the link in your email again: it will take you back to where you stopped.',
    visit.survey.closesAt ? `Send your answers before the survey closes on ${formatDate(visit.survey.closesAt)}.` : '',
  ].filter(Boolean));

export async function introPage(visit: Visit, progress: Progress): Promise<Page> {
  return {
    status: 200,
    html: await render('respond/intro.njk', base(visit, {
      title: visit.survey.title,
      surveyTitle: '',
      intro: parseSimpleMarkdown(visit.survey.intro),
      closesAt: visit.survey.closesAt,
      privacyText: privacyText(visit.survey, visit.kind),
      resuming: visit.kind === 'invite' && Object.keys(progress.answers).length > 0,
      state: stateOf(visit, progress),
    })),
  };
}

export async function codePage(visit: Visit, progress: Progress, codeError?: string, status = 200): Promise<Page> {
  const errors = codeError ? [{ text: codeError, href: '#code' }] : [];
  return {
    status,
    html: await render('respond/code.njk', base(visit, { title: 'Enter the access code', codeError, errors, state: stateOf(visit, { ...progress, pass: undefined }) })),
  };
}

export async function sectionPage(
  visit: Visit,
  content: { definition: SurveyDefinition; profile: ProfileChoices },
  progress: Progress,
  sectionId: string,
  problems: AnswerProblem[] = [],
): Promise<Page> {
  const { definition, profile } = content;
  const section = definition.sections.find((s) => s.id === sectionId)!;
  const questions = shownQuestions(definition, sectionId, progress.answers);
  const problemOf = new Map(problems.map((p) => [p.questionId, p.message]));
  const views = questions.map((q) => questionView(q, progress.answers[q.id], profile, problemOf.get(q.id)));
  const errors = questions.flatMap((q, i) =>
    problemOf.has(q.id) ? [{ text: `${q.title}${/[?.!:]$/.test(q.title) ? '' : ':'} ${problemOf.get(q.id)}`, href: `#${views[i]!.anchor}` }] : []);
  return {
    status: 200,
    html: await render('respond/section.njk', base(visit, {
      title: section.title,
      description: section.description,
      progress: progressOfSection(definition, progress.answers, sectionId),
      questions: views,
      errors,
      state: stateOf(visit, progress),
      sectionId,
      shown: questions.map((q) => q.id).join(','),
      canSave: visit.kind === 'invite',
    })),
  };
}

export async function checkPage(visit: Visit, content: { definition: SurveyDefinition; profile: ProfileChoices }, progress: Progress): Promise<Page> {
  const { definition, profile } = content;
  const sections = visibleSections(definition, progress.answers).map((s) => ({
    id: s.id,
    title: s.title,
    rows: checkRows(definition, s.id, progress.answers, profile),
  }));
  return {
    status: 200,
    html: await render('respond/check.njk', base(visit, {
      title: 'Check your answers before sending them',
      sections,
      state: stateOf(visit, progress),
      privacyText: privacyText(visit.survey, visit.kind),
      // A fresh key each time this page is shown: resending this form (a double-click, a retry)
      // stores one response; the key is random, so it says nothing about who sent it.
      idempotencyKey: newToken(),
    })),
  };
}

export async function donePage(visit: Visit): Promise<Page> {
  return { status: 200, html: await render('respond/done.njk', base(visit, { title: 'Thank you', paragraphs: paragraphs(visit.survey.thankYou) })) };
}
