/**
 * NHS England's "What Good Looks Like" framework (2021), shipped with every organisation.
 * The seven success measures keep their published names (with the later renamings); each
 * description is Chorus's own short summary, written in our words and flagged as such
 * (`chorusSummary`), never the official text, which trusts should read at the source.
 */
export const WGLL_KEY = 'wgll';

export const WGLL = {
  name: 'What Good Looks Like (NHS England)',
  description:
    'The national framework of seven success measures for digital maturity in NHS organisations, scored 1 to 5. ' +
    'A level counts only when all of its elements are met.',
  scaleMax: 5,
  measures: [
    {
      name: 'Well led',
      description:
        'The board and senior leaders own a clear digital ambition that is tied to the organisation’s clinical and ' +
        'financial plans. Digital, data and information governance have named leaders, fair funding and a voice where ' +
        'decisions are made, and staff and patients help shape what gets done.',
    },
    {
      name: 'Ensure smart foundations',
      description:
        'The technology under everyday care is dependable, secure and kept up to date: networks, devices, hosting and ' +
        'the teams who run them. Cyber security is treated as a board-level risk, and systems are chosen to connect ' +
        'with one another rather than sit in silos.',
    },
    {
      name: 'Safe practice',
      description:
        'Digital tools are used to make care safer. Clinical safety standards are followed whenever systems change, ' +
        'the organisation can keep caring for people when a system fails, and information is shared securely and ' +
        'lawfully so that care is safe wherever people are seen.',
    },
    {
      name: 'Support workforce',
      description:
        'Staff have the tools, access and skills they need to work well wherever they are. Digital and data ' +
        'professionals are valued and developed, and everyone else is helped to become confident with technology ' +
        'rather than left to cope alone. (Earlier called “Support people”.)',
    },
    {
      name: 'Empower people',
      description:
        'Patients, carers and the public can use digital services to find information, manage appointments, see ' +
        'their records and take part in their own care. Other routes stay open for people who need them, so nobody ' +
        'is shut out. (Earlier called “Empower citizens”.)',
    },
    {
      name: 'Improve care',
      description:
        'Pathways are redesigned around digital tools so that care is more effective, better joined up and less ' +
        'wasteful. Clinicians record information once and reuse it, and timely data supports decisions at the ' +
        'point of care.',
    },
    {
      name: 'Healthy populations',
      description:
        'Data from the organisation and its partners is brought together to understand the health of the people it ' +
        'serves, reduce inequalities and plan services. Analysts and researchers use that data responsibly to prevent ' +
        'illness and target support where it is most needed.',
    },
  ],
} as const;
