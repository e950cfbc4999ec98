import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useAuth } from './auth.js';
import { Header } from './Header.js';
import { paths } from './paths.js';

/**
 * The frame of every page: skip link, header, the one <main>, footer. After each move to a
 * new page, focus goes to the page's h1 so screen readers announce it and the next Tab
 * continues from the top of the content, as it would after a full page load.
 */
export function Layout({ children }: { children?: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    // A page that already placed focus (a success banner, an error summary) keeps it.
    const active = document.activeElement;
    if (active && active !== document.body && active !== main && main.contains(active)) return;
    const heading = main.querySelector<HTMLElement>('[data-page-heading]');
    (heading ?? main).focus({ preventScroll: true });
  }, [location.pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <>
      <a className="nhsuk-skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <Header />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="main-content" ref={mainRef} tabIndex={-1}>
          {children ?? <Outlet />}
        </main>
      </div>
      <Footer />
      <ScrollRestoration />
    </>
  );
}

function Footer() {
  const { me } = useAuth();
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {me && (
              <li className="nhsuk-footer__list-item">
                <Link className="nhsuk-footer__list-item-link" to={paths.account}>
                  Your account
                </Link>
              </li>
            )}
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/api/v1/openapi.json">
                API description (OpenAPI)
              </a>
            </li>
          </ul>
          <p className="nhsuk-body-s">Chorus is open-source software, licensed under the MIT licence.</p>
        </div>
      </div>
    </footer>
  );
}
