import type { Problem } from '../../shared/contracts/common.js';

/**
 * The one way the workspace talks to the server. It speaks the server's conventions so
 * that no page has to: JSON under /api/v1, the session's CSRF token on every unsafe
 * request, and RFC 9457 problem+json turned into an ApiError the forms can show.
 */

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** Seconds to wait, from Retry-After on a 429. */
  readonly retryAfter: number | null;

  constructor(status: number, code: string, detail: string, fields: FieldError[] = [], retryAfter: number | null = null) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
  }
}

// The token comes from GET /me; the auth provider keeps it here so that every request,
// including those made outside React, sends the current one.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const unsafe = method !== 'GET';
  if (unsafe && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  // The server parses JSON bodies only: every POST/PUT/PATCH sends one, `{}` when there is
  // nothing to say. A DELETE has no body and so no content type, unless it names what to
  // remove (many ids at once, as unlinking evidence from an insight does).
  let payload: string | undefined;
  if (unsafe && (method !== 'DELETE' || body !== undefined)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', 'Chorus could not be reached. Check your connection and try again.');
  }
  if (response.ok) {
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  throw await toApiError(response);
}

async function toApiError(response: Response): Promise<ApiError> {
  const retry = Number(response.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
  let problem: Partial<Problem> = {};
  try {
    problem = (await response.json()) as Partial<Problem>;
  } catch {
    // A proxy's HTML error page, say: fall back to a plain message below.
  }
  const detail =
    problem.detail ??
    (response.status >= 500
      ? 'Something went wrong on our side. Please try again.'
      : `The request failed (${response.status}).`);
  return new ApiError(response.status, problem.code ?? 'unknown', detail, problem.errors ?? [], retryAfter);
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

/** Builds a query string from the defined, non-empty values only. */
export function query(params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
