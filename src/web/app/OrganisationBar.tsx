import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../../shared/contracts/accounts.js';
import { ROLE_LABELS } from '../../shared/contracts/common.js';
import { Tag } from '../ui/Tag.js';
import { paths } from './paths.js';

/**
 * Which organisation the workspace shows, and the way to another. A select with its own
 * button rather than a select that navigates on change: changing a control must not
 * move the person somewhere unexpectedly (WCAG 3.2.2). `collapsed`: on a phone, the switcher
 * waits behind the header's Menu button; the current organisation stays in view.
 */
export function OrganisationBar({ me, orgId, collapsed = false }: { me: Me; orgId: string | null; collapsed?: boolean }) {
  const navigate = useNavigate();
  const current = me.memberships.find((m) => m.organisationId === orgId);
  const [choice, setChoice] = useState(orgId ?? '');

  // Keep the select in step when the organisation changes by other means (a link, back).
  const [shownFor, setShownFor] = useState(orgId);
  if (shownFor !== orgId) {
    setShownFor(orgId);
    setChoice(orgId ?? '');
  }

  const switchTo = (event: FormEvent) => {
    event.preventDefault();
    if (choice && choice !== orgId) void navigate(paths.strategies(choice));
  };

  return (
    <div id="chorus-org-bar" className={['chorus-org-bar', collapsed ? 'chorus-org-bar--collapsed' : null].filter(Boolean).join(' ')}>
      <div className="nhsuk-width-container chorus-org-bar__inner">
        {current && (
          <p className="chorus-org-bar__current">
            <span className="nhsuk-u-visually-hidden">Current organisation: </span>
            <span className="chorus-org-bar__name">{current.organisationName}</span>{' '}
            <span className="chorus-org-bar__role">({ROLE_LABELS[current.role]})</span>
            {current.isDemo && (
              <>
                {' '}
                <Tag colour="yellow">Demo</Tag>
              </>
            )}
          </p>
        )}
        {me.memberships.length > 1 && (
          <form className="chorus-org-bar__switch" onSubmit={switchTo} noValidate>
            <label className="nhsuk-label chorus-org-bar__label" htmlFor="switch-organisation">
              Switch organisation
            </label>
            <div className="chorus-org-bar__controls">
              <select
                id="switch-organisation"
                className="nhsuk-select chorus-org-bar__select"
                value={choice}
                onChange={(event) => setChoice(event.target.value)}
              >
                {me.memberships.map((m) => (
                  <option key={m.organisationId} value={m.organisationId}>
                    {m.organisationName}
                  </option>
                ))}
              </select>
              <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small chorus-org-bar__button">
                Switch
              </button>
            </div>
          </form>
        )}
        <p className="chorus-org-bar__create">
          <Link to={paths.newOrganisation}>{me.memberships.length > 0 ? 'Create another organisation' : 'Create an organisation'}</Link>
        </p>
      </div>
    </div>
  );
}
