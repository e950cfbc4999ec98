/**
 * PostgreSQL's unique_violation, through either driver (pg or PGlite), possibly wrapped by Drizzle.
 * Given a constraint (or unique index) name, only a violation of that one counts: a table can have
 * several unique rules, and each deserves its own message.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: named, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
    if (code !== '23505') continue;
    // Drivers name the constraint in its own field; the message says it too, for any that do not.
    return constraint === undefined || named === constraint || String(message).includes(`"${constraint}"`);
  }
  return false;
}
