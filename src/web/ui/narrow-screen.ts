import { useSyncExternalStore } from 'react';

/** Below this width the NHS.UK layout is a phone's single column (its "tablet" breakpoint). */
const NARROW = '(max-width: 640px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/**
 * Whether the screen is phone-width, kept current as it turns or resizes. For drawings whose
 * geometry (not only their CSS) must change to stay readable on a phone, such as the radar chart.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches, () => false);
}
