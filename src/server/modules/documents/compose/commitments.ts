import type { MissionPage } from '../../../../shared/contracts/mission.js';
import { PARTNERSHIP_SIDE_LABELS, type Partnership } from '../../../../shared/contracts/partnership.js';
import type { DocBlock } from '../../../../shared/strategy-document.js';
import { heading, markdown, numbered, para } from './blocks.js';

/** The agreed mission, vision and principles; a draft is never put in the document. */
export function missionSection(page: MissionPage): DocBlock[] {
  const agreed = page.versions.find((v) => v.state === 'agreed');
  if (!agreed) return [para('The mission has not been agreed yet.')];
  const out: DocBlock[] = [...markdown(agreed.mission)];
  if (agreed.vision.trim()) out.push(heading('Our vision'), ...markdown(agreed.vision));
  if (agreed.principles.trim()) out.push(heading('Our principles'), ...markdown(agreed.principles));
  return out;
}

/** The agreed staff partnership: what staff can expect of the digital team, and what we ask of staff. */
export function partnershipSection(partnership: Partnership): DocBlock[] {
  const version = partnership.current;
  if (!version || version.status !== 'agreed') return [para('The partnership with staff has not been agreed yet.')];
  const out: DocBlock[] = version.intro.trim() ? markdown(version.intro) : [];
  for (const side of ['staff_can_expect', 'we_ask_of_staff'] as const) {
    const commitments = version.commitments[side];
    out.push(heading(PARTNERSHIP_SIDE_LABELS[side]));
    out.push(commitments.length ? numbered(commitments.map((c) => c.text)) : para('None yet.'));
  }
  if (version.reviewOnLabel) out.push(para(`We will review the partnership with staff by ${version.reviewOnLabel}.`));
  return out;
}
