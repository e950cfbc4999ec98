import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { PLAYBACK_INTRO_MAX, type Playback } from '../../../shared/contracts/playback.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { formatDate } from '../../ui/format.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Markdown } from '../../ui/Markdown.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { Textarea } from '../../ui/Textarea.js';
import { docxUrl, usePlayback, useSetShared, useUpdateIntro } from './api.js';
import { Charts, Estate, Heard, Maturity, WhoFrom } from './PackSections.js';
import { Contents } from '../../ui/Contents.js';
import { InsightIndex } from './InsightIndex.js';
import { PlaybackInsightCard } from './PlaybackInsightCard.js';
import './playback.scss';

/**
 * The playback to senior leaders. The strategy team edits the introduction, shares the pack (or
 * stops sharing it) and sees every reaction; a leader, once it is shared, reads it and reacts to
 * each insight. Both can download it as a Word document.
 */
export function PlaybackPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const playback = usePlayback(strategyId);
  const { notify, banner } = useNotice();
  const pack = playback.data;
  return (
    <Page
      title="Playback to leaders"
      caption={pack?.strategy.name}
      before={
        <>
          <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
          {banner}
        </>
      }
    >
      {playback.isPending && <Loading what="the playback" />}
      {playback.isError && <LoadError error={playback.error} what="The playback" />}
      {pack && <Pack orgId={orgId} pack={pack} notify={notify} />}
    </Page>
  );
}

function Pack({ orgId, pack, notify }: { orgId: string; pack: Playback; notify: Notify }) {
  const team = pack.can.seeReactions;
  return (
    <>
      {team ? (
        <TeamPanel pack={pack} notify={notify} />
      ) : (
        <p className="nhsuk-lede-text">What the strategy team heard, and how strongly. Tell them whether you agree with each insight.</p>
      )}
      <p className="nhsuk-body">
        <a href={docxUrl(pack.strategy.id)} download>
          Download as Word<span className="nhsuk-u-visually-hidden"> (the playback as a .docx document)</span>
        </a>
      </p>
      <Contents items={contentsOf(pack)} />
      {pack.intro.trim() && (
        <section aria-labelledby="intro-heading">
          <h2 className="nhsuk-heading-l" id="intro-heading">Introduction</h2>
          <Markdown>{pack.intro}</Markdown>
        </section>
      )}
      <Heard pack={pack} />
      <WhoFrom pack={pack} />
      <section aria-labelledby="insights-heading">
        <h2 className="nhsuk-heading-l" id="insights-heading">Insights, strongest first</h2>
        {pack.insights.length === 0 ? (
          <EmptyState title="No insights yet">
            {team ? (
              <p className="nhsuk-body">
                Write insights from the evidence on the <Link to={paths.insights(orgId, pack.strategy.id)}>insights page</Link>; they appear here ranked by strength.
              </p>
            ) : (
              <p className="nhsuk-body">The strategy team has not written any insights yet.</p>
            )}
          </EmptyState>
        ) : (
          <>
            <InsightIndex insights={pack.insights} canReact={pack.can.react} />
            {pack.insights.map((insight, i) => (
              <PlaybackInsightCard key={insight.id} orgId={orgId} strategyId={pack.strategy.id} insight={insight} position={i + 1} canReact={pack.can.react} team={team} />
            ))}
          </>
        )}
      </section>
      <Charts pack={pack} />
      <Estate pack={pack} />
      <Maturity pack={pack} />
    </>
  );
}

/** The pack's parts, as the page shows them (the introduction and survey charts only when there are some). */
function contentsOf(pack: Playback) {
  return [
    ...(pack.intro.trim() ? [{ id: 'intro-heading', label: 'Introduction' }] : []),
    { id: 'heard-heading', label: 'What we heard' },
    { id: 'who-heading', label: 'Who we heard from' },
    { id: 'insights-heading', label: 'Insights, strongest first' },
    ...(pack.charts.length ? [{ id: 'charts-heading', label: 'What the surveys say' }] : []),
    { id: 'estate-heading', label: 'The estate' },
    { id: 'maturity-heading', label: 'Digital maturity' },
  ];
}

function TeamPanel({ pack, notify }: { pack: Playback; notify: Notify }) {
  const setShared = useSetShared(pack.strategy.id);
  const share = (shared: boolean) =>
    setShared.mutate(shared, {
      onSuccess: () => notify(shared ? 'The playback is shared. Senior leaders can now read it and react.' : 'The playback is no longer shared with senior leaders.'),
    });
  return (
    <section aria-labelledby="sharing-heading" className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-heading-m" id="sharing-heading">Sharing with senior leaders</h2>
        <p className="nhsuk-body">
          {pack.shared
            ? `Shared on ${formatDate(pack.shared.at)}${pack.shared.by ? ` by ${pack.shared.by}` : ''}. Senior leaders see it on their home page and can react to each insight.`
            : 'Not shared yet. Senior leaders cannot see it until you share it.'}
        </p>
        {pack.can.share && (
          <Button variant={pack.shared ? 'secondary' : 'primary'} busy={setShared.isPending} onClick={() => share(!pack.shared)}>
            {pack.shared ? 'Stop sharing' : 'Share with senior leaders'}
          </Button>
        )}
        {setShared.isError && <p className="nhsuk-error-message">{setShared.error.message}</p>}
        {pack.can.update && <IntroForm pack={pack} notify={notify} />}
      </div>
    </section>
  );
}

function IntroForm({ pack, notify }: { pack: Playback; notify: Notify }) {
  const [intro, setIntro] = useState(pack.intro);
  const form = useFormProblem();
  const save = useUpdateIntro(pack.strategy.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (intro.length > PLAYBACK_INTRO_MAX) return form.set({ detail: null, fields: { intro: `The introduction must be ${PLAYBACK_INTRO_MAX.toLocaleString('en-GB')} characters or fewer` } });
    form.clear();
    save.mutate(intro, { onSuccess: () => notify('The introduction is saved.'), onError: form.showError });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problem={form.problem} fieldIds={{ intro: 'playback-intro' }} />
      <Textarea
        id="playback-intro"
        label="Introduction"
        labelClassName="nhsuk-label--s"
        hint="Shown at the top of the playback and the Word document. You can use Markdown: **bold**, *italic*, lists and links."
        rows={5}
        maxLength={PLAYBACK_INTRO_MAX}
        error={form.field('intro')}
        value={intro}
        onChange={setIntro}
      />
      <Button type="submit" variant="secondary" busy={save.isPending}>
        Save the introduction
      </Button>
    </form>
  );
}
