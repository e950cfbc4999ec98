/** Unique people for each run, so tests never collide with each other or with old data. */
export function uniqueId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export interface Person {
  name: string;
  email: string;
  password: string;
}

export function newAdmin(id = uniqueId()) {
  return {
    organisation: `Riverside Community Trust ${id}`,
    name: 'Alex Morgan',
    email: `alex.morgan.${id}@riverside.example`,
    password: 'tidal estuary lantern 42',
  };
}

export function newMember(id = uniqueId()): Person {
  return { name: 'Sam Patel', email: `sam.patel.${id}@riverside.example`, password: 'orchard violet compass 7' };
}

export const DEMO_ADMIN: Person = {
  name: 'Priya Raman',
  email: 'admin@northbridge.example',
  password: 'northbridge-demo-strategy',
};

/** The demo trust's Head of Digital Strategy: the strategy team, not an administrator. */
export const DEMO_STRATEGY: Person = {
  name: 'Tom Okafor',
  email: 'strategy@northbridge.example',
  password: 'northbridge-demo-strategy',
};
