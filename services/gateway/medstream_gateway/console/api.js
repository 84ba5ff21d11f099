// The gateway's REST API as the console uses it: bearer auth, problem+json errors and
// live session updates (Server-Sent Events, falling back to polling).

const KEY_STORAGE = 'medstream.apiKey';
const POLL_MS = 1000;
const STREAM_RETRIES = 3;
export const FINAL_STATUSES = new Set(['completed', 'error']);

/** The API key lives in sessionStorage: it is gone when the tab closes. */
export const auth = {
  get key() {
    return sessionStorage.getItem(KEY_STORAGE);
  },
  set(key) {
    sessionStorage.setItem(KEY_STORAGE, key);
  },
  clear() {
    sessionStorage.removeItem(KEY_STORAGE);
  },
};

/** An RFC 9457 problem (status 0 when the gateway could not be reached). */
export class ApiError extends Error {
  constructor(status, detail, { errors = [], retryAfter = null } = {}) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.errors = errors;
    this.retryAfter = retryAfter;
  }
}

async function problemFrom(response) {
  let body = {};
  try {
    body = await response.json();
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, body.detail || body.title || response.statusText, {
    errors: Array.isArray(body.errors) ? body.errors : [],
    retryAfter: response.headers.get('Retry-After'),
  });
}

async function send(path, { method = 'GET', body, key = auth.key, accept = 'application/json' } = {}) {
  const headers = { Accept: accept, Authorization: `Bearer ${key}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) throw await problemFrom(response);
  return response;
}

export async function getJson(path, options) {
  return (await send(path, options)).json();
}

export async function postJson(path, body) {
  return (await send(path, { method: 'POST', body })).json();
}

/** An image behind the bearer header, as a blob: URL the caller must revoke. */
export async function blobUrl(path) {
  const response = await send(path, { accept: 'image/*' });
  return URL.createObjectURL(await response.blob());
}

export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Follows one session until it reaches a final status.
 *
 * Updates come from the SSE stream (EventSource cannot send headers, so the key travels as
 * ?access_token=); if the stream cannot be opened or keeps failing, the session is polled
 * every second instead. An update older than the one already shown is dropped, so the two
 * sources can never move the view backwards. Returns {stop()}.
 */
export function watchSession(sessionId, { onUpdate, onError, onMode }) {
  const path = `/api/v1/sessions/${encodeURIComponent(sessionId)}`;
  let stopped = false;
  let source = null;
  let timer = null;
  let failures = 0;
  let latest = 0;

  const stop = () => {
    stopped = true;
    source?.close();
    clearTimeout(timer);
  };

  const deliver = (session) => {
    const updated = Date.parse(session.updated_at) || 0;
    if (stopped || updated < latest) return;
    latest = updated;
    onUpdate(session);
    if (FINAL_STATUSES.has(session.status)) stop();
  };

  const fail = (error) => {
    const fatal = error.status === 401 || error.status === 403 || error.status === 404;
    if (fatal) stop();
    onError(error, fatal);
  };

  const poll = async () => {
    if (stopped) return;
    try {
      deliver(await getJson(path));
    } catch (error) {
      fail(error);
    }
    if (!stopped) timer = setTimeout(poll, POLL_MS);
  };

  const startPolling = () => {
    source?.close();
    source = null;
    onMode('polling');
    poll();
  };

  const stream = () => {
    const url = withQuery(`${path}/events`, { access_token: auth.key });
    source = new EventSource(url);
    source.addEventListener('open', () => onMode('live'));
    source.addEventListener('session', (event) => {
      failures = 0;
      try {
        deliver(JSON.parse(event.data));
      } catch {
        startPolling();
      }
    });
    source.addEventListener('error', () => {
      if (stopped) return;
      failures += 1;
      // CLOSED: the stream was refused (not SSE, 4xx); CONNECTING: the browser retries with
      // Last-Event-ID, but only a few times before polling takes over.
      if (source.readyState === EventSource.CLOSED || failures >= STREAM_RETRIES) startPolling();
    });
  };

  // One GET first: the view fills at once and a missing session is reported clearly.
  getJson(path)
    .then((session) => {
      deliver(session);
      if (stopped) return;
      if (typeof EventSource === 'function') stream();
      else startPolling();
    })
    .catch((error) => {
      fail(error);
      if (!stopped) startPolling();
    });

  return { stop };
}
