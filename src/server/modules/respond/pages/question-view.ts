import {
  LIKERT_LABELS,
  LONG_TEXT_MAX,
  PREFER_NOT_TO_SAY,
  RATING_MAX,
  RATING_MIN,
  SHORT_TEXT_MAX,
  SUPPORT_LABELS,
  type AnswerValue,
  type Answers,
  type Choice,
  type ProfileChoices,
  type QuestionDefinition,
  type SurveyDefinition,
} from '../../../../shared/contracts/survey-definition.js';
import { fieldName, shownQuestions } from './flow.js';

/**
 * Turns a question and its answer into the parameters of an nhsuk-frontend macro. Every piece
 * of text goes in as `text`, so the macros escape it.
 */

const MAX_RADIOS = 12;
const likert = LIKERT_LABELS.map((label, i) => ({ key: String(i + 1), label }));
const rating = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => String(RATING_MIN + i));

export function choicesOf(question: QuestionDefinition, profile: ProfileChoices): Choice[] {
  if (question.type === 'profile' && question.dimension) {
    return [...profile[question.dimension], { key: PREFER_NOT_TO_SAY, label: 'Prefer not to say' }];
  }
  if (question.type === 'likert') return likert;
  if (question.type === 'rating') return rating.map((r) => ({ key: r, label: r }));
  return question.options;
}

const titleOf = (q: QuestionDefinition) => (q.required ? q.title : `${q.title} (optional)`);

export interface QuestionView {
  macro: 'radios' | 'checkboxes' | 'input' | 'textarea' | 'select' | 'ranking' | 'matrix' | 'systems';
  params: Record<string, unknown>;
  /** For composite questions (ranking, matrix): the outer fieldset and its parts. */
  parts?: Record<string, unknown>[];
  anchor: string;
}

export function questionView(question: QuestionDefinition, value: AnswerValue | undefined, profile: ProfileChoices, error?: string): QuestionView {
  const name = fieldName(question.id);
  const legend = { text: titleOf(question), classes: 'nhsuk-fieldset__legend--s' };
  const hint = question.help ? { text: question.help } : undefined;
  const errorMessage = error ? { text: error } : undefined;
  const common = { name, hint, errorMessage };
  switch (question.type) {
    case 'single_choice':
    case 'profile':
    case 'likert':
    case 'rating': {
      const choices = choicesOf(question, profile);
      const selected = value === undefined ? undefined : String(value);
      if (choices.length > MAX_RADIOS) {
        return {
          macro: 'select',
          anchor: name,
          params: {
            ...common, id: name, label: { text: titleOf(question), classes: 'nhsuk-label--s' },
            items: [{ value: '', text: 'Choose one' }, ...choices.map((c) => ({ value: c.key, text: c.label, selected: c.key === selected }))],
          },
        };
      }
      return {
        macro: 'radios',
        anchor: name,
        params: {
          ...common, idPrefix: name, fieldset: { legend },
          classes: question.type === 'rating' ? 'nhsuk-radios--inline' : undefined,
          items: choices.map((c) => ({ value: c.key, text: c.label, checked: c.key === selected })),
        },
      };
    }
    case 'multiple_choice': {
      const chosen = Array.isArray(value) ? value : [];
      return {
        macro: 'checkboxes',
        anchor: name,
        params: {
          ...common, idPrefix: name, fieldset: { legend }, hint: { text: question.help || 'Select all that apply' },
          items: question.options.map((o) => ({ value: o.key, text: o.label, checked: chosen.includes(o.key) })),
        },
      };
    }
    case 'short_text':
      return {
        macro: 'input',
        anchor: name,
        params: { ...common, id: name, label: { text: titleOf(question), classes: 'nhsuk-label--s' }, value: typeof value === 'string' ? value : '', attributes: { maxlength: String(SHORT_TEXT_MAX) } },
      };
    case 'long_text':
      return {
        macro: 'textarea',
        anchor: name,
        params: {
          ...common, id: name, rows: 5, label: { text: titleOf(question), classes: 'nhsuk-label--s' }, value: typeof value === 'string' ? value : '',
          hint: { text: `${question.help ? `${question.help} ` : ''}Up to ${LONG_TEXT_MAX.toLocaleString('en-GB')} characters.` },
        },
      };
    case 'ranking': {
      const order = Array.isArray(value) ? value : [];
      const ranks = question.options.map((_, i) => String(i + 1));
      return {
        macro: 'ranking',
        anchor: `${name}_${question.options[0]?.key ?? ''}`,
        params: { legend, hint: { text: question.help || `Give each option a different number, 1 for the most important, ${ranks.length} for the least.` }, errorMessage, id: name },
        parts: question.options.map((o) => ({
          id: `${name}_${o.key}`, name: `${name}_${o.key}`, label: { text: o.label }, classes: 'nhsuk-select--width-auto',
          items: [{ value: '', text: '–' }, ...ranks.map((r) => ({ value: r, text: r, selected: order.indexOf(o.key) + 1 === Number(r) }))],
        })),
      };
    }
    case 'matrix': {
      const levels = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      return {
        macro: 'matrix',
        anchor: `${name}_${question.rows[0]?.key ?? ''}`,
        params: { legend, hint, errorMessage, id: name },
        parts: question.rows.map((row) => ({
          name: `${name}_${row.key}`, idPrefix: `${name}_${row.key}`,
          fieldset: { legend: { text: row.label, classes: 'nhsuk-fieldset__legend--s' } },
          items: likert.map((l) => ({ value: l.key, text: l.label, checked: levels[row.key] === Number(l.key) })),
        })),
      };
    }
    case 'systems':
      return systemsView(question, value, { legend, hint, errorMessage, id: name }, name);
  }
}

