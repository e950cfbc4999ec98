import type { MissionVersionRow } from './load.js';

/** The words of a version as the audit trail keeps them, so before and after show what changed. */
export const auditedText = (v: Pick<MissionVersionRow, 'number' | 'mission' | 'vision' | 'principles' | 'changeNote'>) => ({
  number: v.number,
  mission: v.mission,
  vision: v.vision,
  principles: v.principles,
  changeNote: v.changeNote,
});
