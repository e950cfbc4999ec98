import type { MissionVersion } from '../../../shared/contracts/mission.js';
import { Markdown } from '../../ui/Markdown.js';

/** The words of one version: the mission prominently, then the vision and principles when written. */
export function MissionText({ version, headingLevel }: { version: MissionVersion; headingLevel: 3 | 4 }) {
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  return (
    <div className="chorus-mission-text">
      <Heading className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Mission</Heading>
      <p className="nhsuk-body-l chorus-mission-text__mission">{version.mission}</p>
      {version.vision.trim() && (
        <>
          <Heading className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Vision</Heading>
          <p className="nhsuk-body chorus-mission-text__plain">{version.vision}</p>
        </>
      )}
      {version.principles.trim() && (
        <>
          <Heading className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">Principles</Heading>
          <Markdown>{version.principles}</Markdown>
        </>
      )}
    </div>
  );
}
