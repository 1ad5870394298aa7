/** `attachment` with the file name, ASCII-safe and also UTF-8 encoded (RFC 6266), so a download is saved, never shown. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
