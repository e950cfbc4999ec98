import { useState, type FormEvent, type ReactNode } from 'react';
import { useParams } from 'react-router';
import type { AnswerValue, Answers } from '../../../shared/contracts/survey-definition.js';
import type { SurveyBuilder } from '../../../shared/contracts/surveys.js';
import { isShown, validateAnswers } from '../../../shared/survey-logic.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import type { FormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useSurveyBuilder } from './api.js';
import { answerId, PreviewQuestion } from './PreviewQuestion.js';
import { IntroText } from './IntroText.js';

/**
 * The survey as a respondent will meet it, working (conditions show and hide questions as
 * answers change; answers are checked with the same rules the server uses) but saving nothing.
 */
export function SurveyPreviewPage() {
  const orgId = useOrgId();
  const { strategyId = '', surveyId = '' } = useParams();
  const builder = useSurveyBuilder(surveyId);
  const back = <BackLink to={paths.survey(orgId, strategyId, surveyId)}>Back to the survey builder</BackLink>;
  if (!builder.data) {
    return (
      <Page title="Preview" before={back}>
        {builder.isPending && <Loading what="the survey" />}
        {builder.isError && <LoadError error={builder.error} what="The survey" />}
      </Page>
    );
  }
  return <Preview builder={builder.data} back={back} />;
}

function Preview({ builder, back }: { builder: SurveyBuilder; back: ReactNode }) {
  const [answers, setAnswers] = useState<Answers>({});
  const [ranks, setRanks] = useState<Record<string, Record<string, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [finished, setFinished] = useState(false);
  const definition = { sections: builder.sections, questions: builder.questions };
  const numbers = new Map(builder.questions.map((q, i) => [q.id, i + 1]));

  const answer = (questionId: string, value: AnswerValue | undefined) => setAnswers((a) => ({ ...a, [questionId]: value }));
  const rank = (questionId: string, key: string, value: string) => {
    const next = { ...(ranks[questionId] ?? {}), [key]: value };
    setRanks((r) => ({ ...r, [questionId]: next }));
    const ranked = Object.entries(next).filter(([, v]) => v).sort((a, b) => Number(a[1]) - Number(b[1])).map(([k]) => k);
    answer(questionId, ranked.length ? ranked : undefined);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { problems } = validateAnswers(definition, answers, builder.profileChoices);
    // Two options given the same rank still make a complete list of keys; say so here.
    for (const q of builder.questions) {
      const given = Object.values(ranks[q.id] ?? {}).filter(Boolean);
      if (q.type === 'ranking' && isShown(q, answers, definition) && new Set(given).size !== given.length && !problems.some((p) => p.questionId === q.id)) {
        problems.push({ questionId: q.id, message: 'Give every option a different rank' });
      }
    }
    if (problems.length > 0) {
      setProblem({ detail: null, fields: Object.fromEntries(problems.map((p) => [p.questionId, `Question ${numbers.get(p.questionId)}: ${p.message}`])) });
      return;
    }
    setProblem(null);
    setFinished(true);
  };

  const fieldIds = Object.fromEntries(builder.questions.map((q) => [q.id, answerId(q.id)]));
  const notice = (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>This is a preview. Nothing you enter here is saved or counted.</p>
    </div>
  );

  if (finished) {
    return (
      <Page title={`Preview: ${builder.survey.title}`} heading={builder.survey.title} caption="Preview" before={back}>
        <div className="nhsuk-panel">
          <h2 className="nhsuk-panel__title">Thank you</h2>
          <div className="nhsuk-panel__body chorus-pre-line">{builder.survey.thankYou || 'Your answers have been sent.'}</div>
        </div>
        {notice}
        <Button variant="secondary" onClick={() => { setFinished(false); setAnswers({}); setRanks({}); }}>
          Start the preview again
        </Button>
      </Page>
    );
  }

  return (
    <Page title={`Preview: ${builder.survey.title}`} heading={builder.survey.title} caption="Preview" before={back}>
      {notice}
      {builder.survey.intro && <IntroText text={builder.survey.intro} />}
      <ErrorSummary problem={problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        {builder.sections.map((section) => {
          const shown = builder.questions.filter((q) => q.sectionId === section.id && isShown(q, answers, definition));
          if (shown.length === 0) return null;
          return (
            <section key={section.id} aria-labelledby={`preview-${section.id}`}>
              <h2 className="nhsuk-heading-m" id={`preview-${section.id}`}>{section.title}</h2>
              {section.description && <p className="nhsuk-body chorus-pre-line">{section.description}</p>}
              {shown.map((q) => (
                <PreviewQuestion
                  key={q.id}
                  question={q}
                  number={numbers.get(q.id)!}
                  profile={builder.profileChoices}
                  value={answers[q.id]}
                  ranks={ranks[q.id] ?? {}}
                  error={problem?.fields[q.id]?.replace(/^Question \d+: /, '')}
                  onChange={(value) => answer(q.id, value)}
                  onRank={(key, value) => rank(q.id, key, value)}
                />
              ))}
            </section>
          );
        })}
        <ButtonGroup>
          <Button type="submit">Send answers</Button>
        </ButtonGroup>
      </form>
    </Page>
  );
}
