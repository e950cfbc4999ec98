import type { SurveyTemplateDefinition } from './types.js';

/**
 * "Digital experience of staff": the survey most trusts run first in Discover, so a strategy
 * team can open a survey in minutes and change what does not fit. Written for every staff
 * group, clinical and not, in plain English. Option keys are readable so exports make sense.
 */
export const digitalExperienceTemplate: SurveyTemplateDefinition = {
  title: 'Digital experience of staff',
  intro:
    'We are writing our digital strategy and want to hear from everyone who works here. ' +
    'Tell us which digital tools you use, what helps, and what gets in the way of your work. ' +
    'The survey takes about 10 minutes. Your answers are anonymous: we report results only for ' +
    'groups large enough that no one can be identified.',
  thankYou:
    'Thank you for taking part. We will share what we heard with all staff, and how it has shaped the digital strategy.',
  sections: [
    {
      title: 'About your work',
      description: 'These questions let us compare the views of different groups. You can choose "Prefer not to say".',
      questions: [
        { ref: 'staff-group', type: 'profile', dimension: 'staff_group', title: 'Which staff group do you belong to?', required: true },
        { ref: 'division', type: 'profile', dimension: 'division', title: 'Which division do you work in?', required: true },
        { ref: 'site', type: 'profile', dimension: 'site', title: 'Where do you mainly work?', help: 'Choose the site where you spend most of your working week.' },
      ],
    },
    {
      title: 'Digital tools you use',
      description: '',
      questions: [
        {
          ref: 'tools',
          type: 'multiple_choice',
          title: 'Which of these do you use in a typical week?',
          help: 'Select all that apply.',
          options: [
            { key: 'epr', label: 'Electronic patient record (EPR)' },
            { key: 'e-prescribing', label: 'Electronic prescribing and medicines administration (ePMA)' },
            { key: 'pacs', label: 'Imaging system (PACS)' },
            { key: 'results', label: 'Test results and requesting (pathology and radiology)' },
            { key: 'e-rostering', label: 'E-rostering' },
            { key: 'microsoft-365', label: 'Microsoft Teams, Outlook or other Microsoft 365 apps' },
            { key: 'esr', label: 'Electronic Staff Record (ESR)' },
            { key: 'intranet', label: 'The intranet' },
            { key: 'e-learning', label: 'E-learning' },
            { key: 'none', label: 'None of these' },
          ],
        },
        {
          ref: 'device',
          type: 'single_choice',
          title: 'How do you usually get to a computer or device when you need one for work?',
          options: [
            { key: 'own-desk', label: 'I have my own computer or laptop' },
            { key: 'shared', label: 'I share a computer with colleagues' },
            { key: 'mobile', label: 'I use a mobile device, such as a tablet or phone' },
            { key: 'hard-to-find', label: 'I often cannot find one free' },
            { key: 'not-needed', label: 'I do not need one for my work' },
          ],
        },
      ],
    },
    {
      title: 'How well tools support your work',
      description: '',
      questions: [
        {
          ref: 'support',
          type: 'matrix',
          title: 'How much do you agree with each statement?',
          rows: [
            { key: 'log-in-quickly', label: 'I can log in quickly' },
            { key: 'available', label: 'Systems are available when I need them' },
            { key: 'enter-once', label: 'I do not have to enter the same information twice' },
            { key: 'find-information', label: 'I can find the information I need when I need it' },
            { key: 'wifi', label: 'The Wi-Fi works wherever I need it' },
            { key: 'get-help', label: 'I know how to get help when something goes wrong' },
          ],
        },
        {
          ref: 'training',
          type: 'single_choice',
          title: 'Have you had the training you need to use the digital tools in your role?',
          options: [
            { key: 'yes', label: 'Yes' },
            { key: 'partly', label: 'Partly' },
            { key: 'no', label: 'No' },
          ],
        },
        {
          ref: 'training-wanted',
          type: 'long_text',
          title: 'What training would help you?',
          help: 'For example, a system you would like to use better, or a way of learning that suits you.',
          showIf: { ref: 'training', operator: 'not_equals', value: 'yes' },
        },
        {
          ref: 'overall',
          type: 'rating',
          title: 'Overall, how well do digital tools support you to do your job?',
          help: '0 means not at all, 10 means extremely well.',
          required: true,
        },
      ],
    },
    {
      title: 'Your views and ideas',
      description: '',
      questions: [
        { ref: 'helps', type: 'long_text', title: 'What digital tools or ways of working help you most?' },
        {
          ref: 'gets-in-way',
          type: 'long_text',
          title: 'What gets in the way of your work when it comes to digital tools?',
          help: 'Tell us about a recent example if you can. Please do not name patients or colleagues.',
        },
        {
          ref: 'priorities',
          type: 'ranking',
          title: 'Put these improvements in order of importance to you',
          help: 'Put the most important first.',
          options: [
            { key: 'single-sign-on', label: 'Faster log-in, with fewer passwords' },
            { key: 'reliable', label: 'Systems and Wi-Fi that work reliably' },
            { key: 'devices', label: 'More computers and mobile devices' },
            { key: 'joined-up', label: 'Systems that share information, so I enter it once' },
            { key: 'training', label: 'Better training and support' },
            { key: 'less-paper', label: 'Less paper and fewer manual processes' },
          ],
        },
        { ref: 'one-idea', type: 'short_text', title: 'If you could change one thing about digital at work, what would it be?' },
      ],
    },
  ],
};
