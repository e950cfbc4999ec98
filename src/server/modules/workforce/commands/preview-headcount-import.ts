import type { ImportPreview } from '../../../../shared/contracts/workforce.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { parseHeadcountCsv } from '../import/headcount-csv.js';
import { planImport } from '../import/plan-import.js';
import { workforceState } from '../queries.js';
import { ensureDefaultStaffGroups } from './ensure-default-staff-groups.js';

/** A dry run: what importing the file would do, and every problem with it. Changes nothing but the default staff groups. */
export async function previewHeadcountImport(ctx: AppContext, actor: Actor, csv: string): Promise<ImportPreview> {
  await ensureDefaultStaffGroups(ctx.db, actor.member.organisationId);
  const parsed = parseHeadcountCsv(csv);
  return planImport(parsed, await workforceState(ctx.db, actor.member.organisationId)).preview;
}
