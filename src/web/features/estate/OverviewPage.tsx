import { Link } from 'react-router';
import { CRITICALITY_LABELS, LIFECYCLE_LABELS } from '../../../shared/contracts/estate.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Contents } from '../../ui/Contents.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/Tag.js';
import { useEstateOverview } from './api.js';
import { ContractTimeline } from './ContractTimeline.js';
import { EstateNav } from './EstateNav.js';
import { formatMoney } from './labels.js';
import { Show } from './Show.js';
import { TimeChart } from './TimeChart.js';
import type { EstateOverview } from './types.js';
import './estate.scss';

/**
 * The assessment views of the register, each a chart with the same facts in words beside it.
 * Lists of systems wait behind "Show" disclosures: written out in full, a 60-system register
 * made this page over 12,000 pixels tall and hid the picture the counts give.
 */
export function OverviewPage() {
  const orgId = useOrgId();
  const overview = useEstateOverview(orgId);
  const data = overview.data;
  return (
    <Page title="Estate assessment" caption="Digital estate">
      <EstateNav current="overview" />
      <Contents
        items={[
          { id: 'time', label: 'TIME quadrants' },
          { id: 'lifecycle', label: 'Lifecycle' },
          { id: 'capabilities', label: 'Capabilities' },
          { id: 'contracts', label: 'Contracts' },
          { id: 'warnings', label: 'Warnings' },
        ]}
      />
      {overview.isPending && <Loading what="the assessment" />}
      {overview.isError && <LoadError error={overview.error} what="The assessment" />}
      {data && <Sections orgId={orgId} data={data} />}
    </Page>
  );
}

function Sections({ orgId, data }: { orgId: string; data: EstateOverview }) {
  const link = (s: { id: string; name: string }) => <Link to={paths.system(orgId, s.id)}>{s.name}</Link>;
  const { totals } = data;
  return (
    <>
      <p className="nhsuk-body">
        {totals.systems.toLocaleString('en-GB')} live systems, {totals.integrations.toLocaleString('en-GB')} integrations, {formatMoney(totals.annualCost)} a year;{' '}
        {totals.unrated.toLocaleString('en-GB')} not yet rated for fit.
      </p>
      <h2 className="nhsuk-heading-m" id="time" tabIndex={-1}>
        TIME quadrants
      </h2>
      {data.quadrant.length === 0 ? (
        <EmptyState title="No system has both fits rated yet.">
          <p className="nhsuk-body">Rate technical and functional fit on a system to place it.</p>
        </EmptyState>
      ) : (
        <TimeChart orgId={orgId} points={data.quadrant} />
      )}

      <h2 className="nhsuk-heading-m" id="lifecycle" tabIndex={-1}>
        Lifecycle
      </h2>
      <div className="chorus-lifecycle-board">
        {data.lifecycle.map(({ lifecycle: stage, systems: members }) => {
          return (
            <section key={stage} className="chorus-lifecycle-board__column" aria-labelledby={`stage-${stage}`}>
              <h3 className="nhsuk-heading-s" id={`stage-${stage}`}>
                {LIFECYCLE_LABELS[stage]} ({members.length})
              </h3>
              {members.length === 0 ? (
                <p className="nhsuk-body-s">None</p>
              ) : (
                <Show count={members.length} noun="system">
                  <ul className="nhsuk-list nhsuk-body-s">
                    {members.map((s) => (
                      <li key={s.id}>
                        {link(s)}
                        {s.criticality === 'critical' && <span className="nhsuk-u-secondary-text-colour"> ({CRITICALITY_LABELS.critical.toLowerCase()})</span>}
                      </li>
                    ))}
                  </ul>
                </Show>
              )}
            </section>
          );
        })}
      </div>

      <h2 className="nhsuk-heading-m" id="capabilities" tabIndex={-1}>
        Capabilities
      </h2>
      {data.capabilities.length === 0 ? (
        <p className="nhsuk-body">No capabilities recorded yet.</p>
      ) : (
        <div className="chorus-capability-map">
          {data.capabilities.map((group) => {
            const overlap = group.overlap;
            const name = group.capability ?? 'Capability not recorded';
            return (
              <section key={name} className={['chorus-capability-map__group', overlap ? 'chorus-capability-map__group--overlap' : null].filter(Boolean).join(' ')}>
                <h3 className="nhsuk-heading-s">
                  {name} {overlap && <Tag colour="orange">Overlap: {group.systems.length} systems</Tag>}
                </h3>
                {group.systems.length === 1 ? (
                  <p className="nhsuk-body-s">{link(group.systems[0]!)}</p>
                ) : (
                  <Show count={group.systems.length} noun="system">
                    <ul className="nhsuk-list nhsuk-body-s">
                      {group.systems.map((s) => (
                        <li key={s.id}>{link(s)}</li>
                      ))}
                    </ul>
                  </Show>
                )}
              </section>
            );
          })}
        </div>
      )}

      <h2 className="nhsuk-heading-m" id="contracts" tabIndex={-1}>
        Contracts in the next 36 months
      </h2>
      <ContractTimeline orgId={orgId} timeline={data.contractTimeline} />

      <h2 className="nhsuk-heading-m" id="warnings" tabIndex={-1}>
        Warnings
      </h2>
      {data.warnings.length === 0 ? (
        <p className="nhsuk-body">No warnings.</p>
      ) : (
        <Show count={data.warnings.length} noun="warning">
          <ul className="nhsuk-list nhsuk-list--bullet">
            {data.warnings.map((w) => (
              <li key={`${w.systemId}-${w.kind}`}>
                {link({ id: w.systemId, name: w.systemName })}: {w.message}
              </li>
            ))}
          </ul>
        </Show>
      )}
    </>
  );
}
