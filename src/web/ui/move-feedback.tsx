import { useEffect, useState } from 'react';

/**
 * What a board tells a person after a move, shared by the workshop board and the affinity
 * board: a polite announcement for screen readers, an error in words, and focus that follows
 * the moved item once the page has drawn it again (`redrawn` changes when the data does).
 */
export function useMoveFeedback(idPrefix: string, redrawn: unknown) {
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    const element = document.getElementById(`${idPrefix}${focusId}`);
    if (element) {
      element.focus();
      setFocusId(null);
    }
  }, [focusId, idPrefix, redrawn]);

  return {
    announcement,
    error,
    announce(message: string) {
      setError(null);
      setAnnouncement(message);
    },
    fail(e: Error) {
      setError(e.message);
    },
    focusAfterRedraw: setFocusId,
  };
}

/** The live region and the error line a board shows above its columns. */
export function MoveFeedback({ announcement, error }: { announcement: string; error: string | null }) {
  return (
    <>
      <p className="nhsuk-u-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
