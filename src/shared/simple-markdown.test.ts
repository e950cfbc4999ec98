import { describe, expect, it } from 'vitest';
import { parseSimpleMarkdown } from './simple-markdown.js';

describe('parseSimpleMarkdown', () => {
  it('reads paragraphs, line breaks, bold and italic', () => {
    expect(parseSimpleMarkdown('Hello **all** staff.\nIt takes *ten* minutes.\n\nThank you')).toEqual([
      {
        kind: 'p',
        content: [
          { text: 'Hello ' },
          { text: 'all', strong: true },
          { text: ' staff.' },
          { text: 'It takes ', br: true },
          { text: 'ten', em: true },
          { text: ' minutes.' },
        ],
      },
      { kind: 'p', content: [{ text: 'Thank you' }] },
    ]);
  });

  it('reads bullet and numbered lists', () => {
    expect(parseSimpleMarkdown('- Nursing\n- Medical\n\n1. First\n2. Second')).toEqual([
      { kind: 'ul', items: [[{ text: 'Nursing' }], [{ text: 'Medical' }]] },
      { kind: 'ol', items: [[{ text: 'First' }], [{ text: 'Second' }]] },
    ]);
  });

  it('keeps links to the web and email, and only the words of any other link', () => {
    expect(parseSimpleMarkdown('[Privacy](https://example.nhs.uk/privacy) or [us](mailto:team@example.nhs.uk)')[0]).toEqual({
      kind: 'p',
      content: [
        { text: 'Privacy', href: 'https://example.nhs.uk/privacy' },
        { text: ' or ' },
        { text: 'us', href: 'mailto:team@example.nhs.uk' },
      ],
    });
    expect(parseSimpleMarkdown('[click](javascript:alert(1))')[0]).toEqual({ kind: 'p', content: [{ text: 'click' }, { text: ')' }] });
    expect(parseSimpleMarkdown('[x](data:text/html,hi)')[0]).toEqual({ kind: 'p', content: [{ text: 'x' }] });
  });

  it('leaves snake_case and lone stars as written', () => {
    expect(parseSimpleMarkdown('staff_group_id and 5 * 3')[0]).toEqual({ kind: 'p', content: [{ text: 'staff_group_id and 5 * 3' }] });
  });
});

describe('images', () => {
  it('keeps only the words of an image, never its address, however it is written', () => {
    expect(parseSimpleMarkdown('See ![a 40 MB scan](https://example.org/scan.png) here')).toEqual([
      { kind: 'p', content: [{ text: 'See ' }, { text: 'a 40 MB scan' }, { text: ' here' }] },
    ]);
    expect(parseSimpleMarkdown('![x](javascript:alert(1))')).toEqual([{ kind: 'p', content: [{ text: 'x' }, { text: ')' }] }]);
  });
});
