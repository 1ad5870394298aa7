import { isAppUrl, isOwnOrigin } from './app-origin.ts';

function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon > 0 ? url.slice(0, colon + 1).toLowerCase() : '';
}

/**
 * Decides `session.webRequest.onBeforeRequest`: the app talks to nothing but itself. Allowed are
 * app://pingshen, the DevTools' own pages, `data:` (inline bytes, no network; the CSP says where they
 * may be used) and `blob:` URLs our own pages created. While developing, the loopback dev server
 * (and its HMR websocket) too. Everything else (http, https, file, other app hosts) is cancelled.
 */
export function shouldAllowRequest(url: string, devOrigin: string | null = null): boolean {
  if (isAppUrl(url)) return true;
  const scheme = schemeOf(url);
  if (scheme === 'devtools:' || scheme === 'data:') return true;
  if (scheme === 'blob:') return isOwnOrigin(url.slice('blob:'.length), devOrigin);
  if (devOrigin === null) return false;
  if (scheme === 'ws:') return isOwnOrigin(`http:${url.slice('ws:'.length)}`, devOrigin);
  return isOwnOrigin(url, devOrigin);
}
