import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ZScoreInput, ZUpdateAssessment, type Assessment, type ScoreInput } from '../../../shared/contracts/maturity.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Textarea } from '../../ui/Textarea.js';
import { useAssessment, useUpdateAssessment } from './api.js';
import { ArchivedNote, scaleHelp } from './labels.js';
import { draftOf, MeasureFields, type MeasureDraft } from './MeasureFields.js';
import { assessorsFrom } from './NewAssessmentPage.js';

export function AssessmentEditPage() {
  const orgId = useOrgId();
  const { assessmentId = '' } = useParams();
  const { banner } = useNotice(useFlash());
  const assessment = useAssessment(orgId, assessmentId);
  const before = (
    <>
      <BackLink to={paths.assessment(orgId, assessmentId)}>Back to the assessment</BackLink>
      {banner}
    </>
  );
  if (!assessment.data) {
    return (
      <Page title="Edit the assessment" before={before}>
        {assessment.isPending && <Loading what="the assessment" />}
        {assessment.isError && <LoadError error={assessment.error} what="The assessment" />}
      </Page>
    );
  }
  return (
    <Page title="Edit the assessment" caption={assessment.data.title} before={before}>
      {assessment.data.strategy?.archived ? <ArchivedNote /> : <EditForm orgId={orgId} assessment={assessment.data} />}
    </Page>
  );
}

function EditForm({ orgId, assessment }: { orgId: string; assessment: Assessment }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const update = useUpdateAssessment(orgId, assessment.id);
  const [title, setTitle] = useState(assessment.title);
  const [assessedOn, setAssessedOn] = useState(assessment.assessedOn);
  const [assessors, setAssessors] = useState(assessment.assessors.join('\n'));
  const [drafts, setDrafts] = useState<MeasureDraft[]>(assessment.measures.map(draftOf));
  const fieldIds: Record<string, string> = {
    title: 'assessment-title',
    assessedOn: 'assessment-date',
    assessors: 'assessment-assessors',
    ...Object.fromEntries(assessment.measures.flatMap((m, i) => [[`measure-${i}`, `measure-${i}`], [m.measureId, `measure-${i}`]])),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const fields: Record<string, string> = {};
    const scores: ScoreInput[] = [];
    assessment.measures.forEach((m, i) => {
      const d = drafts[i]!;
      const evidence = d.evidence.filter((e) => e.label.trim() || e.url.trim()).map((e) => ({ label: e.label, url: e.url.trim() || null }));
      const parsed = ZScoreInput.safeParse({ measureId: m.measureId, score: d.score === '' ? null : Number(d.score), rationale: d.rationale, evidence });
      if (parsed.success) scores.push({ measureId: m.measureId, score: parsed.data.score, rationale: parsed.data.rationale, evidence: parsed.data.evidence });
      else fields[`measure-${i}`] = `${m.name}: ${parsed.error.issues[0]?.message ?? 'check this measure'}`;
    });
    const parsed = ZUpdateAssessment.safeParse({ title, assessedOn, assessors: assessorsFrom(assessors), scores });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    }
    if (Object.keys(fields).length > 0 || !parsed.success) return form.set({ detail: null, fields });
    form.clear();
    update.mutate(parsed.data, {
      onSuccess: () => navigate(paths.assessment(orgId, assessment.id), { state: flashState('The assessment has been saved.') }),
      onError: form.showError,
    });
  };

  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput id="assessment-title" label="Title" labelClassName="nhsuk-label--s" value={title} onChange={setTitle} error={form.field('title')} />
        <TextInput id="assessment-date" type="date" label="Assessed on" labelClassName="nhsuk-label--s" value={assessedOn} onChange={setAssessedOn} error={form.field('assessedOn')} width={10} />
        <Textarea
          id="assessment-assessors"
          label="Assessors"
          labelClassName="nhsuk-label--s"
          hint="One name or role a line. They do not need a Chorus account."
          rows={3}
          value={assessors}
          onChange={setAssessors}
          error={form.field('assessors')}
        />
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">{scaleHelp(assessment.framework.scaleMax)} To complete the assessment, every measure needs a score and a rationale.</p>
        </div>
        {assessment.measures.map((m, i) => (
          <MeasureFields
            key={m.measureId}
            index={i}
            measure={m}
            max={assessment.framework.scaleMax}
            draft={drafts[i]!}
            error={form.field(`measure-${i}`) ?? form.field(m.measureId)}
            onChange={(next) => setDrafts(drafts.map((d, j) => (j === i ? next : d)))}
          />
        ))}
        <Button type="submit" busy={update.isPending}>
          Save the assessment
        </Button>
      </form>
    </>
  );
}
