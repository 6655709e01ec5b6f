import { KINDS, kindColor } from './style.js';

// DOM helpers. Graph text is untrusted (names come from imported data): it only ever reaches the page as textContent.

/** Creates an element; `props` sets attributes (class, title, data-*, …) and `children` are nodes or strings (as text). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'onclick') node.addEventListener('click', v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

/** Appends children (nodes, strings as text, arrays of either; null skipped). */
export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Replaces the children of an element. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export const $ = id => document.getElementById(id);

const TITLES = new Map(KINDS.map(k => [k.kind, k.text]));

/** A flag chip: its kind as text, in the kind's colour (set through the CSSOM, which the page's policy allows). */
export function chip(kind, extra = '') {
  const node = el('span', { class: `chip ${extra}`.trim(), 'data-kind': kind, title: TITLES.get(kind) ?? kind }, kind);
  node.style.setProperty('--k', kindColor(kind));
  return node;
}

/** Whole numbers, exact: BigInt for path counts, which JSON carries as integers of any size. */
export function count(n) {
  return typeof n === 'bigint' ? n.toLocaleString('en-US') : Number(n).toLocaleString('en-US');
}
