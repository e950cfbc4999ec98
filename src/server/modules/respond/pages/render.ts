import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { formatDate, formatDateTime } from '../../../../shared/dates.js';

const require = createRequire(import.meta.url);
/** nhsuk-frontend's macros are imported as "nhsuk/components/…/macro.njk" from its dist folder. */
export const NHSUK_DIST = path.join(path.dirname(require.resolve('nhsuk-frontend/package.json')), 'dist');
const VIEWS = fileURLToPath(new URL('../../../views', import.meta.url));

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([VIEWS, NHSUK_DIST], { noCache: false }), {
  // Every value is escaped unless a template says otherwise; answers may hold any text.
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
});

// The same words for dates as the React workspace: "5 December 2027", "5 December 2027 at 14:05".
env.addFilter('date', (value: Date | string | null | undefined) => (value ? formatDate(value) : ''));
env.addFilter('dateTime', (value: Date | string | null | undefined) => (value ? formatDateTime(value) : ''));

export function render(template: string, context: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    env.render(template, context, (error, html) => (error ? reject(error) : resolve(html ?? '')));
  });
}
