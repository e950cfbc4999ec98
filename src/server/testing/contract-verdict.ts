import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ZodType } from 'zod';
import { naughtyStrings } from './test-data.js';

/** The Big List of Naughty Strings, and NUL alone, NUL inside text and one string too long for any form. */
export const formStrings = (): string[] => [...naughtyStrings().strings, '\u0000', 'Ward 5\u0000 notes', 'x'.repeat(5_001)];

/** PGlite decodes text with a TextDecoder, which drops a leading byte-order mark (invisible anyway). */
export const noBom = (v: unknown) => (typeof v === 'string' ? v.replace(/^\uFEFF/, '') : v);
export const pick = (o: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, noBom(o[k])]));

export type Verdict = { ok: true; data: Record<string, unknown> } | { ok: false; errors: { field: string; message: string }[] };

/** What the contract makes of a body: the values it stores, or each refused field with its message. */
export function judge(schema: ZodType, body: unknown): Verdict {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data as Record<string, unknown> };
  return { ok: false, errors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) };
}

/** The response agrees with the verdict: the success status, or a 400 with the contract's own field messages. */
export function expectAsJudged(response: LightMyRequestResponse, verdict: Verdict, okStatus: number, value: string): verdict is { ok: true; data: Record<string, unknown> } {
  const label = `${JSON.stringify(value).slice(0, 80)} → ${response.body.slice(0, 300)}`;
  if (verdict.ok) {
    expect(response.statusCode, label).toBe(okStatus);
    return true;
  }
  expect(response.statusCode, label).toBe(400);
  expect(response.json().errors, label).toEqual(verdict.errors);
  for (const e of verdict.errors) expect(e.message, label).toMatch(/^[A-Z][^\n]{8,}$/);
  return false;
}
