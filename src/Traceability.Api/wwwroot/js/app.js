// The investigator page: key, search, a product's upstream graph with its verdict and flags, node details, paths,
// connections and reports. Every call to the API carries the key in the X-Api-Key header (api.js).
import { ApiError, enc, getBlob, getJson, key, query } from './api.js';
import { $, chip, count, el, fill } from './dom.js';
import * as graph from './graph.js';
import { openEdge, openNode } from './panel.js';
import { initPaths, listPaths } from './paths.js';
import { initConnections, initSearch } from './search.js';
import { KINDS, LABELS } from './style.js';

// Findings listed on the page; the trace is asked for this many flags (listLimit), the dossier has them all.
const FINDINGS_SHOWN = 60;

const state = { product: null, trace: null, scope: { onlyFlagged: false, kind: '' }, through: null };

function fail(e) {
  const banner = $('error');
  const problem = e instanceof ApiError ? e.problem : { title: 'Unexpected error', detail: String(e?.message ?? e) };
  $('error-title').textContent = problem.title;
  $('error-status').textContent = e instanceof ApiError && e.status ? `(HTTP ${e.status})` : '';
  const errors = problem.errors ? Object.entries(problem.errors).map(([k, v]) => `${k}: ${[].concat(v).join(' ')}`).join('; ') : '';
  $('error-detail').textContent = [problem.detail, errors].filter(Boolean).join(' ');
  banner.dataset.status = e instanceof ApiError ? String(e.status) : '';
  banner.hidden = false;
  if (e instanceof ApiError && e.status === 401) keyStatus('key rejected', 'bad');
  console.warn(problem.title, problem.detail);
}

const clearError = () => { $('error').hidden = true; };

function keyStatus(text, kind) {
  $('key-status').textContent = text;
  $('key-status').dataset.state = kind;
}

async function useKey(value) {
  key.set(value);
  clearError();
  keyStatus('checking…', '');
  try {
    await getJson('/api/evidence/kinds');
    keyStatus('key accepted (kept for this tab only)', 'ok');
    return true;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) key.clear();
    fail(e);
    return false;
  }
}

const ctx = () => ({
  trace: state.trace,
  names: graph.names(),
  fail,
  focus: id => { graph.focus(id); showNode(id); },
  paths: through => { state.through = through; refreshPaths(); },
  expand: async (entity, items) => {
    if (!graph.has(entity.id)) graph.add([{ id: entity.id, name: entity.name, label: entity.label, flags: entity.flags.map(f => f.kind) }], [], 'neighbor');
    const nodes = items.map(i => ({ ...i.node, role: 'neighbor' }));
    const edges = items.map(i => (i.direction === 'out'
      ? { from: entity.id, to: i.node.id, type: i.type, detail: i.detail }
      : { from: i.node.id, to: entity.id, type: i.type, detail: i.detail }));
    const added = graph.add(nodes, edges, 'neighbor');
    $('welcome').hidden = true;
    await graph.layout();
    graph.focus(entity.id);
    return added;
  },
});

function showNode(id) {
  return openNode(id, ctx());
}

async function openProduct(id) {
  clearError();
  state.product = id;
  state.through = null;
  graph.pending();
  $('welcome').hidden = true;
  $('product').hidden = false;
  $('product-name').textContent = `Loading ${id}…`;
  fill($('product-stats'));
  $('report-link').hidden = true;
  let trace, drawn;
  try {
    [trace, drawn] = await Promise.all([
      getJson(`/api/products/${enc(id)}/trace${query({ limit: 0, listLimit: FINDINGS_SHOWN })}`),
      getJson(`/api/products/${enc(id)}/graph`),
    ]);
  } catch (e) {
    $('product-name').textContent = id;
    fail(e);
    return;
  }
  if (state.product !== id) return;
  state.trace = trace;
  history.replaceState(null, '', `#product=${enc(id)}`);
  $('product-name').textContent = trace.name;
  $('product-id').textContent = `${trace.label} ${trace.product}`;
  $('product-stats').textContent = `${count(trace.pathCount)} paths${trace.pathCountExact ? '' : ' (at least)'} · ${trace.coneNodes} nodes upstream · `
    + `${trace.originCount} origins · ${trace.untracedCount} untraced ends · ${trace.flagCount} flags · graph version ${trace.snapshotVersion}`
    + (drawn.truncated ? ` · drawing the nearest ${drawn.nodes.filter(n => n.role !== 'context').length} of ${drawn.coneNodes} nodes` : '');
  const verdict = $('verdict');
  verdict.dataset.barred = String(trace.presumption);
  $('verdict-title').textContent = trace.presumption ? 'PRESUMPTIVELY BARRED' : 'Not presumptively barred';
  $('verdict-reason').textContent = trace.verdict.reason;
  findings(trace);
  await graph.show(drawn);
  refreshPaths();
}

function findings(trace) {
  const list = $('findings-list');
  const shown = trace.flags.slice(0, FINDINGS_SHOWN);
  $('findings').hidden = false;
  $('findings-count').textContent = `(${trace.flagCount})`;
  fill(list, shown.map(f => el('li', { 'data-node': f.node, 'data-kind': f.kind },
    chip(f.kind), ' ', el('span', { class: `sev sev-${f.severity}` }, f.severity), ' ',
    el('button', { type: 'button', class: 'link', onclick: () => ctx().focus(f.node) }, f.nodeName),
    el('span', { class: 'muted' }, ` tier ${f.tier} · ${count(f.pathsThrough)} of ${count(trace.pathCount)} paths`))),
  trace.flagCount > shown.length ? el('li', { class: 'muted' }, `and ${trace.flagCount - shown.length} more (open the dossier for all)`) : null);
}

