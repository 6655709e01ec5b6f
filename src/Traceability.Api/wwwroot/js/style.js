// How the graph looks: shape and fill by label, outline by flag kind, and the legend that says so.

/** Flag kinds, most important first: a node with several is outlined in the colour of the first it has. */
export const KINDS = [
  { kind: 'NK_LABOR', color: '#dc2626', text: 'North Korean labor at a production worksite (CAATSA §321(b))' },
  { kind: 'DPRK_LOCATION', color: '#9f1239', text: 'facility located in North Korea' },
  { kind: 'SANCTIONED', color: '#111827', text: 'matches a sanctions-list entry' },
  { kind: 'SANCTIONED_OWNERSHIP', color: '#3730a3', text: 'blocked under the OFAC 50 Percent Rule' },
  { kind: 'NK_TRANSPORT', color: '#ea580c', text: 'North Koreans in the movement of goods (not 321(b))' },
  { kind: 'SANCTIONED_LINK', color: '#92400e', text: 'operated, recruited or minority-owned by a blocked party' },
  { kind: 'DOL_LISTED', color: '#c026d3', text: 'country and good on the DOL forced/child labor list' },
  { kind: 'HIGH_RISK_HOST', color: '#ca8a04', text: 'country and sector reported to host North Korean workers' },
  { kind: 'UNTRACED', color: '#6b7280', text: 'a path ends here before reaching raw material' },
];

const KIND_ORDER = new Map(KINDS.map((k, i) => [k.kind, i]));

/** The colour of a flag kind. */
export const kindColor = kind => KINDS[KIND_ORDER.get(kind)]?.color ?? '#6b7280';

/** The most important of some flag kinds, or null. */
export function primaryKind(kinds) {
  let best = null;
  for (const k of kinds) if (KIND_ORDER.has(k) && (best === null || KIND_ORDER.get(k) < KIND_ORDER.get(best))) best = k;
  return best;
}

export const LABELS = [
  { label: 'Product', shape: 'round-rectangle', fill: '#93c5fd' },
  { label: 'Facility', shape: 'rectangle', fill: '#e2e8f0' },
  { label: 'Transporter', shape: 'diamond', fill: '#99f6e4' },
  { label: 'Company', shape: 'hexagon', fill: '#ddd6fe' },
  { label: 'Person', shape: 'ellipse', fill: '#fbcfe8' },
  { label: 'LaborSource', shape: 'round-triangle', fill: '#fde68a' },
  { label: 'Material', shape: 'barrel', fill: '#bbf7d0' },
];

const SEVERITY_WIDTH = { critical: 6, high: 5, medium: 4, low: 3 };

/** The Cytoscape stylesheet. Later rules win, so kinds are listed least important first. */
export function stylesheet() {
  const s = [
    { selector: 'node', style: {
      'label': 'data(display)', 'font-size': 10, 'font-family': 'system-ui, sans-serif', 'color': '#111827',
      'text-wrap': 'wrap', 'text-max-width': 130, 'text-valign': 'bottom', 'text-margin-y': 4, 'min-zoomed-font-size': 7,
      'width': 30, 'height': 30, 'background-color': '#e5e7eb', 'border-width': 1, 'border-color': '#475569',
    } },
    ...LABELS.map(l => ({ selector: `node.l-${l.label}`, style: { 'shape': l.shape, 'background-color': l.fill } })),
    { selector: 'node.root', style: { 'width': 46, 'height': 34, 'font-weight': 'bold', 'font-size': 12 } },
    { selector: 'node.context, node.neighbor', style: { 'width': 22, 'height': 22, 'font-size': 9 } },
    { selector: 'node.origin', style: { 'underlay-color': '#16a34a', 'underlay-padding': 5, 'underlay-opacity': 0.35 } },
    { selector: 'node.more', style: { 'underlay-color': '#2563eb', 'underlay-padding': 5, 'underlay-opacity': 0.25 } },
    ...Object.entries(SEVERITY_WIDTH).map(([sev, w]) => ({ selector: `node.flagged.s-${sev}`, style: { 'border-width': w } })),
    ...KINDS.slice().reverse().map(k => ({ selector: `node.k-${k.kind}`, style: { 'border-color': k.color } })),
    { selector: 'node.k-SANCTIONED_OWNERSHIP', style: { 'border-style': 'double' } },
    { selector: 'node.untraced', style: {
      'border-style': 'dashed', 'border-width': 3, 'underlay-color': '#6b7280', 'underlay-padding': 6, 'underlay-opacity': 0.3, 'underlay-shape': 'ellipse',
    } },
    { selector: 'edge', style: {
      'width': 1.5, 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
      'curve-style': 'bezier',
    } },
    { selector: 'edge.context, edge.neighbor, edge.connection', style: {
      'line-style': 'dashed', 'label': 'data(type)', 'font-size': 7, 'color': '#475569', 'text-rotation': 'autorotate',
      'min-zoomed-font-size': 6, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
    } },
    ...KINDS.filter(k => k.kind !== 'UNTRACED').slice().reverse().map(k => ({
      selector: `edge.p-${k.kind}`, style: { 'line-color': k.color, 'target-arrow-color': k.color, 'width': 2.5 },
    })),
    { selector: 'edge.connection', style: { 'line-color': '#7c3aed', 'target-arrow-color': '#7c3aed', 'width': 2.5 } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: '.dim', style: { 'opacity': 0.18 } },
    { selector: 'edge.hl', style: { 'width': 5, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', 'z-index': 10 } },
    { selector: 'node.hl', style: { 'overlay-color': '#2563eb', 'overlay-padding': 4, 'overlay-opacity': 0.18 } },
    { selector: 'node:selected', style: { 'overlay-color': '#0f172a', 'overlay-padding': 6, 'overlay-opacity': 0.2 } },
    { selector: 'edge:selected', style: { 'overlay-color': '#0f172a', 'overlay-padding': 3, 'overlay-opacity': 0.2 } },
  ];
  return s;
}
