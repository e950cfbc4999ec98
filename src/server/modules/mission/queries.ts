import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { MISSION_FIELD_LABELS, MISSION_FIELDS, type MissionComparison, type MissionPage } from '../../../shared/contracts/mission.js';
import { wordDiff } from '../../../shared/text/word-diff.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { users } from '../accounts/index.js';
import { loadStrategy } from '../strategies/index.js';
import { loadMissionVersion, stateOf } from './load.js';
import { missionVersions } from './tables.js';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const authors = alias(users, 'authors');
const agreers = alias(users, 'agreers');

/** Every version of the strategy's mission, newest first, with which is agreed and which is the draft. */
export async function missionPage(db: Db, actor: Actor, strategyId: string): Promise<MissionPage> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const rows = await db
    .select({ version: missionVersions, author: authors.name, agreedBy: agreers.name })
    .from(missionVersions)
    .leftJoin(authors, eq(authors.id, missionVersions.createdByUserId))
    .leftJoin(agreers, eq(agreers.id, missionVersions.agreedByUserId))
    .where(eq(missionVersions.strategyId, strategy.id))
    .orderBy(desc(missionVersions.number));
  const latestNumber = rows[0]?.version.number ?? 0;
  const versions = rows.map(({ version: v, author, agreedBy }) => ({
    id: v.id,
    number: v.number,
    mission: v.mission,
    vision: v.vision,
    principles: v.principles,
    changeNote: v.changeNote,
    author: author ?? 'A former member',
    createdAt: v.createdAt.toISOString(),
    createdOn: dayFormat.format(v.createdAt),
    state: stateOf(v, latestNumber),
    agreedBy: v.agreedAt ? (agreedBy ?? 'A former member') : null,
    agreedAt: v.agreedAt?.toISOString() ?? null,
    agreedOn: v.agreedAt ? dayFormat.format(v.agreedAt) : null,
  }));
  const role = actor.member.role;
  const open = !strategy.archivedAt;
  return {
    strategyId: strategy.id,
    versions,
    agreedId: versions.find((v) => v.state === 'agreed')?.id ?? null,
    draftId: versions.find((v) => v.state === 'draft')?.id ?? null,
    can: {
      create: open && can(role, 'create', 'mission'),
      update: open && can(role, 'update', 'mission'),
      delete: open && can(role, 'delete', 'mission'),
      agree: open && can(role, 'update', 'mission'),
      comment: can(role, 'create', 'develop_comment'),
    },
  };
}

/** A word-level comparison of two versions of one strategy's mission, field by field. */
export async function compareMissionVersions(db: Db, actor: Actor, fromId: string, toId: string): Promise<MissionComparison> {
  const { version: from } = await loadMissionVersion(db, actor, fromId);
  const [to] = await db.select().from(missionVersions).where(eq(missionVersions.id, toId));
  if (!to || to.strategyId !== from.strategyId) throw notFound('The mission version to compare with');
  return {
    from: { id: from.id, number: from.number },
    to: { id: to.id, number: to.number },
    fields: MISSION_FIELDS.map((field) => ({
      field,
      label: MISSION_FIELD_LABELS[field],
      changed: from[field] !== to[field],
      parts: wordDiff(from[field], to[field]),
    })),
  };
}
