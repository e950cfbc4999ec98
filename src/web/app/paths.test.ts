import { describe, expect, it } from 'vitest';
import { paths, safeNext } from './paths.js';

describe('safeNext', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNext('/invitations/abc?x=1')).toBe('/invitations/abc?x=1');
  });

  it.each([null, undefined, '', 'https://evil.example/', '//evil.example/path', '/\\evil.example', 'javascript:alert(1)'])(
    'sends %s to the home page instead',
    (next) => {
      expect(safeNext(next)).toBe('/');
    },
  );
});

describe('paths', () => {
  it('encodes the destination after sign-in', () => {
    expect(paths.signIn('/orgs/1/audit?action=a&to=b')).toBe('/sign-in?next=%2Forgs%2F1%2Faudit%3Faction%3Da%26to%3Db');
  });
});