/** How an answer reads on the check page. */
export function answerText(question: QuestionDefinition, value: AnswerValue | undefined, profile: ProfileChoices): string {
  if (value === undefined) return 'Not answered';
  const label = (key: string) => choicesOf(question, profile).find((c) => c.key === key)?.label ?? key;
  switch (question.type) {
    case 'single_choice':
    case 'profile':
      return label(String(value));
    case 'likert':
      return LIKERT_LABELS[Number(value) - 1] ?? String(value);
    case 'rating':
      return `${String(value)} out of ${RATING_MAX}`;
    case 'multiple_choice':
      return (value as string[]).map(label).join(', ');
    case 'ranking':
      return (value as string[]).map((key, i) => `${i + 1}. ${label(key)}`).join('; ');
    case 'systems':
      return question.options
        .filter((o) => (value as Record<string, number>)[o.key] !== undefined)
        .map((o) => `${o.label}: ${supportLabel((value as Record<string, number>)[o.key]!)}`)
        .join('; ') || 'None of these';
    case 'matrix':
      return question.rows
        .filter((r) => (value as Record<string, number>)[r.key] !== undefined)
        .map((r) => `${r.label}: ${LIKERT_LABELS[(value as Record<string, number>)[r.key]! - 1] ?? ''}`)
        .join('; ');
    default:
      return String(value);
  }
}

export function checkRows(definition: SurveyDefinition, sectionId: string, answers: Answers, profile: ProfileChoices) {
  return shownQuestions(definition, sectionId, answers).map((q) => ({
    key: { text: q.title },
    value: { text: answerText(q, answers[q.id], profile) },
  }));
}

const supportLabel = (level: number) => `${level} – ${SUPPORT_LABELS[level - 1] ?? ''}`;

/**
 * One fieldset per system: an "I use this" box and a 1–5 rating. Levels that are not 1–5
 * (a contradiction the check reported) are shown unticked, so that without JavaScript the
 * respondent can clear a rating they gave by mistake.
 */
function systemsView(question: QuestionDefinition, value: AnswerValue | undefined, params: Record<string, unknown>, name: string): QuestionView {
  const levels = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return {
    macro: 'systems',
    anchor: `${name}_${question.options[0]?.key ?? ''}_use`,
    params: { ...params, hint: params.hint ?? { text: 'Tick each system you use and say how well it supports your work, from 1 (very poorly) to 5 (very well).' } },
    parts: question.options.map((system) => {
      const level = levels[system.key];
      return {
        legend: { text: system.label, classes: 'nhsuk-fieldset__legend--s' },
        use: {
          idPrefix: `${name}_${system.key}_use`, name: `${name}_${system.key}_use`, classes: 'nhsuk-checkboxes--small',
          items: [{ value: 'yes', text: 'I use this', checked: level !== undefined && level >= 0 }],
        },
        level: {
          idPrefix: `${name}_${system.key}`, name: `${name}_${system.key}`, classes: 'nhsuk-radios--inline nhsuk-radios--small',
          fieldset: { legend: { text: `How well does ${system.label} support your work?`, classes: 'nhsuk-fieldset__legend--xs' } },
          items: SUPPORT_LABELS.map((label, i) => ({ value: String(i + 1), text: `${i + 1} ${label}`, checked: level === i + 1 })),
        },
      };
    }),
  };
}
