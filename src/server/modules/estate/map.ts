import { sql, type SQL } from 'drizzle-orm';
import type { EstateMap } from '../../../shared/contracts/estate.js';
import type { EstateMapQuery } from '../../../shared/contracts/estate-views.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';

/** One JSON value built by PostgreSQL, read as text and parsed once (no per-row driver or Drizzle work). */
async function jsonOf<T>(db: Db, query: SQL): Promise<T> {
  const result = await db.execute(sql`SELECT coalesce((${query}), '[]'::json)::text AS value`);
  return JSON.parse((result as unknown as { rows: { value: string }[] }).rows[0]!.value) as T;
}

/**
 * The integration map (`ZEstateMap`): live systems matching the filters, and the integrations
 * whose two ends are both on the map. Thousands of nodes and edges go to the browser at once, so
 * each of the three queries returns one JSON value and the answer is sent as text: per-row work in
 * the driver, Drizzle and the response serializer cost several times the queries at 10,000 edges.
 * Each query reads one table by index, and the "both ends shown" rule is applied here rather than
 * as a join, so the plan stays cheap even where table statistics are stale (PGlite has no
 * autovacuum to refresh them).
 */
export async function estateMapJson(db: Db, actor: Actor, query: EstateMapQuery): Promise<string> {
  const organisationId = actor.member.organisationId;
  const filters: SQL[] = [sql`s.organisation_id = ${organisationId}`, sql`s.retired_at IS NULL`];
  if (query.criticality) filters.push(sql`s.criticality = ${query.criticality}`);
  if (query.lifecycle) filters.push(sql`s.lifecycle = ${query.lifecycle}`);
  if (query.division) filters.push(sql`EXISTS (SELECT 1 FROM system_units f WHERE f.system_id = s.id AND f.org_unit_id = ${query.division})`);
  const edgeFilter = query.interfaceType ? sql`AND i.interface_type = ${query.interfaceType}` : sql``;
  const [nodes, divisionLinks, edges] = await Promise.all([
    jsonOf<Omit<EstateMap['nodes'][number], 'divisionIds'>[]>(
      db,
      sql`SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'capability', s.capability, 'lifecycle', s.lifecycle,
        'criticality', s.criticality) ORDER BY lower(s.name), s.id) FROM systems s WHERE ${sql.join(filters, sql` AND `)}`,
    ),
    jsonOf<[string, string][]>(
      db,
      sql`SELECT json_agg(json_build_array(su.system_id, su.org_unit_id))
        FROM system_units su JOIN org_units ou ON ou.id = su.org_unit_id
        WHERE ou.organisation_id = ${organisationId} AND ou.kind = 'division'`,
    ),
    jsonOf<EstateMap['edges']>(
      db,
      sql`SELECT json_agg(json_build_object('id', i.id, 'source', i.source_system_id, 'target', i.target_system_id,
        'interfaceType', i.interface_type, 'frequency', i.frequency))
        FROM integrations i WHERE i.organisation_id = ${organisationId} ${edgeFilter}`,
    ),
  ]);
  const divisions = new Map<string, string[]>();
  for (const [systemId, unitId] of divisionLinks) divisions.set(systemId, [...(divisions.get(systemId) ?? []), unitId]);
  for (const ids of divisions.values()) ids.sort();
  const onMap = new Set(nodes.map((n) => n.id));
  const map: EstateMap = {
    nodes: nodes.map((n) => ({ ...n, divisionIds: divisions.get(n.id) ?? [] })),
    edges: edges.filter((e) => onMap.has(e.source) && onMap.has(e.target)),
  };
  return JSON.stringify(map);
}
