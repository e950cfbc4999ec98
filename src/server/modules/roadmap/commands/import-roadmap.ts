import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { ZSaveInitiative, ZSaveProgramme, type Horizon } from '../../../../shared/contracts/roadmap.js';
import { firstCycleOf, type Edge } from '../../../../shared/roadmap-graph.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest, type FieldProblem } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { priorities } from '../../priorities/tables.js';
import { costFromCell, horizonFromCell, readRoadmapCsv, statusFromCell } from '../csv.js';
import { assertOpen } from '../load.js';
import { initiativeDependencies, initiatives, programmes } from '../tables.js';

type Strategy = { id: string; organisationId: string; archivedAt: Date | null };
const key = (text: string) => text.trim().toLowerCase();
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Adds the file's initiatives (and any programmes it names that are new, under the priority its
 * "Priority" column names) to the roadmap. All or nothing: any bad row, or dependencies that
 * make a loop, and nothing is saved, with every problem listed by row number.
 */
export async function importRoadmap(tx: Db, actor: Actor, strategy: Strategy, text: string) {
  assertOpen(strategy);
  const read = readRoadmapCsv(text);
  if ('error' in read) throw badRequest(read.error, [{ field: 'csv', message: read.error }]);
  if (read.rows.length === 0) throw badRequest('The file has no initiatives in it: add one row per initiative under the column names.', [{ field: 'csv', message: 'The file has no initiatives' }]);
  // As when adding one dependency: the strategy's row is locked so no addition meanwhile can close a loop with the file's.
  await tx.execute(sql`SELECT id FROM strategies WHERE id = ${strategy.id} FOR UPDATE`);
  const [priorityRows, programmeRows, existing, existingEdges] = await Promise.all([
    tx.select({ id: priorities.id, title: priorities.title }).from(priorities).where(eq(priorities.strategyId, strategy.id)),
    tx.select({ id: programmes.id, name: programmes.name, position: programmes.position }).from(programmes).where(eq(programmes.strategyId, strategy.id)),
    tx.select({ id: initiatives.id, title: initiatives.title, horizon: initiatives.horizon, position: initiatives.position }).from(initiatives).where(eq(initiatives.strategyId, strategy.id)),
    tx.select({ from: initiativeDependencies.initiativeId, to: initiativeDependencies.dependsOnId }).from(initiativeDependencies).where(eq(initiativeDependencies.strategyId, strategy.id)),
  ]);
  const problems: FieldProblem[] = [];
  const problem = (row: number, message: string) => problems.push({ field: `row ${row}`, message: `Row ${row}: ${message}` });
  const priorityByTitle = new Map(priorityRows.map((p) => [key(p.title), p.id]));
  const programmeByName = new Map(programmeRows.map((p) => [key(p.name), p.id]));
  const newProgrammes: (typeof programmes.$inferInsert)[] = [];
  const titleIds = new Map(existing.map((i) => [key(i.title), i.id]));
  const nextPosition = new Map<Horizon, number>();
  for (const i of existing) nextPosition.set(i.horizon, Math.max(nextPosition.get(i.horizon) ?? 0, i.position + 1));
  const rows: (typeof initiatives.$inferInsert)[] = [];
  const dependsOnTitles: { row: number; id: string; titles: string[] }[] = [];

  for (const { row, cells } of read.rows) {
    // A new programme's name is checked as the programme form checks it (length, one line).
    const named = ZSaveProgramme.shape.name.safeParse(cells.programme ?? '');
    const programmeName = named.success ? named.data : (cells.programme ?? '');
    let programmeId = programmeByName.get(key(programmeName));
    if (!programmeId && programmeName) {
      const priorityId = priorityByTitle.get(key(cells.priority ?? ''));
      if (!named.success) {
        for (const issue of named.error.issues) problem(row, issue.message);
      } else if (!priorityId) {
        problem(row, `the programme "${programmeName}" is not on the roadmap yet: give the title of its priority theme in the Priority column`);
      } else {
        programmeId = randomUUID();
        programmeByName.set(key(programmeName), programmeId);
        newProgrammes.push({ id: programmeId, organisationId: strategy.organisationId, strategyId: strategy.id, priorityId, name: programmeName, position: programmeRows.length + newProgrammes.length });
      }
    }
    if (!programmeName) problem(row, 'enter the programme');
    const status = cells.status ? statusFromCell(cells.status) : 'planned';
    if (!status) problem(row, `the status "${cells.status}" is not one of proposed, planned, in progress, done, paused or stopped`);
    const horizon = cells.horizon ? horizonFromCell(cells.horizon) : 'next';
    if (!horizon) problem(row, `the horizon "${cells.horizon}" is not one of now, next or later`);
    const parsed = ZSaveInitiative.safeParse({
      programmeId: PLACEHOLDER_ID, title: cells.title ?? '', owner: cells.owner ?? '', start: cells.start ?? '', end: cells.end ?? '',
      status: status ?? 'planned', horizon: horizon ?? 'next', estimatedCost: costFromCell(cells.cost ?? ''), benefit: cells.benefit ?? '',
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problem(row, issue.message);
      continue;
    }
    if (titleIds.has(key(parsed.data.title))) {
      problem(row, `another initiative is already called "${parsed.data.title}": titles must differ so dependencies can name them`);
      continue;
    }
    const id = randomUUID();
    titleIds.set(key(parsed.data.title), id);
    const { start, end, programmeId: _placeholder, systems: _s, projectIds: _p, insightIds: _i, ...rest } = parsed.data;
    const position = nextPosition.get(rest.horizon) ?? 0;
    nextPosition.set(rest.horizon, position + 1);
    rows.push({ ...rest, id, organisationId: strategy.organisationId, strategyId: strategy.id, programmeId: programmeId ?? PLACEHOLDER_ID, startMonth: start, endMonth: end, position, createdByUserId: actor.user.id });
    const titles = (cells['depends on'] ?? '').split(';').map((t) => t.trim()).filter(Boolean);
    if (titles.length > 0) dependsOnTitles.push({ row, id, titles });
  }

  const edges: Edge[] = [];
  for (const { row, id, titles } of dependsOnTitles) {
    for (const title of titles) {
      const to = titleIds.get(key(title));
      if (!to) problem(row, `it depends on "${title}", which is neither in the file nor on the roadmap`);
      else if (!edges.some((e) => e.from === id && e.to === to)) edges.push({ from: id, to });
    }
  }
  if (problems.length > 0) {
    throw badRequest(`The file has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, so nothing was imported. Correct ${problems.length === 1 ? 'it' : 'them'} and import the file again.`, problems);
  }
  const loop = firstCycleOf([...existingEdges, ...edges]);
  if (loop) {
    const titleOf = new Map([...titleIds].map(([, id]) => [id, '']));
    for (const r of rows) titleOf.set(r.id!, r.title);
    for (const e of existing) titleOf.set(e.id, e.title);
    const message = `The dependencies in the file make a loop: ${loop.map((id) => titleOf.get(id)).join(' → ')}. Nothing was imported.`;
    throw badRequest(message, [{ field: 'csv', message }]);
  }

  if (newProgrammes.length > 0) await tx.insert(programmes).values(newProgrammes);
  for (let i = 0; i < rows.length; i += 1_000) await tx.insert(initiatives).values(rows.slice(i, i + 1_000));
  for (let i = 0; i < edges.length; i += 2_000) {
    await tx.insert(initiativeDependencies).values(edges.slice(i, i + 2_000).map((e) => ({ initiativeId: e.from, dependsOnId: e.to, strategyId: strategy.id })));
  }
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId,
    action: 'roadmap.imported',
    subjectType: 'strategy',
    subjectId: strategy.id,
    before: null,
    after: { programmes: newProgrammes.map((p) => p.name), initiatives: rows.map((r) => r.title), dependencies: edges.length },
  });
  return { programmes: newProgrammes.length, initiatives: rows.length, dependencies: edges.length };
}
