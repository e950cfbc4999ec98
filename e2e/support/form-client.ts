import { expect, type APIRequestContext, type Page } from '@playwright/test';

/**
 * A browser without JavaScript, reduced to what it does with the survey pages: it reads the
 * page it was served, fills in the form around the button pressed, and posts what that form
 * holds (hidden fields and all) to the form's own address, following the redirect after
 * submitting. Many staff can answer this way in seconds, through exactly the forms a real
 * browser would send. The HTML is read with the DOMParser of a scripted page, so a form is
 * read as a browser reads it (`new FormData(form, button)`), not with patterns.
 */

/** What to do to the form before pressing its button. */
export interface FormChoices {
  /** A radio in each group: the group's legend → the label of the choice. */
  choose?: Record<string, string>;
  /** The text box that follows a group of radios: the group's legend → what to type. */
  writeAfter?: Record<string, string>;
}

export interface ServedPage {
  url: string;
  status: number;
  title: string;
  heading: string;
  /** The links of the error summary, if the page has one. */
  errors: string[];
}

interface Read {
  title: string;
  heading: string;
  errors: string[];
}

export class FormClient {
  private html = '';
  private url = '';

  /** `parser` is any scripted page (it is not navigated); `api` a cookie jar of this person's own. */
  constructor(
    private readonly api: APIRequestContext,
    private readonly parser: Page,
    private readonly origin: string,
  ) {}

  async open(url: string): Promise<ServedPage> {
    const response = await this.api.get(url);
    return this.served(response.url(), response.status(), await response.text());
  }

  /** Presses the button named `button` (its text) after making the choices. */
  async press(button: string, choices: FormChoices = {}): Promise<ServedPage> {
    const form = await this.parser.evaluate(
      ({ html, button, choose, writeAfter }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
        const pressed = [...doc.querySelectorAll('form button')].find((b) => clean(b.textContent) === button) as HTMLButtonElement | undefined;
        if (!pressed?.form) return { problem: `No button "${button}" in a form on "${clean(doc.querySelector('h1')?.textContent)}"` };
        const group = (legend: string) =>
          [...pressed.form!.querySelectorAll('fieldset')].find((f) => clean(f.querySelector(':scope > legend')?.textContent) === legend);
        for (const [legend, label] of Object.entries(choose)) {
          const radio = [...(group(legend)?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])].find((r) => clean(r.labels?.[0]?.textContent) === label);
          if (!radio) return { problem: `No choice "${label}" for "${legend}"` };
          radio.checked = true;
        }
        for (const [legend, text] of Object.entries(writeAfter)) {
          const box = group(legend)?.closest('.nhsuk-form-group')?.nextElementSibling?.querySelector('textarea');
          if (!box) return { problem: `No text box after "${legend}"` };
          box.value = text;
        }
        const fields = [...new FormData(pressed.form, pressed).entries()].map(([name, value]) => [name, String(value)] as [string, string]);
        return { action: pressed.form.getAttribute('action') ?? '', fields };
      },
      { html: this.html, button, choose: choices.choose ?? {}, writeAfter: choices.writeAfter ?? {} },
    );
    if ('problem' in form) throw new Error(`${form.problem} (${this.url})`);
    // A browser says where a form was sent from; the survey pages refuse posts from other sites.
    const response = await this.api.post(new URL(form.action, this.url).href, {
      data: new URLSearchParams(form.fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin },
    });
    return this.served(response.url(), response.status(), await response.text());
  }

  private async served(url: string, status: number, html: string): Promise<ServedPage> {
    this.url = url;
    this.html = html;
    const read: Read = await this.parser.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
      return {
        title: clean(doc.title),
        heading: clean(doc.querySelector('main h1')?.textContent),
        errors: [...doc.querySelectorAll('.nhsuk-error-summary a')].map((a) => clean(a.textContent)),
      };
    }, html);
    expect(status, `${url} “${read.heading}”`).toBe(200);
    return { url, status, ...read };
  }
}
