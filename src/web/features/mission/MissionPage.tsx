import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { MissionPage as MissionData, MissionVersion } from '../../../shared/contracts/mission.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { DevelopComments } from '../comments/DevelopComments.js';
import { useMission } from './api.js';
import { CompareVersions } from './CompareVersions.js';
import { DraftActions } from './DraftActions.js';
import { MissionForm, type MissionFormStart } from './MissionForm.js';
import { MissionText } from './MissionText.js';
import { StateTag, VersionHistory } from './VersionHistory.js';
import './mission.scss';

/**
 * The mission and vision: the agreed text first (who agreed it, when), then the draft the team is
 * working on, the history of versions, a word-level comparison of any two, and the comments.
 * Leaders read all of it and comment; the strategy team writes, agrees and deletes drafts.
 */
export function MissionPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const mission = useMission(strategyId);
  const { banner, notify } = useNotice();
  const before = (
    <>
      <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
      {banner}
    </>
  );
  return (
    <Page title="Mission and vision" caption="Develop" before={before}>
      {mission.isPending && <Loading what="the mission" />}
      {mission.isError && <LoadError error={mission.error} what="The mission" />}
      {mission.data && <MissionContent strategyId={strategyId} data={mission.data} notify={notify} />}
    </Page>
  );
}

function MissionContent({ strategyId, data, notify }: { strategyId: string; data: MissionData; notify: Notify }) {
  const [editing, setEditing] = useState<MissionFormStart | null>(null);
  const [discussed, setDiscussed] = useState<string | null>(null);
  const discussionHeading = useRef<HTMLHeadingElement>(null);
  const agreed = data.versions.find((v) => v.state === 'agreed');
  const draft = data.versions.find((v) => v.state === 'draft');
  const nextNumber = (data.versions[0]?.number ?? 0) + 1;
  const discussedVersion = data.versions.find((v) => v.id === discussed) ?? draft ?? agreed ?? data.versions[0];
  const startNew = (from: MissionVersion | undefined) =>
    setEditing({ number: nextNumber, mission: from?.mission ?? '', vision: from?.vision ?? '', principles: from?.principles ?? '', changeNote: '' });
  const discuss = (id: string) => {
    setDiscussed(id);
    // After the list below has re-rendered, take the reader to the comments they asked for.
    requestAnimationFrame(() => discussionHeading.current?.focus());
  };

  if (editing) {
    return (
      <MissionForm
        strategyId={strategyId}
        start={editing}
        onCancel={() => setEditing(null)}
        onDone={(message) => {
          setEditing(null);
          notify(message);
        }}
      />
    );
  }

  return (
    <>
      {!data.can.update && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">You can read every version and comment on it. The strategy team writes the mission and marks a version as agreed.</p>
        </div>
      )}
      {data.versions.length === 0 ? (
        <EmptyState title="No mission yet">
          {data.can.create ? (
            <>
              <p className="nhsuk-body">Write a first draft: one or two sentences on what digital is for, and if you wish a vision and principles. Leaders can then comment on it.</p>
              <Button onClick={() => startNew(undefined)}>Write the first draft</Button>
            </>
          ) : (
            <p className="nhsuk-body">The strategy team has not written a draft yet. When they do, you can read and comment on it here.</p>
          )}
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="agreed-heading">
            <h2 className="nhsuk-heading-m" id="agreed-heading">
              Agreed mission
            </h2>
            {agreed ? (
              <div className="nhsuk-card">
                <div className="nhsuk-card__content">
                  <MissionText version={agreed} headingLevel={3} />
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                    Version {agreed.number}, agreed by {agreed.agreedBy} on <time dateTime={agreed.agreedAt ?? undefined}>{agreed.agreedOn}</time>.
                  </p>
                </div>
              </div>
            ) : (
              <p className="nhsuk-body">No version has been agreed yet.{data.can.agree ? ' When the draft is ready, mark it as agreed.' : ''}</p>
            )}
            {agreed && !draft && data.can.create && (
              <>
                <p className="nhsuk-body">Editing the agreed text starts a new draft from it; the agreed version stays until another is agreed.</p>
                <Button variant="secondary" onClick={() => startNew(agreed)}>
                  Edit (starts a new draft)
                </Button>
              </>
            )}
          </section>

          <section aria-labelledby="draft-heading">
            <h2 className="nhsuk-heading-m" id="draft-heading">
              {draft ? `Current draft: version ${draft.number}` : 'Current draft'}
            </h2>
            {draft ? (
              <>
                <p className="nhsuk-body-s">
                  <StateTag state="draft" /> Written by {draft.author} on <time dateTime={draft.createdAt}>{draft.createdOn}</time>.
                  {draft.changeNote && <span className="chorus-mission-text__plain"> What changed: {draft.changeNote}</span>}
                </p>
                <MissionText version={draft} headingLevel={3} />
                <DraftActions
                  strategyId={strategyId}
                  draft={draft}
                  agreed={agreed}
                  can={data.can}
                  notify={notify}
                  onEdit={() => setEditing({ draftId: draft.id, ...draft })}
                />
              </>
            ) : (
              <p className="nhsuk-body">
                There is no draft.
                {data.can.create && (agreed ? ' To change the agreed mission, use "Edit (starts a new draft)" above.' : '')}
              </p>
            )}
          </section>

          <VersionHistory versions={data.versions} discussedId={discussedVersion?.id ?? ''} onDiscuss={discuss} />
          <CompareVersions key={data.versions.map((v) => v.id).join()} versions={data.versions} />

          {discussedVersion && (
            <section aria-labelledby="discussion-heading" id="discussion">
              <h2 className="nhsuk-heading-m" id="discussion-heading" tabIndex={-1} ref={discussionHeading}>
                Discussion of version {discussedVersion.number}
              </h2>
              <p className="nhsuk-body-s">
                <StateTag state={discussedVersion.state} /> To read the comments on another version, choose “Show comments” in the version history.
              </p>
              <DevelopComments strategyId={strategyId} subjectType="mission" subjectId={discussedVersion.id} />
            </section>
          )}
        </>
      )}
    </>
  );
}
