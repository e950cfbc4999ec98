import { describe, expect, it } from 'vitest';
import './modules.js';
import { hasSubjectWords, listRules, refusal } from './platform/policy.js';

describe('refusal messages', () => {
  it('have words for every subject in the rule table, so nobody reads a code name', () => {
    const missing = [...new Set(listRules().map((r) => r.subject))].filter((s) => !hasSubjectWords(s));
    expect(missing).toEqual([]);
  });

  it('name who may act, and read as words', () => {
    for (const rule of listRules()) {
      const message = refusal(rule.action as 'read', rule.subject, 'Northbridge');
      expect(message).toMatch(/^Only [a-z ,]+ can [a-z]+ [^_]+\. Ask an admin of Northbridge if you need to\.$/);
    }
    expect(refusal('manage', 'survey_response')).toBe('Only admins can manage individual survey responses. Ask an admin of your organisation if you need to.');
  });
});
