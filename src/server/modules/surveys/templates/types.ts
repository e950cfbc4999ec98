import type { Choice, ProfileDimension, QuestionType, ShowIf } from '../../../../shared/contracts/survey-definition.js';

/** A ready-made survey; conditions name earlier questions by `ref`, turned into ids on insert. */
export interface TemplateQuestion {
  ref: string;
  type: QuestionType;
  title: string;
  help?: string;
  required?: boolean;
  options?: Choice[];
  rows?: Choice[];
  dimension?: ProfileDimension;
  showIf?: { ref: string; operator: ShowIf['operator']; value: string };
}

export interface SurveyTemplateDefinition {
  title: string;
  intro: string;
  thankYou: string;
  sections: { title: string; description: string; questions: TemplateQuestion[] }[];
}
