import { and, asc, desc, eq } from 'drizzle-orm';
import type { ImportOptions } from '../../../shared/contracts/imports.js';
import type { SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { users } from '../accounts/tables.js';
import { loadProfileChoices } from '../workforce/index.js';
import { strategies } from '../strategies/tables.js';
import { surveyQuestions, surveys, surveySections } from '../surveys/tables.js';
import { TOOL_LABELS, TOOLS, type Tool } from './layouts.js';
import type { Target } from './plan.js';
import type { PrepareContext } from './prepare.js';
import { imports } from './tables.js';

/** Who is importing: a person through the API, or the command line (no user). */
export interface Importer {
  organisationId: string;
  userId: string | null;
  name: string | null;
}

/** The strategy, only if it belongs to the importer's organisation. */
export async function loadImportStrategy(db: Db, organisationId: string, strategyId: string) {
  const [row] = await db.select().from(strategies).where(and(eq(strategies.id, strategyId), eq(strategies.organisationId, organisationId)));
  if (!row) throw notFound('The strategy');
  return row;
}

/** A survey's sections and questions, in the order respondents meet them. */
async function loadDefinition(db: Db, surveyId: string): Promise<SurveyDefinition> {
  const [sections, questions] = await Promise.all([
    db.select().from(surveySections).where(eq(surveySections.surveyId, surveyId)).orderBy(asc(surveySections.position)),
    db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId)).orderBy(asc(surveyQuestions.position)),
  ]);
  const order = new Map(sections.map((s, i) => [s.id, i]));
  questions.sort((a, b) => order.get(a.sectionId)! - order.get(b.sectionId)! || a.position - b.position);
  return {
    sections: sections.map((s) => ({ id: s.id, title: s.title, description: s.description })),
    questions: questions.map((q) => ({
      id: q.id, sectionId: q.sectionId, type: q.type, title: q.title, help: q.help, required: q.required,
      options: q.options, rows: q.rows, dimension: q.dimension ?? null, showIf: q.showIf ?? null,
    })),
  };
}

async function loadTarget(db: Db, organisationId: string, strategyId: string, surveyId: string): Promise<Target> {
  const [survey] = await db
    .select({ id: surveys.id, title: surveys.title, anonymous: surveys.anonymous })
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, organisationId), eq(surveys.strategyId, strategyId)));
  if (!survey) throw notFound('The survey');
  return { survey, definition: await loadDefinition(db, survey.id) };
}

/** Where the same file went before: into the chosen survey, or (creating) anywhere in the strategy. */
async function findDuplicate(db: Db, strategyId: string, sha256: string, surveyId: string | undefined) {
  const [row] = await db
    .select({ surveyId: imports.surveyId, surveyTitle: surveys.title, createdAt: imports.createdAt })
    .from(imports)
    .innerJoin(surveys, eq(surveys.id, imports.surveyId))
    .where(and(eq(imports.strategyId, strategyId), eq(imports.fileSha256, sha256), surveyId ? eq(imports.surveyId, surveyId) : undefined))
    .limit(1);
  return row ? { surveyId: row.surveyId, surveyTitle: row.surveyTitle, importedAt: row.createdAt.toISOString() } : null;
}

export async function loadPrepareContext(db: Db, organisationId: string, strategyId: string, options: ImportOptions, sha256: string): Promise<PrepareContext> {
  const [profile, target, duplicateOf] = await Promise.all([
    loadProfileChoices(db, organisationId),
    options.surveyId ? loadTarget(db, organisationId, strategyId, options.surveyId) : Promise.resolve(null),
    findDuplicate(db, strategyId, sha256, options.surveyId),
  ]);
  return { profile, target, duplicateOf };
}

export async function listImports(db: Db, organisationId: string, strategyId: string) {
  const rows = await db
    .select({
      id: imports.id, surveyId: imports.surveyId, surveyTitle: surveys.title, fileName: imports.fileName, tool: imports.tool,
      rowCount: imports.rowCount, createdAt: imports.createdAt, createdByName: users.name,
    })
    .from(imports)
    .innerJoin(surveys, eq(surveys.id, imports.surveyId))
    .leftJoin(users, eq(users.id, imports.createdBy))
    .where(and(eq(imports.organisationId, organisationId), eq(imports.strategyId, strategyId)))
    .orderBy(desc(imports.createdAt));
  return rows.map((r) => ({
    ...r,
    toolLabel: (TOOLS as readonly string[]).includes(r.tool) ? TOOL_LABELS[r.tool as Tool] : r.tool,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName ?? null,
  }));
}
