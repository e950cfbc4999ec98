import type { Interview, InterviewSummary, Item } from '../../../shared/contracts/interviews.js';
import type { Role } from '../../platform/policy.js';
import { interviewAbilities } from './policy.js';
import type { interviews } from './tables.js';

export interface ItemRow {
  id: string;
  interviewId: string;
  label: string;
  detail: string | null;
  createdAt: Date;
  topicId: string;
  topicLabel: string;
  kind: 'driver' | 'priority';
}

type InterviewRow = typeof interviews.$inferSelect;
type Interviewer = { userId: string; name: string } | null;

export function presentItem(row: ItemRow): Item {
  return {
    id: row.id,
    interviewId: row.interviewId,
    kind: row.kind,
    label: row.label,
    detail: row.detail,
    topicId: row.topicId,
    topicLabel: row.topicLabel,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentSummary(row: InterviewRow, interviewer: Interviewer, allItems: ItemRow[]): InterviewSummary {
  const items = allItems.filter((item) => item.interviewId === row.id);
  return {
    id: row.id,
    strategyId: row.strategyId,
    intervieweeRole: row.intervieweeRole,
    intervieweeName: row.intervieweeName,
    heldOn: row.heldOn,
    // A left join yields { userId: null, name: null } when the account has gone.
    interviewer: interviewer?.userId ? interviewer : null,
    consent: row.consent,
    hasNotes: row.notes.length > 0,
    driverCount: items.filter((item) => item.kind === 'driver').length,
    priorityCount: items.filter((item) => item.kind === 'priority').length,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentInterview(
  row: InterviewRow,
  interviewer: Interviewer,
  items: ItemRow[],
  role: Role,
  strategyArchived: boolean,
): Interview {
  return {
    ...presentSummary(row, interviewer, items),
    notes: row.notes,
    items: items.map(presentItem),
    createdAt: row.createdAt.toISOString(),
    can: interviewAbilities(role, strategyArchived),
  };
}
