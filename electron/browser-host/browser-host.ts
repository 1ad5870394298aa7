import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import type { ServableDocument } from '../services/app-services.ts';
import type { ServableOutput } from '../services/transfer/output-store.ts';
import { dispatchCall } from '../../shared/api/dispatch.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { contentDisposition } from '../../shared/security/content-disposition.ts';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy.ts';
import { mimeTypeFor } from '../../shared/security/mime-type.ts';
import { parseRange } from '../../shared/security/parse-range.ts';
import { resolveStaticPath } from '../../shared/security/resolve-static-path.ts';

/** How to start the browser host. */
export interface BrowserHostOptions {
  readonly handlers: ApiHandlers;
  /** Looks up a document by its opaque id (the services' `findDocument`). */
  readonly findDocument?: (id: string) => ServableDocument | null;
  /** Looks up a file written for download (a review package) by its opaque id (the services' `findOutput`). */
  readonly findOutput?: (id: string) => ServableOutput | null;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Fixed token for tests; a random one otherwise. */
  readonly token?: string;
  readonly onInternalError?: (name: string, error: unknown) => void;
}

/** A running browser host. */
export interface BrowserHost {
  /** The URL to open: carries the token once, which the host swaps for a cookie. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

const cookieName = 'pingshen_token';
const maxBodyBytes = 2 * 1024 * 1024;

function sameSecret(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(request: IncomingMessage): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName) return rest.join('=');
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the API contract and the built renderer on 127.0.0.1 for end-to-end tests and
 * development without a display. A thin transport: every call goes through `dispatchCall`,
 * exactly as Electron's IPC does. Every request must carry the per-run token.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts: Set<string> = new Set();

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      options.onInternalError?.('browser-host', error);
      if (!response.headersSent) send(response, 500, '内部错误', 'text/plain; charset=utf-8');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page on another site may resolve its own hostname to 127.0.0.1 (DNS rebinding): only
    // requests addressed to our own loopback host name are served.
    if (!allowedHosts.has(request.headers.host ?? '')) {
      send(response, 403, '拒绝: 主机名不符', 'text/plain; charset=utf-8');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const queryToken = url.searchParams.get('token') ?? undefined;
    if (request.method === 'GET' && url.pathname === '/' && sameSecret(queryToken, token)) {
      // Swap the token in the URL for a cookie, so it leaves the address bar and history.
      send(response, 303, '', 'text/plain; charset=utf-8', {
        Location: '/',
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return;
    }
    const presented = cookieToken(request) ?? (request.headers['x-pingshen-token'] as string | undefined);
    if (!sameSecret(presented, token)) {
      send(response, 401, '未授权: 缺少或错误的访问令牌 (请使用启动时打印的地址)', 'text/plain; charset=utf-8');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(url.pathname.slice('/api/'.length), request, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
      return;
    }
    if (url.pathname.startsWith('/documents/')) {
      serveDocument(url.pathname.slice('/documents/'.length), request, response);
      return;
    }
    if (url.pathname.startsWith('/outputs/')) {
      serveOutput(url.pathname.slice('/outputs/'.length), request, response);
      return;
    }
    await serveStatic(url.pathname, response);
  }

  /** A document's bytes by id, with single byte ranges so pdf.js can read a large scan lazily. */
  function serveDocument(id: string, request: IncomingMessage, response: ServerResponse): void {
    const document = options.findDocument?.(id) ?? null;
    if (!document) {
      send(response, 404, '未找到文档', 'text/plain; charset=utf-8');
      return;
    }
    const range = parseRange(request.headers.range, document.size);
    const base = {
      'Content-Type': document.mediaType,
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': contentSecurityPolicy,
    };
    if (range === 'unsatisfiable') {
      response.writeHead(416, { ...base, 'Content-Range': `bytes */${document.size}` });
      response.end();
      return;
    }
    const { start, end } = range ?? { start: 0, end: document.size - 1 };
    response.writeHead(range ? 206 : 200, {
      ...base,
      'Content-Length': String(Math.max(0, end - start + 1)),
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${document.size}` } : {}),
    });
    if (request.method === 'HEAD' || document.size === 0) {
      response.end();
      return;
    }
    createReadStream(document.path, { start, end }).on('error', () => response.destroy()).pipe(response);
  }

  /** A file written for download, as an attachment: streamed, so a package of any size never sits in memory. */
  function serveOutput(id: string, request: IncomingMessage, response: ServerResponse): void {
    const output = options.findOutput?.(id) ?? null;
    if (!output) {
      send(response, 404, '未找到文件（可能已过期，请重新生成）', 'text/plain; charset=utf-8');
      return;
    }
    response.writeHead(200, {
      'Content-Type': output.mediaType,
      'Content-Length': String(output.size),
      'Content-Disposition': contentDisposition(output.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': contentSecurityPolicy,
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(output.path).on('error', () => response.destroy()).pipe(response);
  }

  async function handleApi(name: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || !(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'API 调用须为 POST application/json' } });
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(request);
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: '请求体不是有效的 JSON，或超过 2 MB' } });
      return;
    }
    const result = await dispatchCall(options.handlers, decodeURIComponent(name), input, options.onInternalError);
    sendJson(response, 200, result);
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const relative = resolveStaticPath(pathname);
    if (!relative) {
      send(response, 404, 'Not Found', 'text/plain; charset=utf-8');
      return;
    }
    try {
      const bytes = await readFile(join(options.staticDir, relative));
      send(response, 200, bytes, mimeTypeFor(relative));
    } catch {
      send(response, 404, 'Not Found', 'text/plain; charset=utf-8');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
