import { useEffect, useRef, useState } from 'react';
import { CRITICALITY_LABELS, INTERFACE_TYPE_LABELS } from '../../../shared/contracts/estate.js';
import { capabilityLayout, visibleEdges } from './map-layout.js';
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

/** Above this many systems the map drops the costlier drawing (labels when zoomed out, edges while panning). */
const LARGE = 300;

interface Props {
  map: EstateMap;
  tableId: string;
  onOpen(systemId: string): void;
}

/**
 * The integrations map, drawn by cytoscape. The library is loaded only when this component
 * mounts (a dynamic import, so Vite puts it in its own file, out of the main bundle). The
 * canvas is for mouse users; the table beside it holds the same facts for everyone else.
 */
export function MapCanvas({ map, tableId, onOpen }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [drawnIn, setDrawnIn] = useState<number | null>(null);

  useEffect(() => {
    let destroyed = false;
    let destroy: (() => void) | undefined;
    const started = performance.now();
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (destroyed || !container.current) return;
        claimCytoscapeStylesheet();
        const edges = visibleEdges(map);
        const large = map.nodes.length > LARGE;
        const { positions, groups } = capabilityLayout(map.nodes);
        const position = new Map(positions.map((p) => [p.id, p]));
        const cy = cytoscape({
          container: container.current,
          elements: [
            ...groups.map((g, i) => ({ data: { id: `group-${i}`, label: g.capability }, position: { x: g.x, y: g.y }, classes: 'group', selectable: false, grabbable: false })),
            ...map.nodes.map((n) => ({
              data: { id: n.id, label: n.name, criticality: n.criticality },
              position: { x: position.get(n.id)?.x ?? 0, y: position.get(n.id)?.y ?? 0 },
              classes: n.criticality,
            })),
            ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target }, classes: e.interfaceType })),
          ],
          layout: { name: 'preset', fit: true, padding: 20 },
          // Cheap drawing for big registers: bitmap while panning and zooming, edges hidden meanwhile.
          textureOnViewport: large,
          hideEdgesOnViewport: large,
          pixelRatio: large ? 1 : 'auto',
          minZoom: 0.05,
          maxZoom: 4,
          style: [
            {
              selector: 'node',
              style: {
                width: 18,
                height: 18,
                'background-color': '#005eb8',
                label: 'data(label)',
                'font-size': 11,
                'text-valign': 'bottom',
                'text-wrap': 'ellipsis',
                'text-max-width': '140px',
                'text-margin-y': 3,
                // Labels only when readable: with thousands of nodes, drawing all text is the slow part.
                'min-zoomed-font-size': large ? 8 : 0,
              },
            },
            { selector: 'node.critical', style: { 'background-color': '#d5281b', shape: 'diamond' } },
            { selector: 'node.high', style: { 'background-color': '#ed8b00', shape: 'triangle' } },
            { selector: 'node.low', style: { 'background-color': '#768692', shape: 'ellipse' } },
            {
              selector: 'node.group',
              style: { width: 1, height: 1, 'background-opacity': 0, 'font-size': 14, 'font-weight': 'bold', 'text-valign': 'top', 'text-max-width': '280px', 'min-zoomed-font-size': 0 },
            },
            {
              selector: 'edge',
              style: {
                width: 1,
                'line-color': '#aeb7bd',
                'curve-style': large ? 'haystack' : 'bezier',
                'target-arrow-shape': large ? 'none' : 'triangle',
                'target-arrow-color': '#aeb7bd',
              },
            },
            { selector: 'edge.manual_rekeying', style: { 'line-style': 'dashed', 'line-color': '#d5281b' } },
          ],
        });
        cy.on('tap', 'node', (event) => {
          const id = event.target.id() as string;
          if (!id.startsWith('group-')) onOpen(id);
        });
        cy.one('render', () => {
          if (!destroyed) setDrawnIn(Math.round(performance.now() - started));
        });
        destroy = () => cy.destroy();
        setStatus('ready');
      })
      .catch(() => {
        if (!destroyed) setStatus('failed');
      });
    return () => {
      destroyed = true;
      destroy?.();
    };
  }, [map, onOpen]);

  const edgeCount = map.edges.length;
  return (
    <div className="chorus-map">
      <div
        ref={container}
        className="chorus-map__canvas"
        role="img"
        aria-label={`Map of ${map.nodes.length} systems and ${edgeCount} integrations, grouped by capability. The table of integrations below holds the same information.`}
        data-status={status}
        data-drawn-in-ms={drawnIn ?? undefined}
      />
      {status === 'loading' && <p className="nhsuk-body" role="status">Drawing the map…</p>}
      {status === 'failed' && <p className="nhsuk-body">The map could not be drawn. The table below holds the same information.</p>}
      <p className="nhsuk-body-s chorus-map__legend">
        Shapes: diamond – {CRITICALITY_LABELS.critical.toLowerCase()}, triangle – {CRITICALITY_LABELS.high.toLowerCase()}, circle – other. Dashed red
        line – {INTERFACE_TYPE_LABELS.manual_rekeying.toLowerCase()}. Click a system to open it. <a href={`#${tableId}`}>Go to the table</a>
      </p>
    </div>
  );
}
