import { and, count, eq, inArray } from 'drizzle-orm';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { addMonths } from '../../../shared/estate-assessment.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import { orgUnits } from '../workforce/index.js';
import { DEMO_LINKS, DEMO_PROJECTS, DEMO_SYSTEMS, DIVISION_BY_CODE } from './demo-data.js';
import { integrations, projects, projectSystems, systems, systemUnits } from './tables.js';

/**
 * Seeds the demo trust's estate once: about 60 systems, their integrations (HL7 v2 through the
 * integration engine, DICOM between imaging systems, FHIR to the portal, single sign-on, and the
 * manual re-keying staff complain about) and the projects in flight. Does nothing if the
 * organisation already has a register, so running the seed again changes nothing.
 */
export async function seedEstateDemo(tx: Db, organisationId: string, today = todayInLondon()): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(systems).where(eq(systems.organisationId, organisationId));
  if ((existing?.n ?? 0) > 0) return;

  const inserted = await tx
    .insert(systems)
    .values(
      DEMO_SYSTEMS.map((s) => ({
        organisationId,
        name: s.name,
        supplier: s.supplier,
        product: s.product ?? null,
        capability: s.capability,
        businessOwner: s.owner,
        technicalOwner: s.tech,
        userCount: s.users,
        hosting: s.hosting,
        contractStart: s.endsIn === null ? null : addMonths(today, s.endsIn - 60),
        contractEnd: s.endsIn === null ? null : addMonths(today, s.endsIn),
        annualCost: s.cost,
        lifecycle: s.lifecycle,
        criticality: s.criticality,
        holdsPatientData: s.pid,
        technicalFit: s.fit?.[0] ?? null,
        functionalFit: s.fit?.[1] ?? null,
        tags: s.tags ?? [],
        notes: s.notes ?? '',
        retiredAt: s.retired ? new Date(`${addMonths(today, -10)}T12:00:00Z`) : null,
      })),
    )
    .returning({ id: systems.id, name: systems.name });
  const idOf = new Map(inserted.map((r) => [r.name, r.id]));
  const id = (name: string) => {
    const found = idOf.get(name);
    if (!found) throw new Error(`Demo estate refers to an unknown system: ${name}`);
    return found;
  };

  for (const s of DEMO_SYSTEMS.filter((x) => x.replacedBy)) {
    await tx.update(systems).set({ replacedById: id(s.replacedBy!) }).where(eq(systems.id, id(s.name)));
  }

  const divisions = await tx
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.organisationId, organisationId), eq(orgUnits.kind, 'division'), inArray(orgUnits.name, Object.values(DIVISION_BY_CODE))));
  const divisionId = new Map(divisions.map((d) => [d.name, d.id]));
  const units = DEMO_SYSTEMS.flatMap((s) =>
    [...(s.units ?? '')].flatMap((code) => {
      const unit = divisionId.get(DIVISION_BY_CODE[code] ?? '');
      return unit ? [{ systemId: id(s.name), orgUnitId: unit }] : [];
    }),
  );
  if (units.length) await tx.insert(systemUnits).values(units);

  const engine = id('Integration engine');
  const sso = id('Single sign-on and identity');
  const links = [
    ...DEMO_SYSTEMS.filter((s) => s.engine).flatMap((s) => [
      { sourceSystemId: engine, targetSystemId: id(s.name), interfaceType: 'hl7v2' as const, frequency: 'real_time' as const, notes: 'Patient administration (ADT) messages' },
      ...(s.engine === 'both'
        ? [{ sourceSystemId: id(s.name), targetSystemId: engine, interfaceType: 'hl7v2' as const, frequency: 'real_time' as const, notes: 'Results, orders and events' }]
        : []),
    ]),
    ...DEMO_SYSTEMS.filter((s) => s.sso).map((s) => ({
      sourceSystemId: sso,
      targetSystemId: id(s.name),
      interfaceType: 'api' as const,
      frequency: 'real_time' as const,
      notes: 'Single sign-on',
    })),
    ...DEMO_LINKS.map(([source, target, interfaceType, notes]) => ({
      sourceSystemId: id(source),
      targetSystemId: id(target),
      interfaceType,
      frequency: interfaceType === 'manual_rekeying' ? ('ad_hoc' as const) : interfaceType === 'file_transfer' ? ('daily' as const) : ('real_time' as const),
      notes: notes ?? '',
    })),
  ];
  await tx.insert(integrations).values(links.map((l) => ({ ...l, organisationId })));

  for (const p of DEMO_PROJECTS) {
    const [row] = await tx
      .insert(projects)
      .values({ organisationId, name: p.name, sponsor: p.sponsor, status: p.status, startOn: addMonths(today, p.start), endOn: addMonths(today, p.end), notes: p.notes })
      .returning({ id: projects.id });
    await tx.insert(projectSystems).values(p.systems.map((name) => ({ projectId: row!.id, systemId: id(name) })));
  }

  await writeAudit(tx, { userId: null, name: 'Demo data' }, {
    organisationId,
    action: 'register.imported',
    subjectType: 'register_import',
    subjectId: null,
    after: { source: 'demo', systems: inserted.length, integrations: links.length, projects: DEMO_PROJECTS.length },
  });
}
