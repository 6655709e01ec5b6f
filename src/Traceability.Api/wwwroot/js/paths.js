// The path list: pages of the trace endpoint's paths (cursor paging), filtered like the graph; a click lights a path up.
import { enc, getJson, query } from './api.js';
import { $, chip, count, el, fill } from './dom.js';

let state = null;

/**
 * Starts listing the paths of `product`. `filter`: { onlyFlagged, kind, through }. `ctx`: names (id → name),
 * highlight(ids or null), fail(error), total (the trace's path count).
 */
export function listPaths(product, filter, ctx) {
  state = { product, filter, ctx, cursors: [null], page: 0, selected: -1 };
  $('paths').hidden = false;
  $('paths-clear').hidden = !filter.through;
  const parts = [];
  if (filter.through) parts.push(`through ${ctx.names.get(filter.through) ?? filter.through}`);
  if (filter.onlyFlagged) parts.push(filter.kind ? `through ${filter.kind}` : 'through a flag');
  $('paths-filter').textContent = parts.length ? `(only ${parts.join(', ')})` : '';
  return load();
}

async function load() {
  const s = state;
  const limit = Number($('paths-size').value);
  const params = { limit, cursor: s.cursors[s.page], onlyFlagged: s.filter.onlyFlagged && !s.filter.kind, kind: s.filter.onlyFlagged ? s.filter.kind : '', through: s.filter.through };
  $('paths-prev').disabled = true;
  $('paths-next').disabled = true;
  let trace;
  try {
    trace = await getJson(`/api/products/${enc(s.product)}/trace${query(params)}`);
  } catch (e) {
    s.ctx.fail(e);
    return;
  }
  if (s !== state) return;
  s.cursors[s.page + 1] = trace.cursor;
  s.paths = trace.paths;
  s.selected = -1;
  s.ctx.highlight(null);
  const from = s.page * limit + 1;
  const filtered = s.filter.onlyFlagged || s.filter.through;
  $('paths-page').textContent = trace.paths.length === 0 ? 'no path matches' :
    `page ${s.page + 1} · paths ${from}–${from + trace.paths.length - 1}${filtered ? '' : ` of ${count(trace.pathCount)}`}${trace.truncated ? ` (cut: ${trace.truncatedBy} budget)` : ''}`;
  $('paths-prev').disabled = s.page === 0;
  $('paths-next').disabled = !trace.cursor;
  fill($('paths-list'), trace.paths.map((p, i) => row(p, i, from + i)));
  $('paths-list').start = from;
}

function row(p, i, number) {
  const names = state.ctx.names;
  const steps = [];
  p.nodes.forEach((id, k) => {
    if (k) steps.push(el('span', { class: 'arrow' }, ' ← '));
    steps.push(el('span', { class: 'step', title: id }, names.get(id) ?? id));
  });
  return el('li', { class: 'path', 'data-index': i, 'data-number': number, tabindex: 0, onclick: () => select(i) },
    el('div', { class: 'path-meta' }, el('span', { class: `end end-${p.end}` }, p.end === 'untraced' ? 'untraced end' : p.end),
      ` ${p.nodes.length} nodes `, p.flags.map(f => chip(f, 'small'))),
    el('div', { class: 'path-steps' }, steps));
}

function select(i) {
  const s = state;
  s.selected = s.selected === i ? -1 : i;
  for (const li of $('paths-list').children) li.classList.toggle('selected', Number(li.dataset.index) === s.selected);
  s.ctx.highlight(s.selected < 0 ? null : s.paths[s.selected].nodes);
}

/** Wires the paging buttons once. */
export function initPaths(onClearThrough) {
  $('paths-next').addEventListener('click', () => { if (!state) return; state.page++; load(); });
  $('paths-prev').addEventListener('click', () => { if (!state || state.page === 0) return; state.page--; load(); });
  $('paths-size').addEventListener('change', () => { if (!state) return; state.cursors = [null]; state.page = 0; load(); });
  $('paths-clear').addEventListener('click', onClearThrough);
  $('paths-list').addEventListener('keydown', e => {
    if (e.key === 'Enter' && e.target.dataset.index !== undefined) select(Number(e.target.dataset.index));
  });
}

export const currentFilter = () => state?.filter ?? null;