function refreshPaths() {
  if (!state.product) return;
  listPaths(state.product, { ...state.scope, through: state.through }, { names: graph.names(), highlight: graph.highlightPath, fail });
}

async function setScope(onlyFlagged) {
  state.scope = { onlyFlagged, kind: $('scope-kind').value };
  $('scope-all').setAttribute('aria-pressed', String(!onlyFlagged));
  $('scope-flagged').setAttribute('aria-pressed', String(onlyFlagged));
  await graph.setScope(state.scope);
  refreshPaths();
}

async function openReport(kind) {
  if (!state.product) return;
  const path = kind === 'dossier'
    ? `/api/reports/dossier/${enc(state.product)}${query({ format: 'html' })}`
    : `/api/reports/worksites${query({ product: state.product, format: 'html' })}`;
  let blob;
  try {
    blob = await getBlob(path, 'text/html');
  } catch (e) { fail(e); return; }
  // The key stays in the header: the report is fetched here and opened from memory, never from a URL carrying the key.
  const url = URL.createObjectURL(new Blob([blob], { type: 'text/html' }));
  const link = $('report-link');
  link.href = url;
  link.textContent = kind === 'dossier' ? 'open the dossier again' : 'open the worksite report again';
  link.hidden = false;
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 10 * 60 * 1000);
}

async function drawConnection(c) {
  const ids = [c.hops[0].from, ...c.hops.map(h => h.to)];
  const missing = ids.filter(id => !graph.has(id));
  let entities;
  try {
    entities = await Promise.all(missing.map(id => getJson(`/api/entities/${enc(id)}`)));
  } catch (e) { fail(e); return; }
  const nodes = entities.map(e => ({ id: e.id, name: e.name, label: e.label, flags: e.flags.map(f => f.kind) }));
  const edges = c.hops.flatMap(h => h.relationships.map(r => (r.direction === 'out'
    ? { from: h.from, to: h.to, type: r.type, detail: r.detail }
    : { from: h.to, to: h.from, type: r.type, detail: r.detail })));
  graph.add(nodes, edges, 'connection');
  $('welcome').hidden = true;
  await graph.layout();
  graph.highlight(ids, edges.map(e => graph.edgeId(e.from, e.type, e.to)));
}

function legend() {
  const items = [
    ...LABELS.map(l => {
      const s = el('span', { class: `swatch shape-${l.shape}` });
      s.style.backgroundColor = l.fill;
      return el('span', { class: 'legend-item' }, s, l.label);
    }),
    ...KINDS.map(k => {
      const s = el('span', { class: 'swatch outline' });
      s.style.borderColor = k.color;
      if (k.kind === 'UNTRACED') s.classList.add('dashed');
      return el('span', { class: 'legend-item', title: k.text }, s, k.kind);
    }),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch origin' }), 'origin (raw material)'),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch untraced' }), 'untraced end'),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch more' }), 'more upstream, not drawn'),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch line flagged' }), 'on a flagged path'),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch line context' }), 'why a flag fired (owner, workforce…)'),
  ];
  fill($('legend'), items);
}

function init() {
  graph.createGraph($('graph'), {
    node: id => showNode(id),
    edge: data => openEdge(data, ctx()),
    status: text => { $('graph-status').textContent = text; },
  });
  legend();
  initPaths(() => { state.through = null; refreshPaths(); });
  initSearch({ open: openProduct, show: id => { $('welcome').hidden = true; showNode(id); }, fail });
  initConnections({ fail, drawConnection, selected: () => {
    const id = graph.selectedId();
    return id ? { id, name: graph.nodeData(id)?.name ?? id } : null;
  } });
  $('key-form').addEventListener('submit', async e => {
    e.preventDefault();
    const value = $('key-input').value.trim();
    if (!value) { keyStatus('enter a key', 'bad'); return; }
    $('key-input').value = '';
    await useKey(value);
  });
  $('key-forget').addEventListener('click', () => { key.clear(); keyStatus('no key', ''); });
  $('error-close').addEventListener('click', clearError);
  $('panel-close').addEventListener('click', () => { $('panel').hidden = true; });
  $('scope-all').addEventListener('click', () => setScope(false));
  $('scope-flagged').addEventListener('click', () => setScope(true));
  $('scope-kind').addEventListener('change', () => { if (state.scope.onlyFlagged) setScope(true); });
  $('graph-fit').addEventListener('click', graph.fit);
  $('graph-direction').addEventListener('change', () => graph.setDirection($('graph-direction').value));
  $('graph-relayout').addEventListener('click', () => graph.layout());
  $('report-worksites').addEventListener('click', () => openReport('worksites'));
  $('report-dossier').addEventListener('click', () => openReport('dossier'));
  if (key.get()) keyStatus('key set (kept for this tab only)', 'ok');
  const m = /^#product=(.+)$/.exec(location.hash);
  if (m && key.get()) openProduct(decodeURIComponent(m[1]));
}

init();
