import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { EvidenceList } from '../../../shared/contracts/evidence.js';
import { INSIGHT_STATEMENT_MAX, ZCreateInsight, type InsightDetail } from '../../../shared/contracts/insights.js';
import { api } from '../../app/api.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { plural } from '../../ui/format.js';
import { Markdown } from '../../ui/Markdown.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Textarea } from '../../ui/Textarea.js';
import { filterOf } from '../codebook/BulkTagForm.js';
import { evidenceKeys } from '../evidence/api.js';
import { useCreateInsight, useInsight, useUpdateInsight } from './api.js';
import './insights.scss';

const fieldIds = { statement: 'insight-statement', detail: 'insight-detail', filter: 'insight-statement' };

/** Writes a new insight (optionally standing on an evidence-library search), or edits one (`:insightId`). */
export function InsightFormPage() {
  const orgId = useOrgId();
  const { strategyId = '', insightId } = useParams();
  const existing = useInsight(insightId ?? '');
  const title = insightId ? 'Edit the insight' : 'Write an insight';
  const back = insightId ? paths.insight(orgId, strategyId, insightId) : paths.insights(orgId, strategyId);
  const before = <BackLink to={back}>{insightId ? 'Back to the insight' : 'Back to insights'}</BackLink>;
  if (insightId && !existing.data) {
    return (
      <Page title={title} before={before}>
        {existing.isPending && <Loading what="the insight" />}
        {existing.isError && <LoadError error={existing.error} what="The insight" />}
      </Page>
    );
  }
  if (existing.data && !existing.data.can.update) {
    return (
      <Page title={title} before={before}>
        <p className="nhsuk-body">Only admins and the strategy team change insights. You can read it and its evidence.</p>
      </Page>
    );
  }
  return (
    <Page title={title} before={before}>
      <InsightForm orgId={orgId} strategyId={strategyId} existing={existing.data} />
    </Page>
  );
}

function InsightForm({ orgId, strategyId, existing }: { orgId: string; strategyId: string; existing: InsightDetail | undefined }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const [params] = useSearchParams();
  // The evidence library's search, carried here by its "Add to an insight": the new insight stands on all it finds.
  const evidenceQuery = existing ? '' : (params.get('evidence') ?? '');
  const found = useQuery({
    queryKey: evidenceKeys.list(strategyId, evidenceQuery),
    queryFn: () => api.get<EvidenceList>(`/strategies/${strategyId}/evidence?${evidenceQuery}`),
    enabled: evidenceQuery !== '',
  });
  const create = useCreateInsight(strategyId);
  const update = useUpdateInsight(existing?.id ?? '');
  const pending = create.isPending || update.isPending;
  const [statement, setStatement] = useState(existing?.statement ?? '');
  const [detail, setDetail] = useState(existing?.detail ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const parsed = ZCreateInsight.safeParse({ statement, detail, ...(evidenceQuery ? { evidenceFilter: filterOf(evidenceQuery) } : {}) });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    if (existing) {
      update.mutate(
        { statement: parsed.data.statement, detail: parsed.data.detail ?? '' },
        { onSuccess: () => navigate(paths.insight(orgId, strategyId, existing.id), { state: flashState('The insight has been saved.') }), onError: form.showError },
      );
    } else {
      create.mutate(parsed.data, {
        onSuccess: ({ id }) => navigate(paths.insight(orgId, strategyId, id), { state: flashState('The insight has been written.') }),
        onError: form.showError,
      });
    }
  };

  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      {evidenceQuery && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">
            {found.data && !found.data.refused
              ? `This insight will stand on the ${plural(found.data.total, 'piece')} of evidence your search in the library found.`
              : 'This insight will stand on the evidence your search in the library found.'}{' '}
            <Link to={`${paths.evidence(orgId, strategyId)}?${evidenceQuery}`}>Back to that search</Link>
          </p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <Textarea
          id={fieldIds.statement}
          label="Statement"
          labelClassName="nhsuk-label--s"
          hint="One sentence that says what you heard, such as “Clinicians enter the same data into three systems”."
          rows={3}
          maxLength={INSIGHT_STATEMENT_MAX}
          value={statement}
          onChange={setStatement}
          error={form.field('statement')}
        />
        <Textarea
          id={fieldIds.detail}
          label="Detail (optional)"
          labelClassName="nhsuk-label--s"
          hint="What lies behind it, what it means for the strategy. You can use Markdown: **bold**, lists starting with -, and links."
          rows={8}
          value={detail}
          onChange={setDetail}
          error={form.field('detail')}
        />
        {detail.trim() && (
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Preview the detail</span>
            </summary>
            <div className="nhsuk-details__text">
              <Markdown>{detail}</Markdown>
            </div>
          </details>
        )}
        <Button type="submit" busy={pending}>
          {existing ? 'Save the insight' : 'Write the insight'}
        </Button>
      </form>
    </>
  );
}
