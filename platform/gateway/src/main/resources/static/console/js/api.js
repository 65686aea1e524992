// Calls to the platform's APIs through the gateway: the access token in memory (and in
// sessionStorage so a reload keeps the session for this tab), one refresh when a call answers 401,
// RFC 9457 Problem Details turned into ApiError.

import { language } from './i18n.js';

const KEY = 'coop.tokens';
let tokens = JSON.parse(sessionStorage.getItem(KEY) || 'null');
let refreshing = null;

/** An answer that is not 2xx: status and its Problem Details (or a made-up one). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

export function signedIn() {
  return tokens !== null;
}

function keep(answer) {
  tokens = { access: answer.access_token, refresh: answer.refresh_token };
  sessionStorage.setItem(KEY, JSON.stringify(tokens));
}

function forget() {
  tokens = null;
  sessionStorage.removeItem(KEY);
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const body = JSON.parse(text);
    if (body && typeof body === 'object') {
      return body;
    }
  } catch (ignored) {
    // not JSON: fall through
  }
  return { title: response.statusText || ('HTTP ' + response.status), status: response.status, detail: text || undefined };
}

async function send(method, path, body, token) {
  const headers = { 'Accept': 'application/json, application/problem+json', 'Accept-Language': language() };
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  try {
    return await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (offline) {
    throw new ApiError(0, { title: 'The gateway cannot be reached', detail: String(offline) });
  }
}

async function json(response) {
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export async function signIn(username, password) {
  const response = await send('POST', '/api/auth/token', { username, password });
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  const answer = await json(response);
  keep(answer);
  return answer.user;
}

export async function signOut() {
  const refresh = tokens && tokens.refresh;
  forget();
  if (refresh) {
    await send('POST', '/api/auth/sign-out', { refresh_token: refresh }).catch(() => null);
  }
}

/** One refresh at a time; false when there is no refresh token or it is refused (then signed out). */
function refresh() {
  if (!tokens || !tokens.refresh) {
    return Promise.resolve(false);
  }
  if (!refreshing) {
    refreshing = (async () => {
      const response = await send('POST', '/api/auth/refresh', { refresh_token: tokens.refresh });
      if (!response.ok) {
        forget();
        return false;
      }
      keep(await json(response));
      return true;
    })().finally(() => { refreshing = null; });
  }
  return refreshing;
}

let onSignedOut = () => {};
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

/** Calls the API with the access token; on 401 refreshes once and repeats the call. */
export async function call(method, path, body) {
  const used = tokens && tokens.access;
  let response = await send(method, path, body, used);
  // another call may have refreshed the tokens meanwhile: then only repeat the call
  if (response.status === 401 && ((tokens && tokens.access !== used) || await refresh())) {
    response = await send(method, path, body, tokens.access);
  }
  if (response.status === 401) {
    forget();
    onSignedOut();
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  return json(response);
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, body === undefined ? {} : body);

/**
 * Reads a Server-Sent Events stream with fetch (EventSource cannot send a token): calls
 * onEvent(type, data) for every event; resolves when the stream ends or signal aborts.
 */
export async function stream(path, onEvent, signal) {
  const open = () => fetch(path, {
    headers: { 'Accept': 'text/event-stream', 'Authorization': 'Bearer ' + (tokens && tokens.access) },
    signal
  });
  let response = await open();
  if (response.status === 401 && await refresh()) {
    response = await open();
  }
  if (!response.ok || !response.body) {
    throw new ApiError(response.status, await problemOf(response));
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let type = 'message';
  let data = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.search(/\r\n|\n|\r/)) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(buffer[end] === '\r' && buffer[end + 1] === '\n' ? end + 2 : end + 1);
      if (line === '') {
        if (data.length > 0) {
          onEvent(type, data.join('\n'));
        }
        type = 'message';
        data = [];
      } else if (line.startsWith(':')) {
        // a comment (heartbeat)
      } else {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let text = colon < 0 ? '' : line.slice(colon + 1);
        if (text.startsWith(' ')) {
          text = text.slice(1);
        }
        if (field === 'event') {
          type = text;
        } else if (field === 'data') {
          data.push(text);
        }
      }
    }
  }
}
