import { formatDate } from '../../../../shared/dates.js';
import type { StrategyDocument } from '../../../../shared/strategy-document.js';
import type { SurveyTemplateDefinition } from '../../surveys/index.js';

export const STAFF_GROUP_REF = 'staff-group';
export const supportRef = (sectionKey: string) => `support-${sectionKey}`;
export const commentRef = (sectionKey: string) => `comment-${sectionKey}`;

/** Markdown link text and address can hold nothing that ends the link early. */
const linkText = (text: string) => text.replace(/[[\]\\*_]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The survey that asks staff about a frozen version: their staff group (so support can be compared
 * by group, suppressed), then for each section "do you support it?" and an optional comment, which
 * the evidence library takes in as staff's own words. Nothing is required but the staff group, so
 * people can answer about the sections they care about and skip the rest.
 */
export function consultationSurvey(doc: StrategyDocument, number: number, readingUrl: string, closesOn: string): SurveyTemplateDefinition {
  return {
    title: `Have your say: ${doc.title}, version ${number}`,
    intro:
      `This is a draft of **${linkText(doc.title)}** (version ${number}). Before you answer, [read the draft](${readingUrl}): each section has a page of its own.\n\n` +
      'For each section, tell us whether you support it and, if you like, why. You can skip any section. ' +
      `Your answers are anonymous: we report support only for groups large enough that no one can be identified. The consultation closes at the end of ${formatDate(closesOn)}.`,
    thankYou: 'Thank you. We read every comment. We will reply to some of them on the draft’s pages, and publish a report of what we changed because of what staff said.',
    sections: [
      {
        title: 'About you',
        description: 'This lets us see whether different staff groups see the draft differently. You can choose "Prefer not to say".',
        questions: [{ ref: STAFF_GROUP_REF, type: 'profile', dimension: 'staff_group', title: 'Which staff group do you belong to?', required: true }],
      },
      ...doc.sections.map((section) => ({
        title: section.title,
        description: 'Read this section in the draft first.',
        questions: [
          {
            ref: supportRef(section.key),
            type: 'single_choice' as const,
            title: 'Do you support this section?',
            help: `About “${section.title}”.`,
            required: false,
            options: [
              { key: 'yes', label: 'Yes' },
              { key: 'partly', label: 'Partly' },
              { key: 'no', label: 'No' },
            ],
          },
          // Not required, so the staff pages add "(optional)" to the title themselves. Every box has
          // the same label; the hint names its section, so a screen reader hears which one it is.
          { ref: commentRef(section.key), type: 'long_text' as const, title: 'Your comment', help: `About “${section.title}”: what would you change, and why?` },
        ],
      })),
    ],
  };
}
