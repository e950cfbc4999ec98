import { eq, inArray } from 'drizzle-orm';
import type { ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import type { Db } from '../../platform/db/client.js';
import { organisations } from '../organisations/index.js';
import { buildRespondentsCube } from '../results/index.js';
import { loadProfileChoices } from '../workforce/index.js';
import { evidenceItems } from './tables.js';

/**
 * Whether a survey answer may show its respondent's division and staff group is decided by the
 * same suppressed respondents cube the results and coverage pages read: a quote never names a
 * group those pages hide (too small, or hidden to protect another). Nothing is decided here
 * that the one suppression function has not already decided.
 */
export interface Scope {
  organisationId: string;
  strategyId: string;
}
export interface ShownSegment {
  division: string | null;
  staffGroup: string | null;
}
type Cubes = Awaited<ReturnType<typeof buildRespondentsCube>>;

export class SegmentJudge {
  private readonly cubes = new Map<string, Cubes>();
  private constructor(
    private readonly db: Db,
    readonly profile: ProfileChoices,
    private readonly minGroupSize: number,
  ) {}

  static async forOrganisation(db: Db, organisationId: string): Promise<SegmentJudge> {
    const [profile, [org]] = await Promise.all([
      loadProfileChoices(db, organisationId),
      db.select({ k: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, organisationId)),
    ]);
    return new SegmentJudge(db, profile, org!.k);
  }

  private async cubeOf(surveyId: string): Promise<Cubes> {
    let cubes = this.cubes.get(surveyId);
    if (!cubes) {
      cubes = await buildRespondentsCube(this.db, surveyId, this.profile, this.minGroupSize);
      this.cubes.set(surveyId, cubes);
    }
    return cubes;
  }

  private label(dimension: 'division' | 'staff_group', id: string): string | null {
    return this.profile[dimension].find((c) => c.key === id)?.label ?? null;
  }

  /** True when the results of this survey show the group given (either part may be absent). */
  async shows(surveyId: string, group: { divisionId?: string | null; staffGroupId?: string | null }): Promise<boolean> {
    const { respondents } = await this.cubeOf(surveyId);
    const filter: Record<string, string> = {};
    if (group.divisionId) {
      if (!this.label('division', group.divisionId)) return false;
      filter.division = group.divisionId;
    }
    if (group.staffGroupId) {
      if (!this.label('staff_group', group.staffGroupId)) return false;
      filter.staff_group = group.staffGroupId;
    }
    return !respondents.count(filter).suppressed;
  }

  /**
   * What one answer may show. Both parts together only where their combination is shown;
   * otherwise one part alone (division first) where that margin is shown, because two shown
   * margins side by side on one quote would still name the hidden combination.
   */
  async segmentOf(item: { surveyId: string | null; divisionId: string | null; staffGroupId: string | null }): Promise<ShownSegment> {
    const none = { division: null, staffGroup: null };
    if (!item.surveyId) return none;
    const division = item.divisionId ? this.label('division', item.divisionId) : null;
    const staffGroup = item.staffGroupId ? this.label('staff_group', item.staffGroupId) : null;
    if (division && staffGroup && (await this.shows(item.surveyId, item))) return { division, staffGroup };
    if (division && (await this.shows(item.surveyId, { divisionId: item.divisionId }))) return { division, staffGroup: null };
    if (staffGroup && (await this.shows(item.surveyId, { staffGroupId: item.staffGroupId }))) return { division: null, staffGroup };
    return none;
  }
}

/** Per item, the division and staff group the results would show, or nulls where they hide it. */
export async function segmentsOf(db: Db, scope: Scope, ids: string[]): Promise<Map<string, ShownSegment>> {
  const out = new Map<string, ShownSegment>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ id: evidenceItems.id, strategyId: evidenceItems.strategyId, surveyId: evidenceItems.surveyId, divisionId: evidenceItems.divisionId, staffGroupId: evidenceItems.staffGroupId })
    .from(evidenceItems)
    .where(inArray(evidenceItems.id, ids));
  const judge = await SegmentJudge.forOrganisation(db, scope.organisationId);
  for (const row of rows) {
    if (row.strategyId !== scope.strategyId) continue;
    out.set(row.id, await judge.segmentOf(row));
  }
  return out;
}
