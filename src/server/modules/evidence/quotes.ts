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

/**
 * Reads items with where they came from, their live redaction spans and tags. The interviewee's
 * name is never read: a leader's voice is attributed to their role.
 */
export async function loadItemRows(db: Db, scope: Scope, ids: string[]) {
  if (ids.length === 0) return [];
  const e = evidenceItems;
  const rows = await db
    .select({
      item: e,
      surveyTitle: surveys.title,
      questionTitle: surveyQuestions.title,
      systemName: systems.name,
      interviewRole: interviews.intervieweeRole,
      interviewHeldOn: interviews.heldOn,
      interviewConsent: interviews.consent,
      workshopTitle: workshops.title,
      columnTitle: workshopColumns.title,
    })
    .from(e)
    .leftJoin(surveys, eq(surveys.id, e.surveyId))
    .leftJoin(surveyQuestions, eq(surveyQuestions.id, e.questionId))
    .leftJoin(systems, eq(systems.id, e.systemId))
    .leftJoin(interviews, eq(interviews.id, e.interviewId))
    .leftJoin(workshops, eq(workshops.id, e.workshopId))
    .leftJoin(stickyNotes, eq(stickyNotes.id, e.stickyNoteId))
    .leftJoin(workshopColumns, eq(workshopColumns.id, stickyNotes.columnId))
    .where(and(inArray(e.id, ids), eq(e.organisationId, scope.organisationId), eq(e.strategyId, scope.strategyId)));
  const [spans, chips] = await Promise.all([
    db.select().from(evidenceRedactions).where(inArray(evidenceRedactions.evidenceItemId, ids)),
    db
      .select({ itemId: evidenceTags.evidenceItemId, id: tags.id, name: tags.name, colour: tags.colour })
      .from(evidenceTags)
      .innerJoin(tags, eq(tags.id, evidenceTags.tagId))
      .where(and(inArray(evidenceTags.evidenceItemId, ids), isNull(tags.deletedAt)))
      .orderBy(asc(tags.name)),
  ]);
  const byId = new Map(rows.map((r) => [r.item.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{
      ...row,
      masked: maskedText(row.item, spans.filter((s) => s.evidenceItemId === id)),
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
