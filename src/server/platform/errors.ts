/** One error type for everything a caller did wrong; the HTTP layer turns it into problem+json. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `body.email` or `endYear`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, fields: FieldProblem[] = []) =>
  new AppError(400, 'invalid_request', message, fields);
export const unauthorized = (message = 'Sign in to continue.') =>
  new AppError(401, 'unauthenticated', message);
export const forbidden = (message: string) => new AppError(403, 'forbidden', message);
export const notFound = (what: string) =>
  new AppError(404, 'not_found', `${what} was not found, or you do not have access to it.`);
/** "surveyId" → "survey": what a person calls the record an address parameter names. */
export function recordNoun(param: string): string {
  if (param === 'orgId' || param === 'organisationId') return 'organisation';
  const words = param.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words || 'record';
}
/**
 * A record named in the address that is not there, is another organisation's, or is not even an
 * id (a mistyped link): the same friendly not-found, never a validation message about identifiers.
 */
export const notFoundFor = (param: string) =>
  new AppError(404, 'not_found', `We could not find that ${recordNoun(param)}. Check the link, or find it again from its list.`);
export const conflict = (message: string, fields: FieldProblem[] = []) =>
  new AppError(409, 'conflict', message, fields);
export const gone = (message: string) => new AppError(410, 'gone', message);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new AppError(429, 'too_many_requests', message, [], {
    'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });
