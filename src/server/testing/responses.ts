import { randomUUID } from 'node:crypto';
import type { Answers, SurveyDefinition } from '../../shared/contracts/survey-definition.js';
import type { Db } from '../platform/db/client.js';
import { recordResponse } from '../modules/responses/index.js';

/**
 * Stores one anonymous response exactly as the respond page does, for the tests of a module that
 * the responses module depends on (surveys): such a module may not import responses itself,
 * or the two would depend on each other in a loop (`npm run cycles`).
 */
export async function storeResponse(db: Db, survey: { id: string; organisationId: string }, definition: SurveyDefinition, answers: Answers): Promise<void> {
  await db.transaction((tx) =>
    recordResponse(tx, { survey: { ...survey, anonymous: true }, definition, answers, idempotencyKey: randomUUID(), invitationId: null }),
  );
}
