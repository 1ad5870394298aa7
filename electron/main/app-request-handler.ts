import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy.ts';
import { mimeTypeFor } from '../../shared/security/mime-type.ts';
import { parseRange } from '../../shared/security/parse-range.ts';
import type { ServableDocument } from '../services/app-services.ts';
import type { ServableOutput } from '../services/transfer/output-store.ts';
import { contentDisposition } from '../../shared/security/content-disposition.ts';
import { resolveStaticPath } from '../../shared/security/resolve-static-path.ts';
import { isAppUrl } from './app-origin.ts';

/**
 * Maps an app:// URL to a file inside `rootDir`, or null: another scheme or host, credentials, a
 * port, `..` in any spelling, encoded separators, drive letters. The resolved path is checked again
 * against the root, so a mistake in one check does not open the disk.
 */
export function resolveAppFile(url: string, rootDir: string): string | null {
  if (!isAppUrl(url)) return null;
  const relativePath = resolveStaticPath(new URL(url).pathname);
  if (relativePath === null) return null;
  const root = resolve(rootDir);
  const full = resolve(root, relativePath);
  const inside = relative(root, full);
  if (inside === '' || isAbsolute(inside) || inside === '..' || inside.startsWith(`..${sep}`)) return null;
  return full;
}

/** The headers of every app:// response, found or not: the CSP travels with each one. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/** Reads a file's bytes; injectable so tests can count or fail reads. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

/** Reads bytes start..end (inclusive) of a file. */
async function readSlice(path: string, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(Math.max(0, end - start + 1));
    let offset = 0;
    while (offset < buffer.byteLength) {
      const { bytesRead } = await handle.read(buffer, offset, buffer.byteLength - offset, start + offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return buffer.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/**
 * Serves a stored document by its opaque id at `app://pingshen/documents/<id>`, with single byte
 * ranges so pdf.js shows the first page of a large scan without reading the whole file.
 */
export async function serveDocument(request: Request, document: ServableDocument | null): Promise<Response> {
  if (!document) return textResponse(404, '未找到文档');
  const headers = { ...appResponseHeaders(document.mediaType), 'Accept-Ranges': 'bytes', 'Cache-Control': 'private, max-age=31536000, immutable' };
  const range = parseRange(request.headers.get('range') ?? undefined, document.size);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${document.size}` } });
  const { start, end } = range ?? { start: 0, end: document.size - 1 };
  const body = request.method === 'HEAD' ? null : await readSlice(document.path, start, end);
  return new Response(body, {
    status: range ? 206 : 200,
    headers: { ...headers, 'Content-Length': String(Math.max(0, end - start + 1)), ...(range ? { 'Content-Range': `bytes ${start}-${end}/${document.size}` } : {}) },
  });
}

/** Serves a file written for download (a review package) at `app://pingshen/outputs/<id>`, as an attachment, streamed. */
export function serveOutput(request: Request, output: ServableOutput | null): Response {
  if (!output) return textResponse(404, '未找到文件（可能已过期，请重新生成）');
  const headers = { ...appResponseHeaders(output.mediaType), 'Content-Length': String(output.size), 'Content-Disposition': contentDisposition(output.fileName) };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  // A web stream over the file (closed at its end): a package of hundreds of megabytes never sits in memory.
  return new Response(Readable.toWeb(createReadStream(output.path)) as ReadableStream<Uint8Array>, { status: 200, headers });
}

/**
 * The handler behind `protocol.handle('app', …)`: serves files of the built renderer and stored
 * documents by id, read-only (GET/HEAD), with their MIME type and the CSP. Plain Fetch API types,
 * so it runs under Node in tests.
 */
export function createAppRequestHandler(
  rendererDir: string,
  readBytes: ReadBytes = (path) => readFile(path),
  findDocument: (id: string) => ServableDocument | null = () => null,
  findOutput: (id: string) => ServableOutput | null = () => null,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    const documentMatch = isAppUrl(request.url) ? /^\/documents\/([0-9a-f]{64})$/.exec(new URL(request.url).pathname) : null;
    if (documentMatch) return serveDocument(request, findDocument(documentMatch[1] as string));
    const outputMatch = isAppUrl(request.url) ? /^\/outputs\/([0-9a-f]{32})$/.exec(new URL(request.url).pathname) : null;
    if (outputMatch) return serveOutput(request, findOutput(outputMatch[1] as string));
    const file = resolveAppFile(request.url, rendererDir);
    if (file === null) return textResponse(404, 'Not Found');
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file);
    } catch {
      // Missing file, a folder, or unreadable: all look the same from outside.
      return textResponse(404, 'Not Found');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
    return new Response(body, { status: 200, headers: appResponseHeaders(mimeTypeFor(file)) });
  };
}
