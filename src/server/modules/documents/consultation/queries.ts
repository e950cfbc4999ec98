import type { ConsultationDetail, ConsultationPage, ConsultationSection, SupportFigures } from '../../../../shared/contracts/consultation.js';
import type { QuestionResult } from '../../../../shared/contracts/results.js';
import { ALL } from '../../../platform/anonymity.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { can } from '../../../platform/policy.js';
import { loadQuotes } from '../../evidence/index.js';
import { loadResultsContext, present, questionResult } from '../../results/index.js';
import { loadSurvey } from '../../surveys/index.js';
import { commentItems, notesOf, sectionsOf } from './comments.js';
import { isClosed, loadConsultation, type ConsultationRow } from './load.js';

type Items = QuestionResult['items'];
const NOBODY = { value: 0, suppressed: false };
const share = (items: Items, key: string) => {
  const item = items.find((i) => i.key === key);
  return { count: item?.count ?? { value: null, suppressed: true }, percent: item?.percent ?? null };
};
const figures = (respondents: SupportFigures['respondents'], items: Items): SupportFigures => ({
  respondents,
  yes: share(items, 'yes'),
  partly: share(items, 'partly'),
  no: share(items, 'no'),
});
const day = (at: Date | null) => (at ? at.toISOString() : null);

/**
 * The team's view of a consultation: support per section, overall and by staff group, every figure
 * read from the results module's suppressed cubes (so a group too small to show is hidden here
 * exactly as on the survey's results pages), and the comments as the evidence library gives them
 * out: masked, with the commenter's staff group only where the suppression function shows it.
 */
export async function consultationDetail(db: Db, actor: Actor, consultation: ConsultationRow, publicUrl: string): Promise<ConsultationDetail> {
  const base = publicUrl.replace(/\/$/, '');
  const sections = await sectionsOf(db, consultation.id);
  const loaded = consultation.surveyId ? await loadResultsContext(db, actor, consultation.surveyId) : null;
  const items = await commentItems(db, consultation);
  const quotes = new Map(
    (await loadQuotes(db, { organisationId: consultation.organisationId, strategyId: consultation.strategyId }, items.map((i) => i.id))).map((q) => [q.id, q]),
  );
  const notes = new Map((await notesOf(db, consultation.id)).map((n) => [n.evidenceItemId, n]));
  const out: ConsultationSection[] = [];
  for (const section of sections) {
    const question = loaded?.definition.questions.find((q) => q.id === section.supportQuestionId);
    const result = question && loaded
      ? await questionResult({ db, surveyId: loaded.survey.id, question, profile: loaded.profile, cubes: loaded.cubes, filter: { compareBy: 'staff_group' }, segmentLabels: loaded.segmentLabels })
      : null;
    out.push({
      key: section.sectionKey,
      title: section.title,
      support: result ? figures(result.respondents, result.items) : figures(NOBODY, []),
      byStaffGroup: (result?.comparison ?? []).map((g) => ({ key: g.key, label: g.label, ...figures(g.respondents, g.items) })),
      comments: items
        .filter((i) => i.sectionKey === section.sectionKey && quotes.has(i.id))
        .map((i) => {
          const quote = quotes.get(i.id)!;
          const note = notes.get(i.id);
          return {
            id: i.id,
            text: quote.text,
            staffGroup: quote.segment.staffGroup,
            saidOn: quote.saidOn,
            reply: note?.reply ?? null,
            repliedOn: day(note?.repliedAt ?? null),
            handling: note?.handling ?? null,
            reason: note?.reason ?? '',
          };
        }),
    });
  }
  const survey = consultation.surveyId ? await loadSurvey(db, actor, consultation.surveyId) : null;
  return {
    id: consultation.id,
    status: isClosed(consultation) ? 'closed' : 'open',
    openedOn: consultation.createdAt.toISOString(),
    closesOn: consultation.closesOn,
    closedOn: day(consultation.closedAt),
    anonymous: consultation.anonymous,
    surveyId: consultation.surveyId,
    surveyLink: survey?.openLinkSlug ? `${base}/s/${survey.openLinkSlug}` : null,
    readingLink: `${base}/c/${consultation.token}`,
    threshold: loaded?.cubes.threshold ?? 0,
    respondents: loaded ? present(loaded.cubes.respondents.get([ALL, ALL, ALL])) : NOBODY,
    sections: out,
  };
}

export async function consultationPage(db: Db, actor: Actor, versionId: string, publicUrl: string): Promise<ConsultationPage> {
  const { version, strategy, consultation } = await loadConsultation(db, actor, versionId);
  const mayWrite = can(actor.member.role, 'update', 'consultation') && !strategy.archivedAt;
  const detail = consultation ? await consultationDetail(db, actor, consultation, publicUrl) : null;
  return {
    versionId: version.id,
    strategyId: strategy.id,
    versionNumber: version.number,
    documentTitle: version.content.title,
    consultation: detail,
    can: { open: mayWrite && !consultation, respond: mayWrite && !!consultation, close: mayWrite && detail?.status === 'open' },
  };
}
