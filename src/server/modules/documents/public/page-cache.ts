import type { WebPage } from '../render/web/render-web.js';

/**
 * Rendered public pages by version and address. A published version never changes, so its pages
 * are made once and kept (the newest few hundred), and serving one is a map lookup: the public
 * page has to stand up to a whole trust opening the link from one email at 9 o'clock.
 */
export class PageCache {
  private readonly entries = new Map<string, Promise<Map<string, WebPage>>>();
  constructor(private readonly limit = 200) {}

  pages(key: string, make: () => Promise<WebPage[]>): Promise<Map<string, WebPage>> {
    let found = this.entries.get(key);
    if (found) {
      // Most recently used goes last, so the oldest is first to go.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    found = make().then((list) => new Map(list.map((p) => [p.path, p])));
    found.catch(() => this.entries.delete(key));
    this.entries.set(key, found);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return found;
  }
}
