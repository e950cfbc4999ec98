import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, notFoundFor, type FieldProblem } from '../errors.js';

/** Turns any error into RFC 9457 problem+json; a caller never sees a stack trace. */
export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  const body: Record<string, unknown> = {
    type: `https://chorus.invalid/problems/${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
  };
  if (error.fields.length > 0) body.errors = error.fields;
  return reply
    .code(error.status)
    .headers(error.headers)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(body);
}

const TITLES: Record<number, string> = {
  400: 'The request has a problem',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  410: 'No longer available',
  413: 'Request too large',
  415: 'Unsupported content type',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'Service unavailable',
};

function humanField(path: string): string {
  const last = path.split('.').filter(Boolean).at(-1) ?? 'value';
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Zod's default messages are written for developers; rewrite the common ones for people. */
function plainMessage(field: string, keyword: string, message: string, params: Record<string, unknown>): string {
  if (!message.startsWith('Invalid input') && !message.startsWith('Too ') && !message.startsWith('Invalid ')) {
    return message;
  }
  const name = humanField(field);
  if (keyword === 'invalid_type' && (params.input === undefined || message.includes('received undefined'))) {
    return `${name} is required`;
  }
  if (keyword === 'invalid_type') return `${name} must be a ${String(params.expected ?? 'valid value')}`;
  if (keyword === 'too_small') return `${name} must be at least ${String(params.minimum)}`;
  if (keyword === 'too_big') return `${name} must be at most ${String(params.maximum)}`;
  if (keyword === 'invalid_value' && Array.isArray(params.values)) {
    return `${name} must be one of ${params.values.join(', ')}`;
  }
  return `${name} is not valid`;
}

export function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? 'body';
    // Route parameters are ids in the address: a malformed one is a link to nothing, not a form to correct.
    if (where === 'params') return notFoundFor(error.validation[0]?.instancePath.split('/').filter(Boolean)[0] ?? 'record');
    const fields: FieldProblem[] = error.validation.map((issue) => {
      const path = issue.instancePath.split('/').filter(Boolean).join('.');
      const field = path || where;
      return {
        field,
        message: plainMessage(field, issue.keyword, issue.message ?? '', issue.params as Record<string, unknown>),
      };
    });
    const summary = fields.length === 1 ? fields[0]!.message : `There are ${fields.length} problems with the ${where}`;
    return new AppError(400, 'validation_failed', summary, fields);
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'body_too_large', 'The request is larger than this server accepts (100 KB for ordinary requests).');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError(400, 'malformed_json', 'The request body is not valid JSON. Check for a missing quote, comma or bracket.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'empty_body', 'The request says it sends JSON but the body is empty.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(400, 'bad_content_length', 'The request body does not match its Content-Length header.');
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new AppError(400, 'malformed_json', 'The request body is not valid JSON. Check for a missing quote, comma or bracket.');
  }
  if (fastifyError.statusCode === 429) {
    return new AppError(429, 'too_many_requests', fastifyError.message);
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError(fastifyError.statusCode, 'bad_request', fastifyError.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return new AppError(500, 'internal_error', 'Something went wrong on our side. The error has been logged; please try again.');
}
