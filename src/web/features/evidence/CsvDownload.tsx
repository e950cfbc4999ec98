import { useState, type MouseEvent, type ReactNode } from 'react';

/**
 * A download link that says why when the server refuses (a filter by a group too small to show,
 * say): a plain `download` link would only leave a browser's "failed" in the downloads bar. The
 * href stays real, so opening it in a new tab or without scripts still works.
 */
export function CsvDownload({ href, fileName, children }: { href: string; fileName: string; children: ReactNode }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    setProblem(null);
    setBusy(true);
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { detail?: string };
        setProblem(body.detail ?? `The spreadsheet could not be made (${response.status}). Please try again.`);
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setProblem('Chorus could not be reached. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <a href={href} download={fileName} onClick={(e) => void download(e)} aria-busy={busy || undefined}>
        {children}
      </a>
      {problem && (
        <span className="nhsuk-error-message chorus-evidence-download-problem" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </span>
      )}
    </>
  );
}
