import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Quote } from '../../../shared/contracts/evidence.js';
import type { Db } from '../../platform/db/client.js';
import { findPersonalInfo } from '../../platform/text/personal-info.js';
import { systems } from '../estate/index.js';
import { interviews } from '../interviews/index.js';
import { surveyQuestions, surveys } from '../surveys/index.js';
import { stickyNotes, workshopColumns, workshops } from '../workshops/index.js';
import { maskSpans } from './redactions.js';
import { SegmentJudge, type Scope } from './segments.js';
import { evidenceItems, evidenceRedactions, evidenceTags, tags } from './tables.js';

/** The names of the things items came from, each looked up once by its own small query. */
async function namesOf(db: Db, items: (typeof evidenceItems.$inferSelect)[]) {
  const idsOf = (key: 'surveyId' | 'questionId' | 'systemId' | 'interviewId' | 'workshopId' | 'stickyNoteId') => [...new Set(items.map((i) => i[key]).filter((v): v is string => v !== null))];
  const lookup = <T>(ids: string[], read: (ids: string[]) => Promise<T[]>) => (ids.length ? read(ids) : Promise.resolve([] as T[]));
  const [surveyRows, questionRows, systemRows, interviewRows, workshopRows, columnRows] = await Promise.all([
    lookup(idsOf('surveyId'), (ids) => db.select({ id: surveys.id, title: surveys.title }).from(surveys).where(inArray(surveys.id, ids))),
    lookup(idsOf('questionId'), (ids) => db.select({ id: surveyQuestions.id, title: surveyQuestions.title }).from(surveyQuestions).where(inArray(surveyQuestions.id, ids))),
    lookup(idsOf('systemId'), (ids) => db.select({ id: systems.id, name: systems.name }).from(systems).where(inArray(systems.id, ids))),
    // The role, the day and the consent: never the interviewee's name.
    lookup(idsOf('interviewId'), (ids) =>
      db.select({ id: interviews.id, role: interviews.intervieweeRole, heldOn: interviews.heldOn, consent: interviews.consent }).from(interviews).where(inArray(interviews.id, ids))),
    lookup(idsOf('workshopId'), (ids) => db.select({ id: workshops.id, title: workshops.title }).from(workshops).where(inArray(workshops.id, ids))),
    lookup(idsOf('stickyNoteId'), (ids) =>
      db.select({ id: stickyNotes.id, title: workshopColumns.title }).from(stickyNotes).innerJoin(workshopColumns, eq(workshopColumns.id, stickyNotes.columnId)).where(inArray(stickyNotes.id, ids))),
  ]);
  const map = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  return { surveys: map(surveyRows), questions: map(questionRows), systems: map(systemRows), interviews: map(interviewRows), workshops: map(workshopRows), columns: map(columnRows) };
}

/**
 * Reads items with where they came from, their live redaction spans and tags. The interviewee's
 * name is never read: a leader's voice is attributed to their role. Several small queries rather
 * than one eight-table join: planning that join cost more than running it, on every page.
 */
export async function loadItemRows(db: Db, scope: Scope, ids: string[]) {
  if (ids.length === 0) return [];
  const e = evidenceItems;
  const [items, spans, chips] = await Promise.all([
    db.select().from(e).where(and(inArray(e.id, ids), eq(e.organisationId, scope.organisationId), eq(e.strategyId, scope.strategyId))),
    db.select().from(evidenceRedactions).where(inArray(evidenceRedactions.evidenceItemId, ids)),
    db
      .select({ itemId: evidenceTags.evidenceItemId, id: tags.id, name: tags.name, colour: tags.colour })
      .from(evidenceTags)
      .innerJoin(tags, eq(tags.id, evidenceTags.tagId))
      .where(and(inArray(evidenceTags.evidenceItemId, ids), isNull(tags.deletedAt)))
      .orderBy(asc(tags.name)),
  ]);
  const names = await namesOf(db, items);
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    const interview = item.interviewId ? names.interviews.get(item.interviewId) : undefined;
    return [{
      item,
      surveyTitle: item.surveyId ? (names.surveys.get(item.surveyId)?.title ?? null) : null,
      questionTitle: item.questionId ? (names.questions.get(item.questionId)?.title ?? null) : null,
      systemName: item.systemId ? (names.systems.get(item.systemId)?.name ?? null) : null,
      interviewRole: interview?.role ?? null,
      interviewHeldOn: interview?.heldOn ?? null,
      interviewConsent: interview?.consent ?? null,
      workshopTitle: item.workshopId ? (names.workshops.get(item.workshopId)?.title ?? null) : null,
      columnTitle: item.stickyNoteId ? (names.columns.get(item.stickyNoteId)?.title ?? null) : null,
      masked: maskedText(item, spans.filter((s) => s.evidenceItemId === id)),
      tags: chips.filter((c) => c.itemId === id).map(({ id: tagId, name, colour }) => ({ id: tagId, name, colour })),
    }];
  });
}
export type ItemRow = Awaited<ReturnType<typeof loadItemRows>>[number];

