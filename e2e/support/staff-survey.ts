import type { StaffAnswers } from './respondent.js';

/**
 * The organisation the Discover survey journeys share. With a minimum group size of 10:
 * Nursing in Medicine (10) and Admin in Surgery (10) can be shown; Medical (5) and AHPs (5),
 * both in Medicine, cannot; Nursing in Surgery has a headcount and nobody answers.
 * Each group gives one answer to the training question, so every figure checked is either 0 or
 * a group of at least 10, and two hidden groups of 5 hide each other (nothing else need be).
 */
export const NURSING = 'Nursing and Midwifery Registered';
export const ADMIN = 'Administrative and Clerical';
export const MEDICAL = 'Medical and Dental';
export const AHP = 'Allied Health Professionals';
export const SITE = 'Riverside General Hospital';
export const TEMPLATE_TITLE = 'Digital experience of staff';
export const IDEA_BEFORE = 'If you could change one thing about digital at work, what would it be?';
export const IDEA_AFTER = 'What one change to digital tools would help you most at work?';
export const ACCESS_CODE = 'Riverside26';

export const WORKFORCE = {
  divisions: ['Medicine', 'Surgery'],
  sites: [SITE],
  headcounts: [
    ['Medicine', NURSING, 40],
    ['Medicine', MEDICAL, 20],
    ['Medicine', AHP, 15],
    ['Surgery', ADMIN, 25],
    ['Surgery', NURSING, 30],
  ] as [string, string, number][],
};

export const nurse = (n: number): StaffAnswers => ({ staffGroup: NURSING, division: 'Medicine', site: SITE, training: 'Yes', overall: 7, idea: `One log-in for every ward system (nurse ${n})` });
export const clerk = (n: number): StaffAnswers => ({ staffGroup: ADMIN, division: 'Surgery', site: SITE, training: 'Partly', overall: 5, idea: `A faster way to book rooms (clerk ${n})` });
export const doctor = (n: number): StaffAnswers => ({ staffGroup: MEDICAL, division: 'Medicine', site: SITE, training: 'No', overall: 4, idea: `Results on my phone (doctor ${n})` });
export const therapist = (): StaffAnswers => ({ staffGroup: AHP, division: 'Medicine', site: SITE, training: 'No', overall: 6 });
