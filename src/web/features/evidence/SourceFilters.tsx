import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { SurveyBuilder } from '../../../shared/contracts/surveys.js';
import { api } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { useSystemChoices } from '../estate/api.js';
import { useInterviews } from '../interviews/api.js';
import { surveyKeys, useSurveys } from '../surveys/api.js';
import { useWorkshops } from '../workshops/api.js';

interface Option {
  id: string;
  label: string;
}

/**
 * A select of where the evidence came from. While its list is loading (or when the address names
 * something no longer listed) the chosen id is kept in a hidden field, so applying other filters
 * never drops it: the address stays the whole filter.
 */
function SourceSelect({ name, label, options, value, onChange }: { name: string; label: string; options: Option[] | undefined; value: string; onChange?(value: string): void }) {
  const id = `evidence-${name}`;
  if (!options || (options.length === 0 && !value)) return value ? <input type="hidden" name={name} value={value} /> : null;
  const known = options.some((o) => o.id === value);
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <select className="nhsuk-select chorus-evidence-select" id={id} name={name} defaultValue={known ? value : ''} onChange={(e) => onChange?.(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Filters by the source of a voice: a survey (then one of its free-text questions), an interview,
 * a workshop or a system, fed by the lists Discover already has. An interview is named by the
 * interviewee's role and date, never by name, as everywhere in Define.
 */
export function SourceFilters({ params }: { params: URLSearchParams }) {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const [surveyId, setSurveyId] = useState(params.get('surveyId') ?? '');
  const surveys = useSurveys(strategyId).data;
  const builder = useQuery({
    queryKey: surveyKeys.builder(surveyId),
    queryFn: () => api.get<SurveyBuilder>(`/surveys/${surveyId}`),
    enabled: surveyId !== '',
  }).data;
  const interviews = useInterviews(strategyId).data?.interviews;
  const workshops = useWorkshops(strategyId).data?.workshops;
  const systems = useSystemChoices(orgId).data?.systems;
  const questions = builder?.survey.id === surveyId ? builder.questions.filter((q) => q.type === 'short_text' || q.type === 'long_text') : undefined;
  const questionId = params.get('questionId') ?? '';

  return (
    <>
      <SourceSelect name="surveyId" label="Survey" value={surveyId} onChange={setSurveyId} options={surveys?.map((s) => ({ id: s.id, label: s.title }))} />
      {surveyId && (
        <SourceSelect
          key={surveyId}
          name="questionId"
          label="Question (free text)"
          value={surveyId === params.get('surveyId') ? questionId : ''}
          options={questions?.map((q) => ({ id: q.id, label: q.title }))}
        />
      )}
      <SourceSelect name="interviewId" label="Leader interview" value={params.get('interviewId') ?? ''} options={interviews?.map((i) => ({ id: i.id, label: `The ${i.intervieweeRole}, ${i.heldOn}` }))} />
      <SourceSelect name="workshopId" label="Workshop" value={params.get('workshopId') ?? ''} options={workshops?.map((w) => ({ id: w.id, label: `${w.title}, ${w.heldOn}` }))} />
      <SourceSelect name="systemId" label="System commented on" value={params.get('systemId') ?? ''} options={systems?.map((s) => ({ id: s.id, label: s.name }))} />
    </>
  );
}
