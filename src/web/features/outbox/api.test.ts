import { describe, expect, it } from 'vitest';
import { linksIn } from './api.js';

describe('linksIn', () => {
  it('finds each web address in an email once, without trailing punctuation from the text around it', () => {
    const text = [
      'Accept the invitation within 7 days: https://chorus.example.nhs.uk/invitations/AbC_-123',
      'Or paste https://chorus.example.nhs.uk/invitations/AbC_-123 into your browser.',
      'Reset it here: http://localhost:3000/reset-password?token=xyz.',
    ].join('\n');
    expect(linksIn(text)).toEqual([
      'https://chorus.example.nhs.uk/invitations/AbC_-123',
      'http://localhost:3000/reset-password?token=xyz',
    ]);
  });

  it('finds nothing in a message without links', () => {
    expect(linksIn('Hello,\nNo links here.')).toEqual([]);
  });
});
