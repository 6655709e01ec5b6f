// Entity search, and the connection finder between two entities.
import { getJson, query } from './api.js';
import { $, chip, el, fill } from './dom.js';

const TRACEABLE = new Set(['Product', 'Facility', 'Transporter']);

let search = null;

/** Wires the search form: results open a product (`open(id)`) or show an entity (`show(id)`). */
export function initSearch(ctx) {
  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    const q = $('search-input').value.trim();
    if (!q) {
      $('search-info').textContent = 'Type a name, alias or id to search.';
      fill($('search-results'));
      return;
    }
    search = { q, label: $('search-label').value, cursor: null };
    fill($('search-results'));
    run(ctx);
  });
  $('search-more').addEventListener('click', () => run(ctx));
}

async function run(ctx) {
  const s = search;
  let page;
  try {
    page = await getJson(`/api/entities${query({ q: s.q, label: s.label, limit: 20, cursor: s.cursor })}`);
  } catch (e) {
    $('search-info').textContent = 'Search failed.';
    ctx.fail(e);
    return;
  }
  if (s !== search) return;
  s.cursor = page.cursor;
  $('search-more').hidden = !page.cursor;
  $('search-info').textContent = page.total === 0 ? `No entity matches “${s.q}”.` : `${page.total} match${page.total === 1 ? '' : 'es'} for “${s.q}”`;
  for (const item of page.items) {
    const traceable = TRACEABLE.has(item.label);
    $('search-results').append(el('li', { class: 'result', 'data-id': item.id },
      el('button', { type: 'button', class: 'link', onclick: () => (traceable ? ctx.open(item.id) : ctx.show(item.id)) }, item.name),
      el('div', { class: 'muted' }, `${item.label} · ${item.id}${item.country ? ` · ${item.country}` : ''}`),
      item.flags.length ? el('div', {}, item.flags.map(f => chip(f, 'small'))) : null,
      traceable ? null : el('div', { class: 'muted' }, 'not traceable: opens its details')));
  }
}

/** Wires the connection finder: pick two entities by search (or the selected node), find and draw the connections. */
export function initConnections(ctx) {
  const from = picker('connect-from', ctx);
  const to = picker('connect-to', ctx);
  $('connect-find').addEventListener('click', async () => {
    const a = from.value(); const b = to.value();
    if (!a || !b) { $('connect-info').textContent = 'Pick both entities first.'; return; }
    $('connect-info').textContent = 'Searching…';
    fill($('connect-results'));
    let result;
    try {
      result = await getJson(`/api/connections${query({ from: a, to: b, k: 3 })}`);
    } catch (e) {
      $('connect-info').textContent = 'No answer.';
      ctx.fail(e);
      return;
    }
    $('connect-info').textContent = result.connections.length === 0 ? 'These two entities are not connected.' :
      `${result.connections.length} shortest connection${result.connections.length === 1 ? '' : 's'} (distance ${result.distance})${result.truncated ? ', search cut short' : ''}`;
    result.connections.forEach((c, i) => $('connect-results').append(connection(c, i, ctx)));
  });
}

function connection(c, i, ctx) {
  const parts = [el('span', { class: 'step' }, c.hops[0].fromName)];
  for (const h of c.hops) {
    const rels = h.relationships.map(r => `${r.direction === 'out' ? '' : '←'}${r.type}${r.detail ? ` ${r.detail}` : ''}${r.direction === 'out' ? '→' : ''}`).join(', ');
    parts.push(el('span', { class: 'rel' }, ` [${rels}] `), el('span', { class: 'step' }, h.toName));
  }
  return el('li', { class: 'connection', 'data-index': i }, el('div', {}, parts),
    el('button', { type: 'button', class: 'quiet', onclick: () => ctx.drawConnection(c) }, 'Show in graph'));
}

function picker(id, ctx) {
  const input = $(id);
  const list = $(`${id}-results`);
  let chosen = null;
  let timer = 0;
  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { fill(list); return; }
    timer = setTimeout(async () => {
      let page;
      try { page = await getJson(`/api/entities${query({ q, limit: 8 })}`); } catch (e) { ctx.fail(e); return; }
      if (input.value.trim() !== q) return;
      fill(list, page.items.map(item => el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => {
        chosen = item.id;
        input.value = item.name;
        input.dataset.id = item.id;
        fill(list);
      } }, item.name), el('span', { class: 'muted' }, ` ${item.label} · ${item.id}`))));
    }, 200);
  });
  $(`${id}-selected`).addEventListener('click', () => {
    const sel = ctx.selected();
    if (!sel) return;
    chosen = sel.id;
    input.value = sel.name;
    input.dataset.id = sel.id;
  });
  // Typed ids work too: whatever is in the box is sent when nothing was picked.
  return { value: () => chosen ?? (input.value.trim() || null) };
}
