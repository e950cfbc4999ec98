import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useMatch } from 'react-router';
import { useOrganisation } from '../features/organisations/api.js';
import { useAuth, useSignOut } from './auth.js';
import { navigationFor } from './navigation.js';
import { OrganisationBar } from './OrganisationBar.js';
import { paths } from './paths.js';

/**
 * NHS.UK header: service name, the signed-in person and sign out, then the section links. On a
 * phone the section links and the organisation switcher fold behind one "Menu" button (a
 * disclosure), so the page's own heading is on the first screen rather than below eight links.
 */
export function Header() {
  const { me } = useAuth();
  const location = useLocation();
  const orgMatch = useMatch('/orgs/:orgId/*');
  const orgId = orgMatch?.params.orgId ?? me?.currentOrganisationId ?? null;
  const isMember = Boolean(me?.memberships.some((m) => m.organisationId === orgId));
  const organisation = useOrganisation(me && isMember ? orgId : null);

  const signOut = useSignOut();

  const items = me && orgId && isMember ? navigationFor(me, orgId, organisation.data) : [];
  const menu = useMenu(location.pathname);

  return (
    <header className="nhsuk-header" role="banner" onKeyDown={menu.closeOnEscape}>
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-name" to={paths.home}>
            Chorus
          </Link>
        </div>
        {items.length > 0 && (
          <button
            ref={menu.buttonRef}
            type="button"
            className="chorus-menu-button"
            aria-expanded={menu.open}
            aria-controls="chorus-workspace-nav chorus-org-bar"
            onClick={menu.toggle}
          >
            Menu
          </button>
        )}
        {me && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <Link
                  className="nhsuk-header__account-link"
                  to={paths.account}
                  aria-current={location.pathname === paths.account ? 'page' : undefined}
                >
                  <span className="nhsuk-u-visually-hidden">Your account: </span>
                  {me.user.name}
                </Link>
              </li>
              <li className="nhsuk-header__account-item">
                <button
                  type="button"
                  className="nhsuk-header__account-button"
                  aria-disabled={signOut.isPending || undefined}
                  onClick={() => !signOut.isPending && signOut.mutate()}
                >
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        )}
      </div>
      {items.length > 0 && (
        <nav
          id="chorus-workspace-nav"
          className={['nhsuk-header__navigation', menu.open ? null : 'chorus-collapsed-on-phone'].filter(Boolean).join(' ')}
          aria-label="Workspace"
        >
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {items.map((item) => {
                const current = location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
                return (
                  <li
                    key={item.to}
                    className={['nhsuk-header__navigation-item', current ? 'nhsuk-header__navigation-item--current' : null]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <Link
                      className="nhsuk-header__navigation-link"
                      to={item.to}
                      aria-current={current ? (location.pathname === item.to ? 'page' : 'true') : undefined}
                    >
                      {current ? <strong className="nhsuk-header__navigation-item-current-fallback">{item.label}</strong> : item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        </nav>
      )}
      {me && <OrganisationBar me={me} orgId={isMember ? orgId : null} collapsed={items.length > 0 && !menu.open} />}
    </header>
  );
}

/** The phone menu's state: closed again on every new page, and by Escape, which returns focus to the button. */
function useMenu(pathname: string) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    buttonRef.current?.focus();
  };
  return { open, buttonRef, toggle: () => setOpen((o) => !o), closeOnEscape };
}
