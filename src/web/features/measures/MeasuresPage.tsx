import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MeasureSummary } from '../../../shared/contracts/measures.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/Tag.js';
import { useCreateMeasure, useMeasures } from './api.js';
import { MeasureForm } from './MeasureForm.js';
import { STATUS_COLOURS, withUnit } from './words.js';
import './measures.scss';

/** The strategy's outcome measures, grouped by the priority or initiative they belong to, and the form to add one. */
export function MeasuresPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const measures = useMeasures(strategyId);
  const create = useCreateMeasure(strategyId);
  const { banner, notify } = useNotice(useFlash());
  const [adding, setAdding] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const data = measures.data;
  const before = (
    <>
      <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
      {banner}
    </>
  );
  return (
    <Page title="Outcome measures" caption="Develop" before={before}>
      <p className="nhsuk-lede-text">How each priority and initiative will show it worked: where it starts, where it aims to be, and where it is now.</p>
      {measures.isPending && <Loading what="the measures" />}
      {measures.isError && <LoadError error={measures.error} what="The measures" />}
      {data && data.groups.length === 0 && (
        <EmptyState title="No measures yet">
          <p className="nhsuk-body">
            {data.choices.owners.length === 0
              ? 'Measures belong to a priority or an initiative. Add the strategy’s priorities first, then come back to say how each will show it worked.'
              : data.can.create
                ? 'Add a measure for each priority: a baseline, a target, and where its values will come from.'
                : 'The strategy team has not added any measures yet.'}
          </p>
        </EmptyState>
      )}
      {data?.groups.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`} className="chorus-measure-group">
          <h2 className="nhsuk-heading-m" id={`group-${group.id}`}>
            <span className="nhsuk-caption-m">{group.kind === 'priority' ? 'Priority' : `Initiative, under ${group.priorityTitle ?? 'a priority'}`}</span>
            <span className="chorus-break-anywhere">{group.title}</span>
          </h2>
          <ul className="nhsuk-list chorus-measure-cards">
            {group.measures.map((m) => (
              <MeasureCard key={m.id} measure={m} to={paths.measure(orgId, strategyId, m.id)} />
            ))}
          </ul>
        </section>
      ))}
      {data?.can.create && data.choices.owners.length > 0 && (
        <section aria-labelledby="add-measure-heading">
          <h2 className="nhsuk-heading-m" id="add-measure-heading">
            Add a measure
          </h2>
          {adding ? (
            <MeasureForm
              key={formKey}
              choices={data.choices}
              busy={create.isPending}
              submitLabel="Add the measure"
              onSubmit={(body, problems) =>
                create.mutate(body, {
                  onSuccess: () => {
                    notify(`The measure “${body.name?.trim()}” has been added.`);
                    setFormKey((k) => k + 1);
                    setAdding(false);
                  },
                  onError: problems.showError,
                })
              }
            />
          ) : (
            <Button variant="secondary" onClick={() => setAdding(true)}>
              Add a measure
            </Button>
          )}
        </section>
      )}
    </Page>
  );
}

function MeasureCard({ measure, to }: { measure: MeasureSummary; to: string }) {
  return (
    <li className="nhsuk-card chorus-measure-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          <Link to={to} className="chorus-break-anywhere">
            {measure.name}
          </Link>
        </h3>
        <p className="nhsuk-body-s">
          <Tag colour={STATUS_COLOURS[measure.status]}>{measure.statusWords}</Tag> <span className="nhsuk-u-secondary-text-color">{measure.directionWords.toLowerCase()}</span>
        </p>
        <dl className="chorus-measure-path">
          <div>
            <dt>Baseline</dt>
            <dd className="chorus-break-anywhere">{withUnit(measure.baseline.value, measure.unit)}</dd>
          </div>
          <div>
            <dt>Latest</dt>
            <dd className="chorus-break-anywhere">{measure.latest ? withUnit(measure.latest.value, measure.unit) : 'No value yet'}</dd>
          </div>
          <div>
            <dt>Target</dt>
            <dd className="chorus-break-anywhere">
              {withUnit(measure.target.value, measure.unit)}
              {measure.target.on && <span className="nhsuk-u-secondary-text-color"> by {measure.target.on.label}</span>}
            </dd>
          </div>
        </dl>
        {measure.progress !== null && (
          <p className="nhsuk-body-s">
            {Math.round(measure.progress * 100)}% of the way from baseline to target
          </p>
        )}
      </div>
    </li>
  );
}
