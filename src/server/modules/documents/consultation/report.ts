import { HANDLING_LABELS, type ConsultationDetail, type SupportFigures } from '../../../../shared/contracts/consultation.js';
import type { SafeCountView } from '../../../../shared/contracts/results.js';
import { formatDate } from '../../../../shared/dates.js';
import type { DocBlock, DocSection, StrategyDocument } from '../../../../shared/strategy-document.js';
import { bars, heading, para, plural, quote, table } from '../compose/blocks.js';

/*
 * The consultation report as a strategy-document tree, so the Word renderer the strategy itself
 * uses writes it (headings, tables with header rows, the chart with its alt text and data). Every
 * figure comes from the team view, which read it through the one suppression function; every
 * comment is the evidence library's masked text.
 */

const HIDDEN = 'Hidden';
const shown = (count: SafeCountView) => (count.suppressed || count.value === null ? HIDDEN : count.value.toLocaleString('en-GB'));
const withPercent = (share: SupportFigures['yes']) => (share.percent === null ? shown(share.count) : `${shown(share.count)} (${share.percent}%)`);
const supportRow = (label: string, f: SupportFigures) => [label, shown(f.respondents), withPercent(f.yes), withPercent(f.partly), withPercent(f.no)];
const HEADER = ['', 'Answered the survey', 'Yes', 'Partly', 'No'];

function aboutSection(detail: ConsultationDetail, number: number): DocSection {
  const respondents = detail.respondents.suppressed ? `fewer than ${detail.threshold} staff` : plural(detail.respondents.value ?? 0, 'member of staff', 'members of staff');
  const comments = detail.sections.reduce((sum, s) => sum + s.comments.length, 0);
  const handled = detail.sections.reduce((sum, s) => sum + s.comments.filter((c) => c.handling).length, 0);
  return {
    key: 'about',
    title: 'About the consultation',
    source: 'model',
    blocks: [
      para(`Staff were asked about version ${number} of the draft from ${formatDate(detail.openedOn)} to ${formatDate(detail.closedOn ?? detail.closesOn)}${detail.status === 'open' ? ' (still open when this report was made)' : ''}.`),
      para(`${respondents[0]!.toUpperCase()}${respondents.slice(1)} answered. They left ${plural(comments, 'comment')}; we have recorded what we did with ${plural(handled, 'comment')}.`),
      para(
        `Answers were ${detail.anonymous ? 'anonymous' : 'not anonymous'}. Figures for groups smaller than ${detail.threshold} are hidden, and sometimes another group too, so a hidden figure cannot be worked out by subtraction. Comments are shown with personal information masked.`,
      ),
    ],
  };
}

function supportSection(detail: ConsultationDetail): DocSection {
  const blocks: DocBlock[] = [
    bars(
      'Staff who support each section',
      `Bar chart of the share of staff who said yes, they support each section: ${detail.sections.map((s) => `${s.title}, ${withPercent(s.support.yes)}`).join('; ')}.`,
      100,
      detail.sections.map((s) => ({ label: s.title, value: s.support.yes.percent, caption: s.support.yes.percent === null ? HIDDEN.toLowerCase() : `${s.support.yes.percent}%` })),
      { caption: 'Support for each section', header: ['Section', ...HEADER.slice(1)], rows: detail.sections.map((s) => supportRow(s.title, s.support)) },
    ),
  ];
  for (const section of detail.sections) {
    if (section.byStaffGroup.length === 0) continue;
    blocks.push(heading(section.title), table(`Support for “${section.title}” by staff group`, ['Staff group', ...HEADER.slice(1)], section.byStaffGroup.map((g) => supportRow(g.label, g))));
  }
  return { key: 'support', title: 'Support for each section', source: 'model', blocks };
}

function commentsSection(detail: ConsultationDetail): DocSection {
  const blocks: DocBlock[] = [];
  for (const section of detail.sections) {
    blocks.push(heading(section.title));
    if (section.comments.length === 0) {
      blocks.push(para('No comments on this section.'));
      continue;
    }
    for (const comment of section.comments) {
      blocks.push(quote(comment.text, comment.staffGroup ? `Staff comment, ${comment.staffGroup}` : 'Staff comment'));
      blocks.push(
        para(
          comment.handling
            ? `${HANDLING_LABELS[comment.handling]}.${comment.reason ? ` ${comment.reason}` : ''}`
            : 'We have not yet recorded what we did with this comment.',
        ),
      );
      if (comment.reply) blocks.push(para(`We replied: ${comment.reply}`));
    }
  }
  return { key: 'comments', title: 'What staff said and what we did', source: 'model', blocks };
}

export function consultationReport(
  detail: ConsultationDetail,
  version: { number: number; content: StrategyDocument },
  now = new Date(),
): StrategyDocument {
  return {
    title: `Consultation report: ${version.content.title}, version ${version.number}`,
    organisation: version.content.organisation,
    accentColour: version.content.accentColour,
    language: 'en-GB',
    version: version.number,
    composedAt: now.toISOString(),
    sections: [aboutSection(detail, version.number), supportSection(detail), commentsSection(detail)],
  };
}
