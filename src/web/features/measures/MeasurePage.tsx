import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { MeasureDetail } from '../../../shared/contracts/measures.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Page } from '../../ui/Page.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/Tag.js';
import { DevelopComments } from '../comments/DevelopComments.js';
import { useDeleteMeasure, useMeasure, useMeasures, useUpdateMeasure } from './api.js';
import { MeasureChart } from './MeasureChart.js';
import { MeasureForm } from './MeasureForm.js';
import { MeasureValues } from './MeasureValues.js';
import { STATUS_COLOURS, withUnit } from './words.js';
import './measures.scss';

const SOURCE_WORDS = { manual: 'Typed in by the team', survey: 'A staff survey question', maturity: 'A What Good Looks Like score' } as const;

/** One measure: baseline, target and where it stands, its values as a chart and a table, and the team's comments. */
export function MeasurePage() {
  const orgId = useOrgId();
  const { strategyId = '', measureId = '' } = useParams();
  const measure = useMeasure(measureId);
  const { banner, notify } = useNotice(useFlash());
  const data = measure.data;
  const before = (
    <>
      <BackLink to={paths.measures(orgId, strategyId)}>Back to measures</BackLink>
      {banner}
    </>
  );
  if (!data) {
    return (
      <Page title="Measure" before={before}>
        {measure.isPending && <Loading what="the measure" />}
        {measure.isError && <LoadError error={measure.error} what="The measure" />}
      </Page>
    );
  }
  return (
    <Page title={`Measure: ${data.name.slice(0, 60)}`} heading={<span className="chorus-break-anywhere">{data.name}</span>} caption="Outcome measure" before={before}>
      <p className="nhsuk-body">
        <Tag colour={STATUS_COLOURS[data.status]}>{data.statusWords}</Tag> {data.directionWords.toLowerCase()}
      </p>
      <SummaryList
        rows={[
          { key: 'Belongs to', value: <span className="chorus-break-anywhere">{data.ownerLabel}</span> },
          { key: 'Unit', value: <span className="chorus-break-anywhere">{data.unit}</span> },
          {
            key: 'Baseline',
            value: (
              <span className="chorus-break-anywhere">
                {withUnit(data.baseline.value, data.unit)}
                {data.baseline.on && ` on ${data.baseline.on.label}`}
                {data.baseline.source && ` (${data.baseline.source})`}
              </span>
            ),
          },
          { key: 'Target', value: `${withUnit(data.target.value, data.unit)}${data.target.on ? ` by ${data.target.on.label}` : ''}` },
          { key: 'Latest', value: data.latest ? `${withUnit(data.latest.value, data.unit)} on ${data.latest.on.label}` : 'No value yet' },
          ...(data.progress === null ? [] : [{ key: 'Progress', value: `${Math.round(data.progress * 100)}% of the way from baseline to target` }]),
          { key: 'Values come from', value: data.boundTo ?? SOURCE_WORDS[data.source] },
        ]}
      />
      {(data.can.update || data.can.delete) && <MeasureActions orgId={orgId} strategyId={strategyId} measure={data} notify={notify} />}
      <section aria-labelledby="values-heading">
        <h2 className="nhsuk-heading-m" id="values-heading">
          Values over time
        </h2>
        <MeasureChart measure={data} />
        <MeasureValues measure={data} notify={notify} />
      </section>
      <DevelopComments strategyId={strategyId} subjectType="measure" subjectId={data.id} />
    </Page>
  );
}

function MeasureActions({ orgId, strategyId, measure, notify }: { orgId: string; strategyId: string; measure: MeasureDetail; notify: Notify }) {
  const navigate = useNavigate();
  const list = useMeasures(strategyId);
  const update = useUpdateMeasure(measure.id);
  const remove = useDeleteMeasure(measure.id);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="nhsuk-button-group">
        {measure.can.update && !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Change the measure
          </Button>
        )}
        {measure.can.delete && (
          <Button variant="warning" onClick={() => setConfirming(true)}>
            Delete the measure
          </Button>
        )}
      </div>
      {remove.error && (
        <p className="nhsuk-error-message" role="alert">
          {remove.error.message}
        </p>
      )}
      {editing && list.data && (
        <section aria-labelledby="change-measure-heading">
          <h2 className="nhsuk-heading-m" id="change-measure-heading">
            Change the measure
          </h2>
          <MeasureForm
            choices={list.data.choices}
            measure={measure}
            busy={update.isPending}
            submitLabel="Save changes"
            onSubmit={(body, problems) =>
              update.mutate(body, {
                onSuccess: () => {
                  setEditing(false);
                  notify('The measure has been saved.');
                },
                onError: problems.showError,
              })
            }
          />
        </section>
      )}
      <ConfirmDialog
        open={confirming}
        title="Delete this measure?"
        confirmLabel="Delete it"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate(paths.measures(orgId, strategyId), { state: flashState('The measure has been deleted.') }),
            onError: () => setConfirming(false),
          })
        }
      >
        <p className="nhsuk-body">The measure, the values typed in for it and its comments go. Surveys and maturity assessments stay as they are. This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
