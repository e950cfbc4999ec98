import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NHSUK_DIST } from './render.js';

const VIEWS = fileURLToPath(new URL('../../../views', import.meta.url));

/**
 * Every Nunjucks file a set of page templates reaches through from/import/include/extends, ours
 * or nhsuk-frontend's, in the order met: the text a stylesheet purge keeps rules for. Imports a
 * caller names in `skip` are templates it never reaches with the options it passes.
 */
export function templateFiles(entries: readonly string[], skip: readonly RegExp[] = []): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/\{%-?\s*(?:from|import|include|extends)\s+"([^"]+\.njk)"/g)) {
      const name = match[1]!;
      if (skip.some((unused) => unused.test(name))) continue;
      const ours = path.join(VIEWS, name);
      const target = existsSync(ours) ? ours : path.join(NHSUK_DIST, name);
      visit(target);
      // An nhsuk macro.njk only includes its template.njk by a relative path.
      const template = path.join(path.dirname(target), 'template.njk');
      if (existsSync(template)) visit(template);
    }
  };
  for (const entry of entries) visit(entry);
  return found;
}
