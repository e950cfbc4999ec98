import { describe, expect, it } from 'vitest';
import { ZSignUp } from '../../shared/contracts/accounts.js';
import { ApiError } from '../app/api.js';
import { problemFromError, problemFromZod } from './form-problem.js';

describe('problemFromZod', () => {
  it('keeps the first message of each field, in plain words from the shared contract', () => {
    const parsed = ZSignUp.safeParse({ organisationName: '', name: ' ', email: 'not-an-email', password: 'short' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(problemFromZod(parsed.error)).toEqual({
      detail: null,
      fields: {
        organisationName: 'Enter the name of your organisation',
        name: 'Enter your full name',
        email: 'Enter an email address in the correct format, like name@example.nhs.uk',
        password: 'Password must be at least 10 characters',
      },
    });
  });
});

describe('problemFromError', () => {
  it('maps dotted server field paths to form fields and keeps the detail', () => {
    const error = new ApiError(409, 'conflict', 'An account with this email address already exists. Sign in instead.', [
      { field: 'body.email', message: 'An account with this email address already exists' },
    ]);
    expect(problemFromError(error)).toEqual({
      detail: 'An account with this email address already exists. Sign in instead.',
      fields: { email: 'An account with this email address already exists' },
    });
  });

  it('drops a generic "N problems" summary in favour of the field messages', () => {
    const error = new ApiError(400, 'validation_failed', 'There are 2 problems with the body', [
      { field: 'startYear', message: 'Start year must be a year, like 2026' },
      { field: 'endYear', message: 'End year must be a year, like 2026' },
    ]);
    expect(problemFromError(error).detail).toBeNull();
  });

  it('says something useful about an error that is not from the API', () => {
    expect(problemFromError(new TypeError('boom'))).toEqual({ detail: 'Something went wrong. Please try again.', fields: {} });
  });
});
