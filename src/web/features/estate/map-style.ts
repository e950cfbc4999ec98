import type { StylesheetJson } from 'cytoscape';

/**
 * How the map draws. `large`: thousands of systems on screen, where labels are drawn only when
 * readable and lines are straight without arrows (the costly parts of drawing).
 */
export function mapStyle(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 18,
        height: 18,
        'background-color': '#005eb8',
        label: 'data(label)',
        // 13 px at the zoom the map opens at (MapCanvas keeps that at least READABLE_ZOOM), and
        // narrower than a cell (NODE_SPACING.x, 150) so neighbouring names never overlap.
        'font-size': 13,
        'text-valign': 'bottom',
        'text-wrap': 'ellipsis',
        'text-max-width': '136px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-margin-y': 3,
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
      selector: 'node.cluster',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#41b6e6',
        'border-width': 2,
        'border-color': '#005eb8',
        'font-size': 14,
        'font-weight': 'bold',
        // A closed capability's block is two cells (300 px) wide, so its name can use most of that.
        'text-max-width': '270px',
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#aeb7bd',
        'curve-style': large ? 'haystack' : 'bezier',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': '#aeb7bd',
        'arrow-scale': 0.8,
      },
    },
    // Circles sit in a grid, so straight lines between them would run over each other: bow them.
    { selector: 'edge.to-capability', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 28, 'control-point-weights': 0.5 } },
    { selector: 'edge.many', style: { label: 'data(label)', 'font-size': 10, color: '#4c6272', 'text-background-color': '#ffffff', 'text-background-opacity': 1 } },
    { selector: 'edge.manual_rekeying', style: { 'line-style': 'dashed', 'line-color': '#d5281b' } },
  ];
}
