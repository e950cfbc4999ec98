import type { Db } from '../../platform/db/client.js';
import { developComments } from '../comments/index.js';
import { missionVersions } from './tables.js';

const DAY = 24 * 60 * 60 * 1000;

const FIRST_DRAFT = {
  mission: 'Digital that gives our staff time back to care.',
  vision: 'By 2029 every clinician at the centre works from one joined-up record, on systems that are quick to use.',
  principles: ['- Design with the people who will use it', '- Fix the basics first', '- Safe, secure and private by default'].join('\n'),
  changeNote: 'First draft from the strategy team, written after the playback to leaders.',
};

const AGREED = {
  mission: 'Digital that gives our staff time back to care, and gives our patients and their families a clear view of their treatment.',
  vision:
    'By 2029 every clinician at the centre works from one joined-up record, on systems that are quick to use, ' +
    'and every patient can see their appointments, results and care plan on their phone.',
  principles: [
    '- Design with the people who will use it: staff and patients test every change before it goes live',
    '- Fix the basics first: log-ins, devices and Wi-Fi on every ward',
    '- Safe, secure and private by default',
    '- Measure what it gives back: time saved and fewer steps, not systems launched',
  ].join('\n'),
  changeNote: 'Added patients and families after the leaders\u2019 comments, and a principle on measuring time given back.',
};

/**
 * The demo trust's mission: a first draft (version 1), then the agreed version 2 that answers a
 * leader's comment on the draft. Dates count back from now so the history reads as recent.
 */
export async function seedMissionDemo(
  tx: Db,
  input: { organisationId: string; strategyId: string; authorUserIds: { team: string; leader: string } },
  now = new Date(),
): Promise<{ draftId: string; agreedId: string }> {
  const { organisationId, strategyId, authorUserIds } = input;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const [draft, agreed] = await tx
    .insert(missionVersions)
    .values([
      { organisationId, strategyId, number: 1, ...FIRST_DRAFT, createdByUserId: authorUserIds.team, createdAt: ago(42) },
      {
        organisationId,
        strategyId,
        number: 2,
        ...AGREED,
        createdByUserId: authorUserIds.team,
        createdAt: ago(28),
        agreedByUserId: authorUserIds.team,
        agreedAt: ago(21),
      },
    ])
    .returning({ id: missionVersions.id });
  await tx.insert(developComments).values({
    organisationId,
    strategyId,
    subjectType: 'mission',
    subjectId: draft!.id,
    authorUserId: authorUserIds.leader,
    body: 'Good start. Our patients are missing from it: half of what we heard from the chemotherapy day unit was about patients chasing results and appointments. Can the mission say what digital does for them too?',
    createdAt: ago(35),
  });
  return { draftId: draft!.id, agreedId: agreed!.id };
}
