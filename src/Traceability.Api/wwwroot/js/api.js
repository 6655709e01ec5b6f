// Calls to the API with the key the investigator entered. The key lives in sessionStorage (gone when the tab closes),
// travels only in the X-Api-Key header, never in a URL.

const KEY = 'traceability.apiKey';
const BIG = new Set(['pathCount', 'pathsThrough']);

export const key = {
  get: () => sessionStorage.getItem(KEY),
  set: value => sessionStorage.setItem(KEY, value),
  clear: () => sessionStorage.removeItem(KEY),
};

/** A failed call: the server's problem details (RFC 9457), or a stand-in for a network failure (status 0). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function send(path, accept) {
  const k = key.get();
  if (!k) throw new ApiError(0, { title: 'No API key', detail: 'Enter an API key first (the demo command prints one).' });
  let response;
  try {
    response = await fetch(path, { headers: { 'X-Api-Key': k, Accept: accept }, cache: 'no-store', credentials: 'omit' });
  } catch (e) {
    throw new ApiError(0, { title: 'Network error', detail: `The server could not be reached (${e.message}). Check that it is running.` });
  }
  if (!response.ok) {
    let problem;
    try { problem = await response.json(); } catch { problem = {}; }
    throw new ApiError(response.status, {
      title: problem.title || response.statusText || 'Request failed',
      detail: problem.detail || '',
      errors: problem.errors,
    });
  }
  return response;
}

/** GET a JSON resource; path counts come back as BigInt, exact however large. */
export async function getJson(path) {
  const text = await (await send(path, 'application/json')).text();
  return JSON.parse(text, (name, value, context) =>
    BIG.has(name) && typeof value === 'number' && context?.source ? BigInt(context.source) : value);
}

/** GET a document (an HTML report) as a Blob. */
export async function getBlob(path, accept) {
  return (await send(path, accept)).blob();
}

/** Query string from an object, skipping empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const enc = encodeURIComponent;
