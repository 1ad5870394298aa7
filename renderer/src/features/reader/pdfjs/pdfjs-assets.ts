/** Absolute URLs of the pdf.js assets shipped under `pdfjs/` beside the page (see vite.config.ts). */
export interface PdfjsAssetUrls {
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
  readonly wasmUrl: string;
  readonly iccUrl: string;
}

/**
 * Resolves the asset folders against the page's base URL. pdf.js wants absolute folder URLs with a
 * trailing slash: a relative one would be resolved against the worker script when the worker
 * fetches them itself.
 */
export function pdfjsAssetUrls(baseUrl: string): PdfjsAssetUrls {
  const folder = (name: string) => new URL(`pdfjs/${name}/`, baseUrl).href;
  return {
    cMapUrl: folder('cmaps'),
    standardFontDataUrl: folder('standard_fonts'),
    wasmUrl: folder('wasm'),
    iccUrl: folder('iccs'),
  };
}

/** How a document is fetched: measured in bench/reader/reader.bench.ts (docs/benchmarks.md). */
export interface LoadTuning {
  /** 'ranges': our fetch-based range transport (fetch-range-source.ts); 'url': pdf.js's own network loader. */
  readonly loader: 'ranges' | 'url';
  /** Bytes per range request. */
  readonly rangeChunkSize: number;
  /** Fetch only what the visible pages need instead of the whole file in the background. */
  readonly disableAutoFetch: boolean;
  /** With the 'url' loader: stop the initial full GET once the server has shown it serves ranges. */
  readonly disableStream: boolean;
}

/** The reader's loading defaults (see docs/reader.md for the measurements behind them). */
export const defaultLoadTuning: LoadTuning = {
  loader: 'ranges',
  rangeChunkSize: 256 * 1024,
  disableAutoFetch: true,
  disableStream: true,
};

/** Where pdf.js reads the document from: a URL (its own loader), the bytes, or a range transport. */
export type DocumentSource = { readonly url: string } | { readonly data: Uint8Array } | { readonly range: unknown };

/** The parameters handed to pdf.js's `getDocument`: our assets, no XFA, no scripting, range loading. */
export function documentParams(source: DocumentSource, baseUrl: string, tuning: LoadTuning = defaultLoadTuning) {
  return {
    ...('url' in source ? { url: new URL(source.url, baseUrl).href } : source),
    ...pdfjsAssetUrls(baseUrl),
    cMapPacked: true,
    enableXfa: false,
    rangeChunkSize: tuning.rangeChunkSize,
    disableAutoFetch: tuning.disableAutoFetch,
    disableStream: tuning.disableStream,
    // A broken object should not stop the rest of the page from rendering.
    stopAtErrors: false,
  } as const;
}
