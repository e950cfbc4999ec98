import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ThemeSuggestionView } from '../../../shared/contracts/themes.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { plural } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { QuoteMeta } from '../evidence/Quote.js';
import { useRunProgress, useSuggestionAction, useThemeRun, type Started } from './api.js';
import { ThemeCard } from './ThemeCard.js';
import '../evidence/evidence.scss';
import './themes.scss';

/** One run: progress while it works, then the suggested themes to curate, and what fitted none. */
export function ThemeRunPage() {
  const orgId = useOrgId();
  const { strategyId = '', runId = '' } = useParams();
  const navigate = useNavigate();
  const run = useThemeRun(runId);
  const action = useSuggestionAction(runId);
  const [merge, setMerge] = useState<{ from: ThemeSuggestionView; into: ThemeSuggestionView } | null>(null);
  // The last change, in words, with the action that undoes it where there is one.
  const [notice, setNotice] = useState<{ text: string; undo?: { label: string; path: string } } | null>(null);
  const data = run.data;
  const act = (path: string, message: string, body?: object, method?: 'post' | 'patch', undo?: { label: string; path: string }) =>
    action.mutate({ path, body, method }, { onSuccess: () => setNotice({ text: message, ...(undo ? { undo } : {}) }), onError: (e) => setNotice({ text: (e as Error).message }) });
  const rerun = (path: string, body?: object) =>
    action.mutate({ path, body }, { onSuccess: (r) => navigate(paths.themeRun(orgId, strategyId, (r as Started).id)), onError: (e) => setNotice({ text: (e as Error).message }) });
  const live = data?.suggestions.filter((s) => s.status !== 'merged') ?? [];
  // A run over one question: its caption names the source, so each quote need not repeat it.
  const sources = new Set(live.flatMap((s) => s.quotes.map((q) => q.whereFrom)));
  const oneSource = sources.size === 1;
  const working = data !== undefined && (data.status === 'queued' || data.status === 'running');
  const job = useRunProgress(orgId, data?.jobId ?? null, working).data;

  return (
    <Page title="Suggested themes" caption={data?.scopeLabel} before={<BackLink to={paths.themeRuns(orgId, strategyId)}>Back to theme suggestions</BackLink>}>
      {run.isPending && <Loading what="the themes" />}
      {run.isError && <LoadError error={run.error} what="The theme run" />}
      <div aria-live="polite">
        {notice && (
          <p className="nhsuk-body chorus-theme-notice">
            {notice.text}{' '}
            {notice.undo && (
              <Button small variant="secondary" busy={action.isPending} onClick={() => act(notice.undo!.path, 'Undone.')}>
                {notice.undo.label}
              </Button>
            )}
          </p>
        )}
        {working && <p className="nhsuk-body">Grouping {plural(data.itemCount, 'item')} into themes. This page updates by itself when it is done.</p>}
      </div>
      {working && (
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="theme-progress">
            {data.status === 'queued' ? 'Waiting to start' : `Grouping: ${job?.total ? Math.round((job.done / job.total) * 100) : 0}% done`}
          </label>
          <progress id="theme-progress" className="chorus-progress" max={job?.total ?? 100} value={job?.done ?? 0} />
        </div>
      )}
      {data?.status === 'failed' && (
        <div className="nhsuk-warning-callout"><h2 className="nhsuk-warning-callout__label"><span role="text">The run did not finish</span></h2><p>{data.message}</p></div>
      )}
      {data?.status === 'done' && (
        <>
          {data.message && <p className="nhsuk-inset-text">{data.message}</p>}
          <p className="nhsuk-body">
            {plural(data.itemCount, 'item')} grouped into {plural(live.length, 'theme')}; {data.unfitted.length} fitted none well. Quotes have personal information masked.
          </p>
          {data.can.change && (
            <p className="nhsuk-body">
              <Button small variant="secondary" busy={action.isPending} onClick={() => rerun(`/theme-runs/${runId}/rerun`, { themes: Math.min(30, Math.max(live.length, 2) + 3) })}>More themes</Button>{' '}
              <Button small variant="secondary" busy={action.isPending} onClick={() => rerun(`/theme-runs/${runId}/rerun`, { themes: Math.max(2, live.length - 3) })}>Fewer themes</Button>
            </p>
          )}
          {live.length > 1 && (
            <nav className="chorus-contents" aria-label="The themes">
              <h2 className="nhsuk-heading-s chorus-contents__title">The themes</h2>
              <ol className="nhsuk-list nhsuk-list--number nhsuk-body-s chorus-theme-index">
                {live.map((s) => (
                  <li key={s.id}>
                    <a href={`#theme-${s.id}`}>{s.label}</a> ({plural(s.size, 'item')}{s.status === 'open' ? '' : `, ${s.status}`})
                  </li>
                ))}
              </ol>
            </nav>
          )}
          {live.length === 0 && <EmptyState title="No themes were suggested."><p className="nhsuk-body">There were too few texts with words to group. Choose a larger set and suggest themes again.</p></EmptyState>}
          <ol className="chorus-theme-list">
            {live.map((s) => (
              <ThemeCard
                key={s.id}
                suggestion={s}
                others={live.filter((o) => o.id !== s.id && o.status === 'open')}
                canChange={data.can.change}
                busy={action.isPending}
                quoteSources={!oneSource}
                onAccept={(label) => act(`/theme-suggestions/${s.id}/accept`, `“${label}” is now a tag on ${plural(s.size, 'item')}.`, { label }, 'post', { label: 'Undo', path: `/theme-suggestions/${s.id}/unaccept` })}
                onRename={(label) => act(`/theme-suggestions/${s.id}`, `Renamed to “${label}”.`, { label }, 'patch')}
                onDismiss={() => act(`/theme-suggestions/${s.id}/dismiss`, `“${s.label}” dismissed.`, undefined, 'post', { label: 'Undo', path: `/theme-suggestions/${s.id}/restore` })}
                onRestore={() => act(`/theme-suggestions/${s.id}/restore`, `“${s.label}” is back.`)}
                onUnaccept={() => act(`/theme-suggestions/${s.id}/unaccept`, `“${s.label}” is no longer a tag; the theme is open again.`)}
                onSplit={() => rerun(`/theme-suggestions/${s.id}/split`)}
                onMerge={(into) => setMerge({ from: s, into })}
              />
            ))}
          </ol>
          <h2 className="nhsuk-heading-m">Fitted no theme</h2>
          {data.unfitted.length === 0 ? (
            <p className="nhsuk-body">Every item fitted a theme.</p>
          ) : (
            <ul className="nhsuk-list">
              {data.unfitted.map((q) => (
                <li key={q.id} className="chorus-theme-quote"><p className="nhsuk-body">{q.text}</p><QuoteMeta quote={q} /></li>
              ))}
            </ul>
          )}
        </>
      )}
      <ConfirmDialog
        open={merge !== null}
        title="Merge these themes?"
        confirmLabel="Merge"
        destructive={false}
        busy={action.isPending}
        onCancel={() => setMerge(null)}
        onConfirm={() => {
          if (merge) act(`/theme-suggestions/${merge.from.id}/merge`, `“${merge.from.label}” merged into “${merge.into.label}”.`, { intoId: merge.into.id });
          setMerge(null);
        }}
      >
        <p className="nhsuk-body">All {merge ? plural(merge.from.size, 'item') : ''} of “{merge?.from.label}” will join “{merge?.into.label}”. This cannot be undone; suggest themes again to start over.</p>
      </ConfirmDialog>
    </Page>
  );
}
