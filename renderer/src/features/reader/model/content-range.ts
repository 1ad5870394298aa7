/** A `Content-Range: bytes start-end/total` header, read. */
export interface ContentRange {
  readonly start: number;
  readonly end: number;
  /** Null when the server does not know the size (`*`). */
  readonly total: number | null;
}

/** Reads a byte Content-Range header, or null when it is missing or malformed. */
export function parseContentRange(header: string | null): ContentRange | null {
  const match = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  const total = match[3] === '*' ? null : Number(match[3]);
  if (end < start || (total !== null && end >= total)) return null;
  return { start, end, total };
}

/** The Range header asking for bytes [begin, end) (pdf.js's end is exclusive, HTTP's inclusive). */
export function rangeHeader(begin: number, end: number): string {
  return `bytes=${begin}-${end - 1}`;
}
