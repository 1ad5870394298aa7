import { apiNames, type ApiBridge, type ApiInput, type ApiName, type ApiOutput } from '../../../shared/api/contract.ts';
import type { ApiError, ApiResult } from '../../../shared/api/result.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser (the browser host). */
    readonly pingshen?: ApiBridge;
  }
}

/** A failed call surfaced as an exception, carrying the API's code and Chinese message. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly issues: ApiError['issues'];
  /** The whole envelope: a domain error's code and parameters, which messageOf shows in the UI's language. */
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.issues = error.issues;
    this.error = error;
  }
}

// Bytes of a request body below which it is sent with keepalive (the browser's budget is 64 KiB).
const keepaliveLimit = 16_384;

/** Builds a bridge that reaches the browser host over HTTP (same origin, token cookie). */
export function createHttpBridge(fetchImpl: typeof fetch = (...args) => fetch(...args)): ApiBridge {
  const entries = apiNames.map((name) => [
    name,
    async (input: unknown): Promise<ApiResult<unknown>> => {
      let response: Response;
      const body = JSON.stringify(input ?? {});
      try {
        response = await fetchImpl(`api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          credentials: 'same-origin',
          // A small call made as the page goes away (the reader's last view) still reaches the host;
          // browsers allow keepalive only up to 64 KiB in flight, so large uploads go without it.
          keepalive: body.length < keepaliveLimit,
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: '无法连接评审台服务 (浏览器模式下请确认服务仍在运行)' } };
      }
      if (response.status === 401) {
        return { ok: false, error: { code: 'forbidden', message: '访问令牌无效，请使用启动时打印的地址重新打开' } };
      }
      return (await response.json()) as ApiResult<unknown>;
    },
  ]);
  return Object.freeze(Object.fromEntries(entries)) as unknown as ApiBridge;
}

/** The transport: Electron's preload bridge when present, else the browser host over HTTP. */
export function selectBridge(win: Pick<Window, 'pingshen'>): ApiBridge {
  return win.pingshen ?? createHttpBridge();
}

let bridge: ApiBridge | null = null;

/** Sets the bridge once at start-up (main.tsx), or a stub in component tests. */
export function setBridge(next: ApiBridge): void {
  bridge = next;
}

/** Calls the API and returns the value, or throws ApiCallError with the service's message. */
export async function call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  if (!bridge) throw new Error('API bridge not initialised');
  const invoke = bridge[name] as (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>>;
  const result = await invoke(input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
