import { useState } from 'react';
import { useParams } from 'react-router';
import { ITEM_KIND_LABELS, ITEM_KINDS, type ItemKind, type Topic, type TopicOverview } from '../../../shared/contracts/interviews.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Page } from '../../ui/Page.js';
import { Radios } from '../../ui/Radios.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { useStrategyOverview } from '../strategies/api.js';
import { useSplitItem, useTopics } from './api.js';
import { ManualMerge, useMergeWithNotice } from './ManualMerge.js';
import './interviews.scss';

/** The across-interviews view: each driver and priority, how many leaders named it, and merging of near-duplicates. */
export function TopicsPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const { notify, banner } = useNotice();
  const strategy = useStrategyOverview(strategyId).data?.strategy;
  const topics = useTopics(strategyId);
  const data = topics.data;

  return (
    <Page
      title="Drivers and priorities across interviews"
      caption={strategy?.name}
      before={
        <>
          <BackLink to={paths.interviews(orgId, strategyId)}>Back to interviews</BackLink>
          {banner}
        </>
      }
    >
      {topics.isPending && <Loading what="drivers and priorities" />}
      {topics.isError && <LoadError error={topics.error} what="The drivers and priorities" />}
      {data && (
        <>
          <p className="nhsuk-body">
            From {data.interviewCount} {data.interviewCount === 1 ? 'interview' : 'interviews'}. Each is counted once per interview
            that named it. Labels that differ only in capitals or spacing are counted together; anything else is merged by a
            person below.
          </p>
          {ITEM_KINDS.map((kind) => (
            <TopicSection key={kind} kind={kind} strategyId={strategyId} data={data} onChange={notify} />
          ))}
          {data.can.merge && <Suggestions strategyId={strategyId} data={data} onChange={notify} />}
          {data.can.merge && <ManualMerge strategyId={strategyId} data={data} onChange={notify} />}
        </>
      )}
    </Page>
  );
}

function TopicSection({ kind, strategyId, data, onChange }: { kind: ItemKind; strategyId: string; data: TopicOverview; onChange: Notify }) {
  const topics = kind === 'driver' ? data.drivers : data.priorities;
  const headingId = `${kind}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        {ITEM_KIND_LABELS[kind].many}
      </h2>
      {topics.length === 0 ? (
        <EmptyState title={`No ${ITEM_KIND_LABELS[kind].many.toLowerCase()} recorded yet.`} />
      ) : (
        <ol className="nhsuk-list chorus-topics">
          {topics.map((topic) => (
            <TopicCard key={topic.id} topic={topic} strategyId={strategyId} canSplit={data.can.merge} onChange={onChange} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TopicCard({ topic, strategyId, canSplit, onChange }: { topic: Topic; strategyId: string; canSplit: boolean; onChange: Notify }) {
  const [splitting, setSplitting] = useState<Topic['items'][number] | null>(null);
  const split = useSplitItem(strategyId);
  const key = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();
  return (
    <li className="chorus-topic">
      <div>
        <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1 chorus-break-anywhere">
          {topic.label}{' '}
          <span className="nhsuk-tag nhsuk-tag--blue">
            {topic.interviewCount} {topic.interviewCount === 1 ? 'interview' : 'interviews'}
          </span>
        </h3>
        <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
          {topic.items.map((item) => (
            <li key={item.id} className="chorus-topic__item">
              <span className="chorus-break-anywhere">
                “{item.label}” <span className="chorus-muted">– {item.intervieweeRole}</span>
              </span>
              {canSplit && topic.items.length > 1 && key(item.label) !== key(topic.label) && (
                <Button variant="secondary" small className="nhsuk-u-margin-bottom-0" onClick={() => setSplitting(item)}>
                  Split out<span className="nhsuk-u-visually-hidden"> “{item.label}” from {topic.label}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
        {split.isError && <p className="nhsuk-error-message">{split.error.message}</p>}
      </div>
      <ConfirmDialog
        open={splitting !== null}
        title={`Split “${splitting?.label ?? ''}” out of “${topic.label}”?`}
        confirmLabel="Split it out"
        destructive={false}
        busy={split.isPending}
        onCancel={() => setSplitting(null)}
        onConfirm={() =>
          splitting &&
          split.mutate(
            { interviewId: splitting.interviewId, itemId: splitting.id },
            {
              onSuccess: (item) => onChange(`“${item.label}” is now counted on its own, as “${item.topicLabel}”.`),
              onSettled: () => setSplitting(null),
            },
          )
        }
      >
        It will be counted as its own {topic.kind === 'driver' ? 'driver' : 'priority'} again.
      </ConfirmDialog>
    </li>
  );
}

function Suggestions({ strategyId, data, onChange }: { strategyId: string; data: TopicOverview; onChange: Notify }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const [keep, setKeep] = useState('0');
  const merge = useMergeWithNotice(strategyId, onChange);
  const suggestion = chosen === null ? null : data.suggestions[chosen];
  return (
    <section aria-labelledby="suggestions-heading">
      <h2 className="nhsuk-heading-m" id="suggestions-heading">
        Possible duplicates
      </h2>
      <p className="nhsuk-body">Pairs that share words. Chorus never merges them by itself: check that they mean the same.</p>
      {data.suggestions.length === 0 ? (
        <p className="nhsuk-body chorus-muted">No likely duplicates.</p>
      ) : (
        <ul className="nhsuk-list">
          {data.suggestions.map((s, index) => (
            <li key={s.topicIds.join()} className="chorus-suggestion">
              <span className="chorus-break-anywhere">
                “{s.labels[0]}” and “{s.labels[1]}”{' '}
                <span className="chorus-muted nhsuk-body-s">
                  ({ITEM_KIND_LABELS[s.kind].many.toLowerCase()}; both say {s.sharedWords.map((w) => `“${w}”`).join(', ')})
                </span>
              </span>
              <Button variant="secondary" small className="nhsuk-u-margin-bottom-0" onClick={() => { setKeep('0'); setChosen(index); }}>
                Merge<span className="nhsuk-u-visually-hidden"> “{s.labels[0]}” and “{s.labels[1]}”</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {merge.error && <p className="nhsuk-error-message">{merge.error}</p>}
      <ConfirmDialog
        open={suggestion !== null && suggestion !== undefined}
        title="Merge these two?"
        confirmLabel="Merge"
        destructive={false}
        busy={merge.isPending}
        onCancel={() => setChosen(null)}
        onConfirm={() => {
          if (!suggestion) return;
          const target = Number(keep);
          merge.run(
            { targetTopicId: suggestion.topicIds[target]!, topicIds: [suggestion.topicIds[1 - target]!] },
            () => setChosen(null),
          );
        }}
      >
        {suggestion && (
          <Radios
            id="keep-name"
            name="keep-name"
            legend="Which name should the merged one keep?"
            options={suggestion.labels.map((label, i) => ({ value: String(i), label }))}
            value={keep}
            onChange={setKeep}
          />
        )}
      </ConfirmDialog>
    </section>
  );
}
