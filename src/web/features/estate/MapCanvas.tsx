import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CRITICALITY_LABELS, INTERFACE_TYPE_LABELS } from '../../../shared/contracts/estate.js';
import { clusterMap } from './map-clusters.js';
import { mapElements } from './map-elements.js';
import { capabilityLayout } from './map-layout.js';
import { mapStyle } from './map-style.js';
import type { EstateMap } from './types.js';

/**
 * Cytoscape adds a <style> element to the page unless an element with this id already exists;
 * the strict CSP refuses inline styles, so a marker takes its place and estate.scss holds the rule.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function claimCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

/** Above this many systems on screen the map drops the costlier drawing (labels when zoomed out, edges while panning). */
const LARGE = 300;
/** The least zoom the map opens at: its 13 px names drawn at 10 px or more. */
const READABLE_ZOOM = 0.8;

interface Props {
  map: EstateMap;
  /** The capabilities whose systems are drawn; the others are one circle each. */
  open: ReadonlySet<string>;
  tableId: string;
  onOpen(systemId: string): void;
  onToggleCapability(capability: string): void;
}

/**
 * The integrations map, drawn by cytoscape. The library is loaded only when this component
 * mounts (a dynamic import, so Vite puts it in its own file, out of the main bundle). The
 * canvas is for mouse users; the table beside it holds the same facts for everyone else.
 */
export function MapCanvas({ map, open, tableId, onOpen, onToggleCapability }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [drawnIn, setDrawnIn] = useState<number | null>(null);
  const shown = useMemo(() => clusterMap(map, open), [map, open]);
  const layout = useMemo(() => capabilityLayout(map.nodes, new Set(shown.clusters.map((c) => c.capability))), [map, shown]);
  const large = shown.nodes.length > LARGE;
  const handlers = useRef({ onOpen, onToggleCapability });
  handlers.current = { onOpen, onToggleCapability };

  // The drawing settings are fixed when cytoscape starts, so crossing LARGE starts it again.
  useEffect(() => {
    let destroyed = false;
    let created: Core | null = null;
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (destroyed || !container.current) return;
        claimCytoscapeStylesheet();
        created = cytoscape({
          container: container.current,
          style: mapStyle(large),
          // Cheap drawing for big maps: a bitmap while panning and zooming, edges hidden meanwhile.
          textureOnViewport: large,
          hideEdgesOnViewport: large,
          pixelRatio: large ? 1 : 'auto',
          minZoom: 0.05,
          maxZoom: 4,
        });
        created.on('tap', 'node', (event) => {
          const node = event.target;
          if (node.hasClass('cluster') || node.hasClass('group')) handlers.current.onToggleCapability(node.data('capability') as string);
          else handlers.current.onOpen(node.id() as string);
        });
        setCy(created);
      })
      .catch(() => {
        if (!destroyed) setStatus('failed');
      });
    return () => {
      destroyed = true;
      created?.destroy();
      setCy(null);
    };
  }, [large]);

  // Opening a capability makes room for its systems, so the whole map is laid out and fitted again.
  useEffect(() => {
    if (!cy) return;
    const started = performance.now();
    cy.batch(() => {
      cy.elements().remove();
      cy.add(mapElements(shown, layout));
    });
    cy.fit(undefined, 20);
    // A map fitted so small that its names cannot be read opens at a readable size instead, from
    // its top-left corner; it can be zoomed out or panned. Very large maps keep the overview.
    if (!large && cy.zoom() < READABLE_ZOOM) {
      cy.zoom(READABLE_ZOOM);
      const box = cy.elements().boundingBox();
      cy.pan({ x: 20 - box.x1 * READABLE_ZOOM, y: 20 - box.y1 * READABLE_ZOOM });
    }
    cy.one('render', () => setDrawnIn(Math.round(performance.now() - started)));
    setStatus('ready');
  }, [cy, shown, layout, large]);

  const closedCount = shown.clusters.length;
  return (
    <div className="chorus-map">
      <div
        ref={container}
        className="chorus-map__canvas"
        role="img"
        aria-label={`Map of ${map.nodes.length} systems and ${map.edges.length} integrations, grouped by capability${closedCount > 0 ? `; ${closedCount} capabilities are shown as one circle each` : ''}. The table of integrations below holds the same information.`}
        data-status={status}
        data-drawn-in-ms={drawnIn ?? undefined}
        data-systems-shown={shown.nodes.length}
        data-capabilities-closed={closedCount}
      />
      {status === 'loading' && <p className="nhsuk-body" role="status">Drawing the map…</p>}
      {status === 'failed' && <p className="nhsuk-body">The map could not be drawn. The table below holds the same information.</p>}
      <p className="nhsuk-body-s chorus-map__legend">
        Shapes: diamond – {CRITICALITY_LABELS.critical.toLowerCase()}, triangle – {CRITICALITY_LABELS.high.toLowerCase()}, circle – other. Dashed red
        line – {INTERFACE_TYPE_LABELS.manual_rekeying.toLowerCase()}. Click a system to open it.
        {closedCount > 0 && ' A large circle is a capability: click it to show its systems, and click the capability’s name to close it again. A number on a line is how many integrations it stands for.'}{' '}
        <a href={`#${tableId}`}>Go to the table</a>
      </p>
    </div>
  );
}
