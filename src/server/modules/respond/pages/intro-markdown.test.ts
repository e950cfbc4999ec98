import { describe, expect, it } from 'vitest';
import { parseSimpleMarkdown } from '../../../../shared/simple-markdown.js';
import { naughtyStrings } from '../../../testing/test-data.js';
import { render } from './render.js';

const renderIntro = (intro: string) => render('respond/intro-text.njk', { intro: parseSimpleMarkdown(intro) });

// The only markup the introduction may produce. Anything else left after removing these is
// markup that came from the author's text.
const OURS = [
  /<\/?(p|strong|em|ul|ol|li)>/g,
  /<(ul|ol) class="nhsuk-list nhsuk-list--(bullet|number)">/g,
  /<br>/g,
  /<a href="(https?:\/\/|mailto:)[^"<>]*" target="_blank" rel="noopener noreferrer">/g,
  /<span class="nhsuk-u-visually-hidden"> \(opens in a new tab\)<\/span><\/a>/g,
];
const withoutOurMarkup = (html: string) => OURS.reduce((rest, tag) => rest.replace(tag, ''), html);

describe('a survey introduction on the staff pages', () => {
  it('renders its Markdown: paragraphs, bold, italic, lists and web links', async () => {
    const html = await renderIntro('Please answer **honestly**.\n\n- It takes *ten minutes*\n- See [our privacy notice](https://example.nhs.uk/privacy)');
    expect(html).toContain('<p>Please answer <strong>honestly</strong>.</p>');
    expect(html).toContain('<li>It takes <em>ten minutes</em></li>');
    expect(html).toContain('<a href="https://example.nhs.uk/privacy" target="_blank" rel="noopener noreferrer">our privacy notice');
  });

  it('turns none of the Big List of Naughty Strings into HTML, alone or inside Markdown', async () => {
    const { strings } = naughtyStrings();
    expect(strings.length).toBeGreaterThan(400);
    for (const naughty of strings) {
      for (const intro of [naughty, `**${naughty}**`, `- ${naughty}`, `[${naughty}](https://example.nhs.uk)`, `[link](${naughty})`]) {
        const rest = withoutOurMarkup(await renderIntro(intro));
        // `<` and `>` from the text arrive escaped (&lt; &gt;); a bare one would be a tag.
        expect(rest, `introduction ${JSON.stringify(intro)}`).not.toMatch(/[<>]/);
      }
    }
  });

  it('shows typed HTML as text', async () => {
    const html = await renderIntro('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('href="javascript');
  });
});
