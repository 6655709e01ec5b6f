// The upstream graph: Cytoscape.js with the dagre layered layout, product on the left, origins on the right
// (relationships keep their direction: goods flow right to left, towards the product).
import cytoscape from '../lib/cytoscape.esm.min.js';
import dagre from '../lib/cytoscape-dagre.min.js';
import { KINDS, primaryKind, stylesheet } from './style.js';

cytoscape.use(dagre);

// tight-tree ranks: on a 321-node layered upstream, network-simplex took about 0.9 s of layout and tight-tree 0.2-0.3 s
// for the same ranks (measured in Node 20 with these libraries; docs/benchmarks.md has the in-page figure).
const LAYOUT = { name: 'dagre', ranker: 'tight-tree', edgeSep: 6, animate: false, fit: true, padding: 24 };
const DIRECTIONS = {
  lr: { rankDir: 'RL', nodeSep: 30, rankSep: 90 },
  tb: { rankDir: 'BT', nodeSep: 60, rankSep: 70 },
};
const BITS = new Map(KINDS.map((k, i) => [k.kind, 1 << i]));
const UNTRACED_BIT = BITS.get('UNTRACED');

let cy = null;
let scope = { onlyFlagged: false, kind: '' };
let direction = 'lr';
let onStatus = () => {};

/** Creates the graph in `container`; `handlers.node(id)` and `handlers.edge(data)` are called on taps. */
export function createGraph(container, handlers) {
  cy = cytoscape({
    container, elements: [], style: stylesheet(), minZoom: 0.03, maxZoom: 4, boxSelectionEnabled: false,
    selectionType: 'single', pixelRatio: 1,
  });
  cy.on('tap', 'node', e => handlers.node(e.target.id()));
  cy.on('tap', 'edge', e => handlers.edge(e.target.data()));
  onStatus = handlers.status;
  // The side panel opening or closing resizes the container: Cytoscape only watches the window. Keep the selected node in view.
  new ResizeObserver(() => {
    cy.resize();
    const n = cy.nodes(':selected').first();
    if (n.empty() || !n.visible()) return;
    const p = n.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) cy.center(n);
  }).observe(container);
  // A handle for the browser console (and the page's tests): `cy.nodes('.flagged')`…
  window.cy = cy;
  return cy;
}

function display(n) {
  const name = n.name.length > 48 ? `${n.name.slice(0, 47)}…` : n.name;
  const notes = [];
  if (n.role === 'origin') notes.push('● origin');
  if (n.role === 'untraced') notes.push('⟂ untraced end');
  if (n.moreUpstream) notes.push('… more upstream, not drawn');
  return notes.length ? `${name}\n${notes.join(' · ')}` : name;
}

function nodeElement(n, role) {
  const flags = n.flags ?? [];
  const kind = primaryKind(flags);
  const classes = [`l-${n.label}`, role ?? n.role];
  if (flags.length) classes.push('flagged', `s-${n.severity ?? 'low'}`, `k-${kind}`, ...flags.map(f => `f-${f}`));
  if (n.moreUpstream) classes.push('more');
  return { group: 'nodes', data: { ...n, role: role ?? n.role, flags, display: display(n) }, classes: classes.join(' ') };
}

export const edgeId = (from, type, to) => `${from}|${type}|${to}`;

function edgeElement(e, cls) {
  return {
    group: 'edges',
    data: { id: edgeId(e.from, e.type, e.to), source: e.from, target: e.to, type: e.type, detail: e.detail, traced: e.traced },
    classes: cls ?? (e.traced ? 'supply' : 'context'),
  };
}

/** Draws a trace graph (the response of /api/products/{id}/graph), replacing what was drawn; resolves once painted. */
export function show(graph) {
  const t0 = performance.now();
  cy.batch(() => {
    cy.elements().remove();
    cy.add([...graph.nodes.map(n => nodeElement(n)), ...graph.edges.map(e => edgeElement(e))]);
    markFlaggedPaths();
    applyScope();
  });
  return layout(t0);
}

