/**
 * Maps a URL path to a path relative to the static folder, or null when it would leave that folder
 * (`..`, encoded separators, NUL, absolute or drive paths). Both hosts serve files through this.
 */
export function resolveStaticPath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.' || /^[a-zA-Z]:/.test(segment))) return null;
  return segments.length === 0 ? 'index.html' : segments.join('/');
}
