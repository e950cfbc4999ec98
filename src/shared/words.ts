/**
 * "1 response", "2 responses", "1,931 people": a count with its noun, so no page says
 * "response(s)". Irregular plurals are passed in: `plural(n, 'person', 'people')`.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
