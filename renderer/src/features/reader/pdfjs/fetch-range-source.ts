import { PDFDataRangeTransport } from 'pdfjs-dist';
import { parseContentRange, rangeHeader } from '../model/content-range.ts';

/** What pdf.js opens: the whole file, or a transport that fetches byte ranges on demand. */
export type PdfSource = { readonly data: Uint8Array } | { readonly range: PDFDataRangeTransport };

/** Fetch failures, shaped like pdf.js's ResponseException so describeLoadError classifies them alike. */
function responseError(status: number, url: string): Error {
  return Object.assign(new Error(`Unexpected server response (${status}) while retrieving PDF "${url}".`), { name: 'ResponseException', status });
}

async function fetchRange(url: string, begin: number, end: number, signal: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { headers: { Range: rangeHeader(begin, end) }, credentials: 'same-origin', cache: 'no-store', signal });
  if (response.status !== 206 && response.status !== 200) throw responseError(response.status, url);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server that ignores Range sends the whole file.
  return response.status === 200 ? bytes.subarray(begin, end) : bytes;
}

/**
 * Byte ranges through `fetch`, which works the same on the browser host's http:// and Electron's
 * app:// (pdf.js's own loader only uses ranges over http(s), and keeps every finished range
 * request's reader alive). A failed range is retried, then reported through `onError`.
 */
class FetchRangeTransport extends PDFDataRangeTransport {
  readonly #url: string;
  readonly #signal: AbortSignal;
  readonly #onError: (error: unknown) => void;

  constructor(url: string, length: number, initialData: Uint8Array, signal: AbortSignal, onError: (error: unknown) => void) {
    super(length, initialData, true);
    this.#url = url;
    this.#signal = signal;
    this.#onError = onError;
  }

  override requestDataRange(begin: number, end: number): void {
    const attempt = (left: number): Promise<void> =>
      fetchRange(this.#url, begin, end, this.#signal).then(
        (bytes) => this.onDataRange(begin, bytes),
        (error: unknown) => (left > 0 && !this.#signal.aborted ? attempt(left - 1) : Promise.reject(error)),
      );
    attempt(2).catch((error: unknown) => {
      if (!this.#signal.aborted) this.#onError(error);
    });
  }
}

/**
 * Opens `url` for pdf.js: reads its first `chunkSize` bytes, learns the file's size from
 * Content-Range, and returns a range transport for the rest (or the bytes, for a small file or a
 * server without ranges). Rejects with a ResponseException-like error when the file cannot be read.
 */
export async function openRangeSource(url: string, chunkSize: number, signal: AbortSignal, onError: (error: unknown) => void): Promise<PdfSource> {
  const response = await fetch(url, { headers: { Range: rangeHeader(0, chunkSize) }, credentials: 'same-origin', signal });
  if (response.status === 200) return { data: new Uint8Array(await response.arrayBuffer()) };
  if (response.status === 416) return { data: new Uint8Array(0) };
  if (response.status !== 206) throw responseError(response.status, url);
  const range = parseContentRange(response.headers.get('Content-Range'));
  const initial = new Uint8Array(await response.arrayBuffer());
  if (range === null || range.total === null || range.start !== 0 || initial.length >= range.total) return { data: initial };
  return { range: new FetchRangeTransport(url, range.total, initial, signal, onError) };
}
