// The side panel: one node's properties, provenance, flags with their explanation, evidence on file and neighbors.
import { enc, getJson, query } from './api.js';
import { $, chip, count, el, fill } from './dom.js';
import { kindColor } from './style.js';

const NEIGHBOR_PAGE = 50;

/**
 * Opens the panel on a node. `ctx` gives: trace (the open product's trace, or null), names (id → name of drawn nodes),
 * expand(entity, neighbors) to draw neighbors (resolves to how many nodes were new), focus(id), paths(id) to list paths through the node, fail(error).
 */
export async function openNode(id, ctx) {
  const panel = $('panel');
  const body = $('panel-body');
  panel.hidden = false;
  panel.dataset.node = id;
  fill(body, el('p', { class: 'muted' }, `Loading ${id}…`));
  let entity, evidence;
  try {
    [entity, evidence] = await Promise.all([getJson(`/api/entities/${enc(id)}`), getJson(`/api/evidence${query({ node: id })}`)]);
  } catch (e) {
    fill(body, el('p', { class: 'muted' }, `Could not load ${id}.`));
    ctx.fail(e);
    return;
  }
  if (panel.dataset.node !== id) return;
  const name = nid => ctx.names.get(nid) ?? nid;
  const traceFlags = (ctx.trace?.flags ?? []).filter(f => f.node === id);
  const sourceOf = (ctx.trace?.flags ?? []).filter(f => f.source === id);

  fill(body,
    el('p', { class: 'label-line' }, el('span', { class: `label l-${entity.label}` }, entity.label), ' ', el('code', {}, entity.id)),
    el('h2', { id: 'panel-name' }, entity.name),
    entity.flags.length || sourceOf.length ? null : el('p', { class: 'muted' }, 'No flag on this node.'),
    flagsSection(entity.flags, traceFlags, ctx.trace, name, ctx),
    sourceOf.length ? el('section', {}, el('h3', {}, 'Source of'), el('ul', { class: 'plain' }, sourceOf.map(f =>
      el('li', {}, chip(f.kind), ' on ', link(f.node, f.nodeName, ctx))))) : null,
    evidenceSection(evidence),
    matchesSection(entity.matches),
    propertiesSection(entity.properties),
    el('section', {}, el('h3', {}, 'Provenance'), table([
      ['source file', entity.provenance.sourceFile], ['line', entity.provenance.sourceLine],
      ['import', `#${entity.provenance.importId}`], ['as of', entity.provenance.asOf],
      ['graph version', entity.snapshotVersion], ['lists', entity.listsVersion],
    ])),
    neighborsSection(entity, ctx),
  );
}

function flagsSection(flags, traceFlags, trace, name, ctx) {
  if (!flags.length) return null;
  return el('section', { id: 'panel-flags' }, el('h3', {}, `Flags (${flags.length})`),
    flags.map(f => {
      const t = traceFlags.find(x => x.kind === f.kind && x.rule === f.rule);
      const details = el('details', { class: 'flag-detail', 'data-kind': f.kind },
        el('summary', {}, chip(f.kind), ' ', el('span', { class: `sev sev-${f.severity}` }, f.severity), ' ', el('code', {}, f.rule)),
        el('p', { class: 'explanation' }, f.explanation),
        el('p', {}, el('strong', {}, 'Legal basis: '), f.basis),
        f.source ? el('p', {}, el('strong', {}, 'Originates at: '), link(f.source, name(f.source), ctx)) : null,
        f.chain.length ? el('div', {}, el('strong', {}, 'Chain:'), el('ol', { class: 'chain' }, f.chain.map(c =>
          el('li', {}, link(c.start, name(c.start), ctx), ` —[${c.type}${c.detail ? ` ${c.detail}` : ''}]→ `, link(c.end, name(c.end), ctx))))) : null,
        t && trace ? el('p', {}, el('strong', {}, 'Paths through: '), `${count(t.pathsThrough)} of ${count(trace.pathCount)}`,
          t.pathsThroughExact ? '' : ' (at least)', ' ',
          el('button', { type: 'button', class: 'quiet', onclick: () => ctx.paths(t.node) }, 'list them')) : null,
      );
      details.style.borderLeftColor = kindColor(f.kind);
      return details;
    }));
}

