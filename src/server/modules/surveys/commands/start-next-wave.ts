import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadStrategy } from '../../strategies/index.js';
import { auditSurvey } from '../editing.js';
import { loadSurvey } from '../queries.js';
import { surveyQuestions, surveys, surveySections } from '../tables.js';

const WAVE_SUFFIX = / — wave \d+$/;

/** How many waves the family has up to and including this survey (a survey with no previous wave is wave 1). */
async function waveNumber(tx: Db, surveyId: string): Promise<number> {
  let n = 1;
  const seen = new Set<string>([surveyId]);
  let current: string | null = surveyId;
  while (current) {
    const [row]: { previous: string | null }[] = await tx.select({ previous: surveys.previousWaveId }).from(surveys).where(eq(surveys.id, current));
    current = row?.previous ?? null;
    // A loop cannot be made through this command, but the column is free; never walk forever.
    if (!current || seen.has(current)) break;
    seen.add(current);
    n += 1;
  }
  return n;
}

/**
 * Runs a survey again: a new draft with the same intro, thank-you, sections and questions (new
 * ids, same option keys, so answers of every wave count alike), linked to the survey it repeats.
 * Each copied question remembers the first wave's question, which is how a measure bound to that
 * question finds the same question in every later wave.
 */
export async function startNextWave(ctx: AppContext, actor: Actor, surveyId: string): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const source = await loadSurvey(tx, actor, surveyId);
    const strategy = await loadStrategy(tx, actor, source.strategyId);
    if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before running a survey again.');
    const wave = (await waveNumber(tx, source.id)) + 1;
    const title = `${source.title.replace(WAVE_SUFFIX, '')} — wave ${wave}`;
    const [row] = await tx
      .insert(surveys)
      .values({
        organisationId: source.organisationId,
        strategyId: source.strategyId,
        title,
        intro: source.intro,
        thankYou: source.thankYou,
        anonymous: source.anonymous,
        previousWaveId: source.id,
      })
      .returning();
    const sections = await tx.select().from(surveySections).where(eq(surveySections.surveyId, source.id));
    const sectionIds = new Map(sections.map((s) => [s.id, randomUUID()]));
    if (sections.length > 0) {
      await tx.insert(surveySections).values(
        sections.map((s) => ({ id: sectionIds.get(s.id)!, surveyId: row!.id, position: s.position, title: s.title, description: s.description })),
      );
    }
    const questions = await tx.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, source.id));
    const questionIds = new Map(questions.map((q) => [q.id, randomUUID()]));
    if (questions.length > 0) {
      await tx.insert(surveyQuestions).values(
        questions.map((q) => ({
          id: questionIds.get(q.id)!,
          surveyId: row!.id,
          sectionId: sectionIds.get(q.sectionId)!,
          position: q.position,
          type: q.type,
          title: q.title,
          help: q.help,
          required: q.required,
          options: q.options.map((o) => ({ ...o })),
          rows: q.rows.map((r) => ({ ...r })),
          dimension: q.dimension,
          // Conditions point to questions of the same survey, so to the copies.
          showIf: q.showIf ? { ...q.showIf, questionId: questionIds.get(q.showIf.questionId) ?? q.showIf.questionId } : null,
          firstWaveQuestionId: q.firstWaveQuestionId ?? q.id,
        })),
      );
    }
    await auditSurvey(tx, actor, row!, {
      action: 'survey.next_wave_started',
      after: { title, previousWaveId: source.id, wave, questionCount: questions.length },
    });
    return row!.id;
  });
}
