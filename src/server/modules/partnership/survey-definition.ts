import { PARTNERSHIP_SIDE_KEYS, PARTNERSHIP_SIDE_LABELS } from '../../../shared/contracts/partnership.js';
import type { SurveyTemplateDefinition } from '../surveys/index.js';

export const ANSWER_YES = 'yes';
export const ANSWER_NOT_QUITE = 'not_quite';
export const STAFF_GROUP_REF = 'staff-group';
export const answerRef = (commitmentId: string) => `commitment-${commitmentId}`;
export const commentRef = (commitmentId: string) => `comment-${commitmentId}`;

const DEFAULT_INTRO =
  'This is the partnership between the digital team and everyone who works here: what you can expect from us, ' +
  'and what we ask of you as we change how we work together. Tell us whether each commitment is right. ' +
  'It takes about five minutes and your answers are anonymous: we report results only for groups large enough that no one can be identified.';

/**
 * The survey that puts a partnership version to staff: the staff group (so results can be
 * compared by group, suppressed), then for each commitment "is this right?" and an optional
 * comment, which the evidence library takes in as staff's own words.
 */
export function partnershipSurvey(
  version: { number: number; intro: string },
  commitments: readonly { id: string; side: (typeof PARTNERSHIP_SIDE_KEYS)[number]; text: string }[],
): SurveyTemplateDefinition {
  return {
    title: `Our staff partnership — version ${version.number}`,
    intro: version.intro.trim() || DEFAULT_INTRO,
    thankYou: 'Thank you. We will share what staff told us, and the partnership we agree because of it.',
    sections: [
      {
        title: 'About you',
        description: 'This lets us see whether different staff groups see the partnership differently. You can choose "Prefer not to say".',
        questions: [{ ref: STAFF_GROUP_REF, type: 'profile', dimension: 'staff_group', title: 'Which staff group do you belong to?', required: true }],
      },
      ...PARTNERSHIP_SIDE_KEYS.map((side) => ({
        title: PARTNERSHIP_SIDE_LABELS[side],
        description: 'For each commitment, tell us whether it is right. If it is not quite right, tell us what would make it right.',
        questions: commitments
          .filter((c) => c.side === side)
          .flatMap((c) => [
            {
              ref: answerRef(c.id),
              type: 'single_choice' as const,
              title: c.text,
              help: PARTNERSHIP_SIDE_LABELS[side],
              // Staff answer every commitment: that is what agreeing a partnership rests on.
              required: true,
              options: [
                { key: ANSWER_YES, label: 'Yes, this is right' },
                { key: ANSWER_NOT_QUITE, label: 'Not quite' },
              ],
            },
            // Not required, so the respondent pages add "(optional)" to the title themselves. Every
            // comment box has the same label; the hint names its commitment, so a screen reader
            // moving between the boxes hears which one each is about.
            { ref: commentRef(c.id), type: 'long_text' as const, title: 'What would make it right?', help: `About “${shortened(c.text)}”.` },
          ]),
      })),
    ],
  };
}

/** The first words of a commitment, enough to tell it from the others. */
function shortened(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : text;
}
