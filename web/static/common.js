// Small helpers shared by the pages: API reads and element building.

/** getJSON reads a /v1 route; a non-2xx answer throws its {code, error, field}. */
export async function getJSON(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ code: 'bad_answer', error: `HTTP ${res.status}` }));
  if (!res.ok) {
    const err = new Error(body.error || `HTTP ${res.status}`);
    err.code = body.code;
    err.status = res.status;
    throw err;
  }
  return body;
}

/** el builds an element: el('td', {class: 'n'}, 'text', child…). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/**
 * row is a table row of cells (strings or nodes); the first is a row header.
 * labels name the columns (data-label: a narrow screen shows each row as a card).
 */
export function row(cells, labels = []) {
  return el('tr', {}, ...cells.map((c, i) => el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, 'data-label': labels[i] }, c)));
}

/** headRow is a header row of column headers. */
export function headRow(cells) {
  return el('tr', {}, ...cells.map((c) => el('th', { scope: 'col' }, c)));
}

/** utc prints unix seconds as 2026-11-30T07:00:00Z, as `royalty statement` does. */
export function utc(seconds) {
  return new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');
}

/** isAddress: 0x and 40 hex digits. */
export const isAddress = (s) => /^0x[0-9a-fA-F]{40}$/.test(s);

/** setStatus shows a message with a machine-readable state (data-state). */
export function setStatus(node, state, text) {
  node.dataset.state = state;
  node.textContent = text;
}
