/** The renderer's scheme: a standard, secure custom protocol instead of file:// (STYLE.md, security baseline). */
export const appScheme = 'app';

/** The only host the app protocol serves. */
export const appHost = 'pingshen';

/** The origin of our own pages, as Chromium reports it for the registered standard scheme. */
export const appOrigin = `${appScheme}://${appHost}`;

/** The page the main window loads. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * The privileges of the app scheme, registered before `ready`. `standard` gives it real origins and
 * relative URLs, `secure` a secure context, `supportFetchAPI` lets pdf.js fetch its cMaps and
 * `stream` lets large files stream. No `bypassCSP`, no `corsEnabled`: our CSP applies in full.
 */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for `app://pingshen/…` exactly: no other host, no port, no credentials. Compared by parts, not
 * by `URL.origin`, because Node reports `null` as the origin of a non-special scheme.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** A development server the window may load instead of app://, when PINGSHEN_DEV_URL names one. */
export interface DevServer {
  /** The URL to load, as given. */
  readonly url: string;
  /** Its origin, e.g. `http://127.0.0.1:5173`, trusted like app://pingshen while developing. */
  readonly origin: string;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost']);

/**
 * Reads PINGSHEN_DEV_URL: only plain http on a loopback host with an explicit port, and never in a
 * packaged app, so a stray environment variable cannot point the shipped app at the network.
 */
export function parseDevServer(raw: string | undefined, isPackaged: boolean): DevServer | null {
  if (isPackaged || !raw) return null;
  const parsed = parse(raw);
  if (!parsed || parsed.protocol !== 'http:' || !loopbackHosts.has(parsed.hostname) || parsed.port === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return { url: parsed.href, origin: parsed.origin };
}

/** True when `url` belongs to our pages: app://pingshen, or the development server if one is configured. */
export function isOwnOrigin(url: string, devOrigin: string | null): boolean {
  if (isAppUrl(url)) return true;
  if (devOrigin === null) return false;
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'http:' && parsed.username === '' && parsed.origin === devOrigin;
}
