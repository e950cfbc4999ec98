import { forbidden } from './errors.js';

/**
 * Authorization rules read as sentences: `allow(['admin'], ['update'], 'member')`.
 * Modules add their rules when their index is imported; the rule table is the single
 * place to read who may do what, and the API reports `can` flags computed from it.
 */
export type Role = 'admin' | 'strategy_team' | 'leader' | 'staff';
export type Action = 'read' | 'create' | 'update' | 'delete' | 'manage';

const rules = new Map<string, Set<Role>>();
const key = (action: Action, subject: string) => `${action}:${subject}`;

export function allow(roles: Role[], actions: Action[], subject: string): void {
  for (const action of actions) {
    const allowed = rules.get(key(action, subject)) ?? new Set<Role>();
    for (const role of roles) allowed.add(role);
    rules.set(key(action, subject), allowed);
  }
}

export function can(role: Role, action: Action, subject: string): boolean {
  return rules.get(key(action, subject))?.has(role) ?? false;
}

export function authorize(role: Role, action: Action, subject: string, organisationName?: string): void {
  if (!can(role, action, subject)) throw forbidden(refusal(action, subject, organisationName));
}

const ROLE_WORDS: Record<Role, string> = {
  admin: 'admins',
  strategy_team: 'the strategy team',
  leader: 'senior leaders',
  staff: 'staff',
};
const ACTION_WORDS: Record<Action, string> = { read: 'see', create: 'add', update: 'change', delete: 'delete', manage: 'manage' };

/**
 * What each subject of the rule table is called in a sentence. Subjects are code names
 * (`survey_distribution`); a person refused should read words ("how surveys are shared"),
 * never a code name with an "s" stuck on ("outboxs"). A test checks every registered subject is here.
 */
const SUBJECT_WORDS: Record<string, string> = {
  audit: 'the audit trail',
  outbox: 'the outbox of emails',
  job: 'background jobs',
  organisation: "the organisation's settings",
  member: 'the members list',
  invitation: 'invitations to join',
  strategy: 'strategies',
  workforce: 'workforce figures',
  interview: 'leader interviews',
  workshop: 'workshops',
  maturity_framework: 'maturity frameworks',
  maturity_assessment: 'maturity assessments',
  estate: 'the systems register',
  survey: 'surveys',
  survey_distribution: 'how surveys are shared (links, access codes and invitations)',
  survey_result: 'survey results',
  survey_response: 'individual survey responses',
  survey_import: 'survey imports',
  staff_voice: 'what staff said about systems',
  participation: 'what is open to you',
  evidence_redaction: 'personal information found in what people said',
  insight: 'insights (what the evidence says)',
  theme: 'suggested themes',
  evidence: 'the evidence library (what people said)',
  tag: 'the codebook (tags)',
  board: 'the affinity board (evidence sorted into clusters)',
  playback: 'the playback to leaders',
  playback_reaction: 'reactions to the playback',
  develop_comment: 'comments on the mission, priorities, roadmap, measures and partnership',
  mission: 'the mission and vision',
  priority: 'priority themes and their scores',
  roadmap: 'the programme roadmap',
  delivery: 'delivery updates',
  measure: 'outcome measures',
  partnership: 'the staff partnership',
  document: 'the strategy document and its versions',
  document_signoff: 'the sign-off of strategy document versions',
  consultation: 'the staff consultation on the strategy document',
};

export const hasSubjectWords = (subject: string): boolean => subject in SUBJECT_WORDS;

function listOf(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * "Only admins can see the audit trail. Ask an admin of Northbridge if you need to." Says who
 * may, and who to ask, because "forbidden" alone leaves a person stuck.
 */
export function refusal(action: Action, subject: string, organisationName?: string): string {
  const allowed = (['admin', 'strategy_team', 'leader', 'staff'] as Role[]).filter((r) => can(r, action, subject));
  const what = `${ACTION_WORDS[action]} ${SUBJECT_WORDS[subject] ?? subject.replaceAll('_', ' ')}`;
  const who = allowed.length ? `Only ${listOf(allowed.map((r) => ROLE_WORDS[r]))} can ${what}.` : `Nobody can ${what}.`;
  return `${who} Ask an admin of ${organisationName ?? 'your organisation'} if you need to.`;
}

/** Every rule, for documentation and the route-table test. */
export function listRules(): { action: string; subject: string; roles: Role[] }[] {
  return [...rules].map(([k, roles]) => {
    const [action = '', subject = ''] = k.split(':');
    return { action, subject, roles: [...roles] };
  });
}

export const EVERY_ROLE: Role[] = ['admin', 'strategy_team', 'leader', 'staff'];