/** Runs the layered layout on what is visible and reports the time to the next painted frame. */
export function layout(t0 = performance.now()) {
  cy.container().dataset.layoutMs = '';
  const visible = cy.elements().not('.hidden');
  cy.container().dataset.direction = direction;
  visible.layout({ ...LAYOUT, ...DIRECTIONS[direction], fit: false }).run();
  compact(visible.nodes());
  fit();
  return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => {
    const ms = Math.round(performance.now() - t0);
    const container = cy.container();
    container.dataset.layoutMs = String(ms);
    container.dataset.nodes = String(cy.nodes().length);
    onStatus(`${visible.nodes().length} nodes · ${visible.edges().length} relationships drawn in ${ms} ms`);
    resolve(ms);
  })));
}

// Dagre aligns each node with its median neighbours, which on wide, densely linked tiers spreads a tier to two or three times
// the length its nodes need (a 50-node tier of the 321-node test upstream spanned 6,900 px instead of 3,000), so the fitted
// graph is drawn tiny. There, re-space each tier evenly in dagre's order (its crossing minimisation is kept) around the middle.
function compact(nodes) {
  const along = direction === 'lr' ? 'y' : 'x';
  const across = direction === 'lr' ? 'x' : 'y';
  const step = DIRECTIONS[direction].nodeSep + 34;
  const tiers = new Map();
  nodes.forEach(n => {
    const k = Math.round(n.position(across));
    if (!tiers.has(k)) tiers.set(k, []);
    tiers.get(k).push(n);
  });
  let needed = 0;
  for (const t of tiers.values()) needed = Math.max(needed, t.length * step);
  const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
  if ((along === 'y' ? bb.h : bb.w) <= needed * 1.5) return;
  const middle = along === 'y' ? (bb.y1 + bb.y2) / 2 : (bb.x1 + bb.x2) / 2;
  cy.batch(() => {
    for (const t of tiers.values()) {
      t.sort((a, b) => a.position(along) - b.position(along));
      const start = middle - ((t.length - 1) * step) / 2;
      t.forEach((n, i) => n.position(along, start + i * step));
    }
  });
}

/** Lays the graph out with the product on the left ('lr') or on top ('tb'). */
export function setDirection(next) {
  direction = next;
  return layout();
}

// Colours every SUPPLIES edge by the most important flag kind on any path through it: the kinds upstream of its supplier
// (supplier included) or downstream of its buyer (buyer included). On acyclic upstreams this is exact.
function markFlaggedPaths() {
  const supply = cy.edges('.supply');
  const up = new Map(); const down = new Map();
  cy.nodes().forEach(n => { const m = mask(n.data('flags')); up.set(n.id(), m); down.set(n.id(), m); });
  propagate(supply, up, e => [e.data('source'), e.data('target')]);
  propagate(supply, down, e => [e.data('target'), e.data('source')]);
  supply.forEach(e => {
    e.classes(e.classes().filter(c => !c.startsWith('p-')));
    const m = (up.get(e.data('source')) | down.get(e.data('target'))) & ~UNTRACED_BIT;
    const kind = primaryKind(KINDS.filter(k => m & BITS.get(k.kind)).map(k => k.kind));
    if (kind) e.addClass(`p-${kind} fp`);
  });
  cy.scratch('up', up);
  cy.scratch('down', down);
}

function mask(flags) {
  let m = 0;
  for (const f of flags ?? []) m |= BITS.get(f) ?? 0;
  return m;
}

// Fixpoint: the mask of `to` takes in the mask of `from` along each edge, until nothing changes (cycles included).
function propagate(edges, masks, ends) {
  const out = new Map();
  edges.forEach(e => { const [from, to] = ends(e); if (!out.has(from)) out.set(from, []); out.get(from).push(to); });
  const queue = [...out.keys()];
  while (queue.length) {
    const from = queue.pop();
    const m = masks.get(from);
    for (const to of out.get(from) ?? []) {
      const before = masks.get(to);
      if ((before | m) !== before) { masks.set(to, before | m); queue.push(to); }
    }
  }
}

