import { Link } from 'react-router';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';

export type EstateSection = 'register' | 'map' | 'overview' | 'projects' | 'import';

/** The estate's own sub-navigation, so each of its pages is one step from the others. */
export function EstateNav({ current }: { current?: EstateSection }) {
  const orgId = useOrgId();
  const items: { key: EstateSection; label: string; to: string }[] = [
    { key: 'register', label: 'Register', to: paths.estate(orgId) },
    { key: 'map', label: 'Map', to: paths.estateMap(orgId) },
    { key: 'overview', label: 'Assessment', to: paths.estateOverview(orgId) },
    { key: 'projects', label: 'Work in flight', to: paths.estateProjects(orgId) },
    { key: 'import', label: 'Import', to: paths.estateImport(orgId) },
  ];
  return (
    <nav className="chorus-estate-nav" aria-label="Digital estate">
      <ul className="nhsuk-list chorus-estate-nav__list">
        {items.map((item) => (
          <li key={item.key}>
            {item.key === current ? (
              <Link to={item.to} aria-current="page" className="chorus-estate-nav__current">
                {item.label}
              </Link>
            ) : (
              <Link to={item.to}>{item.label}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
