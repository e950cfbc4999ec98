import type { SafeCountView } from '../../../shared/contracts/results.js';
import type { SupportBreakdown, SurveyStaffVoice, SystemStaffVoice as Voice } from '../../../shared/contracts/staff-voice.js';
import { DISAGREEMENT_LABELS } from '../../../shared/staff-voice.js';
import { ApiError } from '../../app/api.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { Table } from '../../ui/Table.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useSystemStaffVoice } from './api.js';
import { SupportChart } from './SupportChart.js';
import { plural } from '../../../shared/words.js';

/**
 * "What staff say" on a system's page: from each survey that asked about the system, how many
 * people rated it and how well it supports their work (1–5), by staff group, beside the
 * architects' fit. Every number comes suppressed from the server; a hidden one is never guessed.
 */
export function SystemStaffVoice({ orgId, systemId }: { orgId: string; systemId: string }) {
  const voice = useSystemStaffVoice(orgId, systemId);
  // Survey results are for admins, the strategy team and leaders; others see no section at all.
  if (voice.error instanceof ApiError && voice.error.status === 403) return null;
  return (
    <section aria-labelledby="staff-voice-heading">
      <h2 className="nhsuk-heading-m" id="staff-voice-heading">What staff say</h2>
      {voice.isPending && <Loading what="what staff say" />}
      {voice.isError && <LoadError error={voice.error} what="What staff say" />}
      {voice.data && <VoiceBody voice={voice.data} />}
    </section>
  );
}

function VoiceBody({ voice }: { voice: Voice }) {
  if (voice.surveys.length === 0) {
    return <p className="nhsuk-body">No survey has asked staff about this system yet. Add a “systems you use” question to a staff survey to hear from them.</p>;
  }
  return (
    <>
      <p className="nhsuk-body">
        Architects’ fit: functional {fitText(voice.system.functionalFit)}, technical {fitText(voice.system.technicalFit)}.
      </p>
      <p className="nhsuk-body-s chorus-muted">
        To protect anonymity, groups of fewer than {voice.threshold} people are hidden, and sometimes a group beside them so that they cannot be worked
        out. An average is shown only where every count behind it is shown.
      </p>
      {voice.surveys.map((survey) => <SurveyVoice key={survey.surveyId} survey={survey} voice={voice} />)}
    </>
  );
}

function SurveyVoice({ survey, voice }: { survey: SurveyStaffVoice; voice: Voice }) {
  const { total, disagreement } = survey;
  const groups = survey.byStaffGroup.filter((g) => g.rated.suppressed || (g.rated.value ?? 0) > 0);
  return (
    <div className="nhsuk-u-margin-bottom-5">
      <h3 className="nhsuk-heading-s">{survey.title}</h3>
      <p className="nhsuk-body">
        {total.rated.suppressed ? 'The number of people who rated it is hidden to protect anonymity.' : `${plural(total.rated.value ?? 0, 'person', 'people')} rated it.`}{' '}
        {total.mean !== null && `Average support: ${total.mean.toFixed(1)} out of 5.`}
      </p>
      <p className="nhsuk-body">
        <strong>{DISAGREEMENT_LABELS[disagreement.status]}</strong>
        {disagreement.status === 'too_few_ratings' && ` (at least ${voice.minRatingsToCompare} shown ratings are needed).`}
        {disagreement.staffOnFitScale !== null && disagreement.basis && ` Staff support is ${disagreement.staffOnFitScale.toFixed(1)} on the 1 to 4 fit scale, against a ${disagreement.basis} fit of ${disagreement.basis === 'functional' ? voice.system.functionalFit : voice.system.technicalFit}.`}
      </p>
      {groups.length === 0 ? (
        <p className="nhsuk-body">Nobody has rated this system in this survey yet.</p>
      ) : (
        <div className="chorus-voice">
          <SupportChart title={survey.title} groups={groups} />
          {/* The heading sits outside the scrolling region: a caption would scroll away with the table. */}
          <div>
            <h4 className="nhsuk-heading-xs">The same figures as a table</h4>
            <ScrollRegion label={`How well it supports people’s work, by staff group: ${survey.title}`}>
              <Table
                responsive={false}
                captionHidden
                caption={`How well it supports people’s work, by staff group: ${survey.title}`}
                columns={[
                  { header: 'Staff group', cell: (g) => g.label },
                  { header: 'People who rated it', numeric: true, cell: (g) => <Count count={g.rated} /> },
                  { header: 'Average (1 to 5)', numeric: true, cell: (g) => meanText(g) },
                  { header: 'Ratings from 1 (very poorly) to 5 (very well)', cell: (g) => distributionText(g) },
                ]}
                rows={groups}
                rowKey={(g) => g.staffGroupId}
              />
            </ScrollRegion>
          </div>
        </div>
      )}
    </div>
  );
}

function Count({ count }: { count: SafeCountView }) {
  if (!count.suppressed) return <>{count.value}</>;
  return (
    <span className="chorus-hidden">
      Hidden<span className="nhsuk-u-visually-hidden"> to protect anonymity</span>
    </span>
  );
}

const fitText = (fit: number | null) => (fit === null ? 'not scored' : `${fit} out of 4`);
const meanText = (b: SupportBreakdown) => (b.mean === null ? 'Not shown' : b.mean.toFixed(1));
const distributionText = (b: SupportBreakdown) =>
  b.distribution.map((d) => `${d.level}: ${d.count.suppressed ? 'hidden' : d.count.value}`).join(', ');