/** Shows the whole upstream, or only nodes and relationships on paths through a flagged node (of one kind, if given). */
export function setScope(next) {
  scope = { ...scope, ...next };
  cy.batch(applyScope);
  return layout();
}

function applyScope() {
  cy.elements().removeClass('hidden');
  if (!scope.onlyFlagged) return;
  const want = scope.kind ? BITS.get(scope.kind) : ~0;
  const up = cy.scratch('up'); const down = cy.scratch('down');
  const on = id => ((up.get(id) | down.get(id)) & want) !== 0;
  const keep = new Set();
  cy.nodes('.root, .supply, .origin, .untraced').forEach(n => { if (on(n.id())) keep.add(n.id()); });
  cy.edges('.supply').forEach(e => {
    if (!((up.get(e.data('source')) & want) || (down.get(e.data('target')) & want))) e.addClass('hidden');
  });
  // Context, neighbor and connection nodes stay when linked to something kept.
  let grew = true;
  while (grew) {
    grew = false;
    cy.edges().not('.supply').forEach(e => {
      const [s, t] = [e.data('source'), e.data('target')];
      if (keep.has(s) !== keep.has(t)) { keep.add(s); keep.add(t); grew = true; }
    });
  }
  cy.nodes().forEach(n => { if (!keep.has(n.id())) n.addClass('hidden'); });
  cy.edges().forEach(e => { if (!keep.has(e.data('source')) || !keep.has(e.data('target'))) e.addClass('hidden'); });
}

/** Adds nodes and relationships (neighbors of a node, hops of a connection) that are not drawn yet; returns how many nodes were new. */
export function add(nodes, edges, role) {
  let added = 0;
  cy.batch(() => {
    for (const n of nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      cy.add(nodeElement({ flags: [], moreUpstream: false, ...n }, role));
      added++;
    }
    for (const e of edges) {
      // A relationship already drawn (a traced SUPPLIES, a flag's chain) keeps its look.
      if (cy.getElementById(edgeId(e.from, e.type, e.to)).nonempty()) continue;
      cy.add(edgeElement({ traced: false, ...e }, role));
    }
    applyScope();
  });
  return added;
}

/** Lights up one path (node ids, product first, joined by SUPPLIES) and dims the rest; null clears. */
export function highlightPath(ids) {
  if (!ids) return highlight(null);
  const edges = [];
  for (let i = 0; i + 1 < ids.length; i++) edges.push(edgeId(ids[i + 1], 'SUPPLIES', ids[i]));
  return highlight(ids, edges);
}

/** Lights up some nodes and relationships (by id) and dims the rest; null clears. */
export function highlight(nodeIds, edgeIds = []) {
  cy.batch(() => {
    cy.elements().removeClass('hl dim');
    if (!nodeIds) return;
    const on = cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) on.merge(cy.getElementById(id));
    on.addClass('hl');
    cy.elements().not(on).addClass('dim');
  });
}

/** Selects a node and brings it into view. */
export function focus(id) {
  const n = cy.getElementById(id);
  if (n.empty()) return false;
  cy.elements().unselect();
  n.select();
  if (n.hasClass('hidden')) return true;
  cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 200 });
  return true;
}

/** Marks the drawing as about to change (its last timing no longer stands). */
export const pending = () => { cy.container().dataset.layoutMs = ''; };
export const has = id => cy.getElementById(id).nonempty();
export const nodeData = id => (cy.getElementById(id).nonempty() ? cy.getElementById(id).data() : null);
export const selectedId = () => cy.nodes(':selected').first()?.id() ?? null;
/** Fits what is visible, without blowing a handful of nodes up past 1.5×. */
export function fit() {
  const visible = cy.elements().not('.hidden');
  cy.fit(visible, LAYOUT.padding);
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center(visible);
  }
}
export const clear = () => cy.elements().remove();
export const names = () => new Map(cy.nodes().map(n => [n.id(), n.data('name')]));
