import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../app/api.js';

/**
 * What went wrong with a form submission, in the shape the NHS.UK pattern needs: an
 * optional overall message for the error summary, and one message per field.
 */
export interface FormProblem {
  detail: string | null;
  fields: Record<string, string>;
}

/** The first message for each top-level field of a failed zod parse. */
export function problemFromZod(error: z.ZodError): FormProblem {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fields[field] ??= issue.message;
  }
  return { detail: null, fields };
}

/**
 * Turns a failed request into a form problem. Field paths from the server may be dotted
 * (`body.email`); the last part names the field.
 */
export function problemFromError(error: unknown): FormProblem {
  if (!(error instanceof ApiError)) {
    return { detail: 'Something went wrong. Please try again.', fields: {} };
  }
  const fields: Record<string, string> = {};
  for (const { field, message } of error.fields) {
    const name = field.split('.').filter(Boolean).at(-1) ?? field;
    fields[name] ??= message;
  }
  // A bare "there are 3 problems with the body" says less than the field messages below it.
  const generic = error.code === 'validation_failed' && error.fields.length > 1;
  const repeatsOnlyField = error.fields.length === 1 && error.fields[0]?.message === error.message;
  const detail = generic || repeatsOnlyField ? null : error.message;
  return { detail, fields };
}

/** Holds a form's current problem; each new problem is a new object so the summary refocuses. */
export function useFormProblem() {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const showZod = useCallback((error: z.ZodError) => setProblem(problemFromZod(error)), []);
  const showError = useCallback((error: unknown) => setProblem(problemFromError(error)), []);
  const clear = useCallback(() => setProblem(null), []);
  const set = useCallback((next: FormProblem) => setProblem(next), []);
  const field = useCallback((name: string) => problem?.fields[name], [problem]);
  return { problem, showZod, showError, clear, set, field };
}