function evidenceSection(items) {
  return el('section', { id: 'panel-evidence' }, el('h3', {}, `Evidence on file (${items.length})`),
    items.length === 0 ? el('p', { class: 'muted' }, 'None recorded for this node.') :
      el('ul', { class: 'plain' }, items.map(e => el('li', {},
        el('strong', {}, e.kind), ': ', e.title, e.date ? ` (${e.date})` : '', e.issuer ? `, ${e.issuer}` : '',
        e.file ? el('div', { class: 'muted' }, `file ${e.file}${e.sha256 ? ` · sha256 ${e.sha256.slice(0, 16)}…` : ''}`) : null,
        e.url ? el('div', { class: 'muted' }, e.url) : null,
        el('div', { class: 'muted' }, `recorded by ${e.recordedBy} on ${e.recordedAt.slice(0, 10)}`)))));
}

function matchesSection(matches) {
  if (!matches.length) return null;
  return el('section', {}, el('h3', {}, `Sanctions-list matches (${matches.length})`),
    el('ul', { class: 'plain' }, matches.map(m => el('li', {},
      el('strong', {}, m.entryName), ` (${m.entry}) score ${m.score.toFixed(2)}, ${m.status}${m.fires ? ', fires' : ''}`,
      m.note ? el('div', { class: 'muted' }, m.note) : null))));
}

function propertiesSection(props) {
  const rows = Object.entries(props).filter(([k]) => k !== 'name')
    .map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : v]);
  return el('section', {}, el('h3', {}, 'Properties'), table(rows));
}

function neighborsSection(entity, ctx) {
  const total = Object.values(entity.relationships).reduce((a, b) => a + b, 0);
  const list = el('ul', { id: 'panel-neighbors', class: 'plain neighbors' });
  const more = el('button', { type: 'button', class: 'quiet', hidden: true }, 'More neighbors');
  const info = el('span', { class: 'muted' });
  let cursor = null;
  const load = async () => {
    let page;
    try {
      page = await getJson(`/api/entities/${enc(entity.id)}/neighbors${query({ limit: NEIGHBOR_PAGE, cursor })}`);
    } catch (e) { ctx.fail(e); return; }
    const added = await ctx.expand(entity, page.items);
    for (const n of page.items) {
      list.append(el('li', {}, el('span', { class: 'muted' }, n.direction === 'out' ? `${n.type} →` : `← ${n.type}`), ' ',
        link(n.node.id, n.node.name, ctx), ` ${n.node.label}`, n.detail ? ` (${n.detail})` : '', ' ', n.node.flags.map(f => chip(f, 'small'))));
    }
    cursor = page.cursor;
    more.hidden = !cursor;
    info.textContent = ` ${list.children.length} of ${page.total} shown; ${added} new in the graph`;
  };
  more.addEventListener('click', load);
  const expand = el('button', { id: 'panel-expand', type: 'button', onclick: async ev => { ev.target.disabled = true; await load(); } },
    `Expand neighbors (${total})`);
  return el('section', {}, el('h3', {}, 'Neighbors'), el('p', {}, Object.entries(entity.relationships).map(([k, v]) => `${k} ${v}`).join(' · ')),
    expand, info, list, more);
}

function link(id, text, ctx) {
  return el('a', { href: '#', class: 'node-link', 'data-node': id, onclick: ev => { ev.preventDefault(); ctx.focus(id); } }, text);
}

function table(rows) {
  return el('table', { class: 'kv' }, el('tbody', {}, rows.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, String(v))))));
}

/** Shows a relationship in the panel. */
export function openEdge(data, ctx) {
  const panel = $('panel');
  panel.hidden = false;
  panel.dataset.node = '';
  const name = id => ctx.names.get(id) ?? id;
  fill($('panel-body'),
    el('p', { class: 'label-line' }, el('span', { class: 'label' }, 'Relationship')),
    el('h2', {}, data.type),
    table([['from', name(data.source)], ['to', name(data.target)], ['detail', data.detail], ['traced', data.traced ? 'yes (SUPPLIES walked by the trace)' : 'no (context)']]),
    el('p', {}, link(data.source, `open ${name(data.source)}`, ctx), ' · ', link(data.target, `open ${name(data.target)}`, ctx)));
}