type StoredSpan = { start: number; end: number; kind: string; status: string };

/**
 * The text with its personal information masked. An item the analysis job has not reached yet
 * (it arrived a moment ago, by a response or an import) is looked at here, on the machine, so a
 * new voice is never quoted unmasked while the job catches up; a span a person reversed stays
 * shown. If the detector fails, the text is withheld rather than shown unchecked.
 */
export function maskedText(item: { text: string; analysedAt: Date | null }, spans: StoredSpan[]): string {
  if (item.analysedAt) return maskSpans(item.text, spans);
  try {
    const reversed = (s: { start: number; end: number }) => spans.some((d) => d.status === 'reversed' && d.start === s.start && d.end === s.end);
    const found = findPersonalInfo(item.text).filter((s) => !reversed(s)).map((s) => ({ ...s, status: 'suggested' }));
    return maskSpans(item.text, [...spans.filter((s) => s.status !== 'suggested'), ...found]);
  } catch {
    return '[not yet checked for personal information]';
  }
}

export function whereFrom(row: ItemRow): string {
  switch (row.item.source) {
    case 'survey_answer':
      return `${row.surveyTitle ?? 'A survey'}: ${row.questionTitle ?? 'a question'}`;
    case 'system_comment':
      return row.systemName ? `${row.systemName} (${row.surveyTitle ?? 'a survey'})` : `${row.surveyTitle ?? 'A survey'}: ${row.questionTitle ?? 'a question'}`;
    case 'interview_note':
    case 'interview_excerpt':
      return `Interview with the ${row.interviewRole ?? 'interviewee'}`;
    case 'sticky_note':
      return row.columnTitle ? `${row.workshopTitle ?? 'A workshop'}: ${row.columnTitle}` : (row.workshopTitle ?? 'A workshop');
  }
}

/** An interview whose consent covers notes only may be searched by the team but never quoted. */
export function isQuotable(row: ItemRow): boolean {
  return !row.item.interviewId || row.interviewConsent === 'notes_and_quotes';
}

export async function toQuotes(db: Db, scope: Scope, rows: ItemRow[], judge?: SegmentJudge): Promise<Quote[]> {
  const j = judge ?? (rows.some((r) => r.item.surveyId) ? await SegmentJudge.forOrganisation(db, scope.organisationId) : null);
  const out: Quote[] = [];
  for (const row of rows) {
    out.push({
      id: row.item.id,
      source: row.item.source,
      text: row.masked,
      saidOn: row.item.saidOn,
      whereFrom: whereFrom(row),
      segment: j ? await j.segmentOf(row.item) : { division: null, staffGroup: null },
      sentiment: row.item.sentiment,
      tags: row.tags,
    });
  }
  return out;
}

/** The only way other modules get text out of the library: masked, attributed, quotable only. */
export async function loadQuotes(db: Db, scope: Scope, ids: string[]): Promise<Quote[]> {
  const rows = (await loadItemRows(db, scope, ids)).filter(isQuotable);
  return toQuotes(db, scope, rows);
}
