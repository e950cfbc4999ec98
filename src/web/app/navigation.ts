import type { Me } from '../../shared/contracts/accounts.js';
import type { Organisation } from '../../shared/contracts/organisations.js';
import { paths } from './paths.js';

export interface NavItem {
  label: string;
  to: string;
}

/**
 * The workspace sections a person may use in an organisation. Items they cannot use are
 * left out rather than shown and refused. The organisation's `can` flags come from the
 * server's policy; until they load, the role from /me decides.
 */
export function navigationFor(me: Me, orgId: string, organisation: Organisation | undefined): NavItem[] {
  const role = organisation?.role ?? me.memberships.find((m) => m.organisationId === orgId)?.role;
  if (!role) return [];
  const can = organisation?.can ?? {
    update: role === 'admin',
    manageMembers: role === 'admin',
    readAudit: role === 'admin',
  };
  const items: NavItem[] = [];
  // Staff and senior leaders start from what is open to them; the others from the strategies.
  if (role === 'staff' || role === 'leader') items.push({ label: 'Home', to: paths.orgHome(orgId) });
  items.push({ label: 'Strategies', to: paths.strategies(orgId) });
  // Every member may see the workforce (the denominators); only some may change it.
  items.push({ label: 'Workforce', to: paths.workforce(orgId) });
  // Every member may see where the organisation stands on digital maturity.
  items.push({ label: 'Digital maturity', to: paths.maturity(orgId) });
  // Every member may see the systems register; its pages link to the map, assessment, work in flight and import.
  items.push({ label: 'Estate', to: paths.estate(orgId) });
  // The strategy team may see who is involved; only admins change it.
  if (can.manageMembers || role === 'strategy_team') items.push({ label: 'Members', to: paths.members(orgId) });
  if (can.readAudit) items.push({ label: 'Audit trail', to: paths.audit(orgId) });
  if (role === 'admin') items.push({ label: 'Outbox', to: paths.outbox(orgId) });
  if (can.update) items.push({ label: 'Settings', to: paths.settings(orgId) });
  return items;
}
