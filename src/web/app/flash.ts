import { useLocation } from 'react-router';

/**
 * A one-line success message carried to the next page ("Strategy created"). The message
 * lives in memory and only its id rides in the history entry, so reloading the page does
 * not announce an old success again.
 */
const messages = new Map<string, string>();
let counter = 0;

export function flashState(message: string): { flash: string } {
  const id = `${Date.now()}-${++counter}`;
  messages.set(id, message);
  return { flash: id };
}

export function useFlash(): string | null {
  const location = useLocation();
  const id = (location.state as { flash?: unknown } | null)?.flash;
  return typeof id === 'string' ? (messages.get(id) ?? null) : null;
}
