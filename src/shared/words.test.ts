import { describe, expect, it } from 'vitest';
import { plural } from './words.js';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'response')).toBe('1 response');
    expect(plural(2, 'response')).toBe('2 responses');
    expect(plural(0, 'second')).toBe('0 seconds');
  });

  it('takes an irregular plural and groups thousands', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(1931, 'person', 'people')).toBe('1,931 people');
  });
});
