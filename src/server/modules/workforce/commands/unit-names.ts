import { conflict, type AppError } from '../../../platform/errors.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';

/**
 * The database's unique name index is the rule (case-insensitive, and so safe when two people
 * add the same name at once); this turns its refusal into a message. The refusal is thrown on,
 * so the command's transaction rolls back with it.
 */
export async function insertUniquely<T>(write: () => Promise<T[]>, problem: () => AppError): Promise<T> {
  try {
    const [row] = await write();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) throw problem();
    throw error;
  }
}

export function duplicateNameProblem(kind: string, name: string, inDivision = false): AppError {
  const message = `There is already a ${kind} called "${name}"${inDivision ? ' in that division' : ''}. Choose a different name.`;
  return conflict(message, [{ field: 'name', message }]);
}
