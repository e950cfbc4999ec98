import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { writeAudit } from '../../platform/audit.js';
import { insertTemplate, surveys } from '../surveys/index.js';

export const OPEN_SURVEY_TITLE = 'Logging in: a two-minute pulse';

const PULSE: Parameters<typeof insertTemplate>[2] = {
  title: OPEN_SURVEY_TITLE,
  intro: 'Logging in to clinical systems came up again and again in last year’s survey. Tell us how it is for you now.',
  thankYou: 'Thank you. The strategy team will share what staff said on the home page once the pulse closes.',
  sections: [
    {
      title: 'Logging in',
      description: '',
      questions: [
        {
          ref: 'ease',
          type: 'single_choice',
          title: 'How easy is it to log in to the systems you use at work?',
          required: true,
          options: [
            { key: 'easy', label: 'Easy' },
            { key: 'mostly', label: 'Mostly easy' },
            { key: 'hard', label: 'Often hard' },
            { key: 'very-hard', label: 'Very hard' },
          ],
        },
        { ref: 'idea', type: 'long_text', title: 'What one change would make logging in easier for you?' },
      ],
    },
  ],
};

/**
 * An open survey with an open link, so a staff member signing in to the demo has something to
 * take part in (the finished staff survey shows what came of an earlier one). Closes 60 days
 * after seeding; an anonymous, chorus-built survey like any other.
 */
export async function seedOpenPulseSurvey(tx: Db, context: { organisationId: string; strategyId: string }): Promise<void> {
  const { organisationId, strategyId } = context;
  const [existing] = await tx.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.strategyId, strategyId), eq(surveys.title, OPEN_SURVEY_TITLE)));
  if (existing) return;
  const now = Date.now();
  const [survey] = await tx
    .insert(surveys)
    .values({
      organisationId,
      strategyId,
      title: PULSE.title,
      intro: PULSE.intro,
      thankYou: PULSE.thankYou,
      status: 'open',
      anonymous: true,
      opensAt: new Date(now - 86_400_000),
      closesAt: new Date(now + 60 * 86_400_000),
      // The same shape of slug the open-link command makes: 72 random bits.
      openLinkSlug: randomBytes(9).toString('base64url'),
    })
    .returning();
  await insertTemplate(tx, survey!.id, PULSE);
  await writeAudit(tx, { userId: null, name: 'Demo data' }, {
    organisationId,
    action: 'survey.created',
    subjectType: 'survey',
    subjectId: survey!.id,
    after: { title: survey!.title, status: 'open', openLink: true },
  });
}
