import { describe, expect, it } from 'vitest';
import { paths, safeNext } from './paths.js';

describe('safeNext', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNext('/invitations/abc?x=1')).toBe('/invitations/abc?x=1');
    expect(safeNext('/orgs/1/audit?action=a&to=b#top')).toBe('/orgs/1/audit?action=a&to=b#top');
  });

  it.each([
    null, undefined, '', 'https://evil.example/', '//evil.example/path', '/\\evil.example', 'javascript:alert(1)',
    '/\t/evil.example', '/\n/evil.example', '/\r/evil.example', '\t//evil.example', '/orgs\u0000/x', '/a\\b', '/\u0085/evil.example',
    ' //evil.example', 'http:/evil.example',
  ])(
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
