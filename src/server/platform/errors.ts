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
export const conflict = (message: string, fields: FieldProblem[] = []) =>
  new AppError(409, 'conflict', message, fields);
export const gone = (message: string) => new AppError(410, 'gone', message);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new AppError(429, 'too_many_requests', message, [], {
    'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });
