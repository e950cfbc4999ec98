import commonPasswords from 'fxa-common-password-list';
import { badRequest } from '../../platform/errors.js';

/**
 * Length is checked by the shared contract; this adds what only the server knows:
 * a list of the 50,000 most common passwords, and the person's own email address.
 */
export function assertAcceptablePassword(password: string, email: string | null, field = 'password'): void {
  const lower = password.toLowerCase();
  if (commonPasswords.test(password) || commonPasswords.test(lower)) {
    throw badRequest('Choose a less common password', [
      { field, message: 'This password is on a list of commonly used passwords. Choose one that is harder to guess' },
    ]);
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) {
    throw badRequest('Choose a password that does not contain your email address', [
      { field, message: 'Password must not contain your email address' },
    ]);
  }
  if (new Set(password).size < 4) {
    throw badRequest('Choose a less repetitive password', [
      { field, message: 'Password must use at least 4 different characters' },
    ]);
  }
}
