import { z } from 'zod';
import { apiContract, isApiName, type ApiHandlers } from './contract.ts';
import { domainCatalogue } from '../errors/domain-catalogue.ts';
import { DomainError } from '../errors/domain-error.ts';
import { ApiFailure, describeIssues, type ApiError, type ApiResult } from './result.ts';

// zod's zh-CN messages, passed per parse: a schema's own message still wins.
const zhCN = z.locales.zhCN().localeError;

/** Receives failures that are bugs rather than bad input, so the host can log them. */
export type InternalErrorSink = (name: string, error: unknown) => void;

/**
 * Runs one call from an untrusted caller: checks the channel name, parses the input with the
 * contract's schema before any service runs, and turns every outcome into a result envelope.
 * Both transports (Electron IPC and the browser host) call this and nothing else.
 */
export async function dispatchCall(
  handlers: ApiHandlers,
  name: string,
  rawInput: unknown,
  onInternalError: InternalErrorSink = () => {},
): Promise<ApiResult<unknown>> {
  if (!isApiName(name)) {
    return { ok: false, error: { code: 'unknown_call', message: `未知的调用: ${name.slice(0, 80)}` } };
  }
  const spec = apiContract[name];
  const parsed = spec.input.safeParse(rawInput ?? {}, { error: zhCN });
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    const first = issues[0];
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `调用 ${name} 的参数无效${first ? `: ${first.path} — ${first.message}` : ''}`,
        issues,
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    // The output is checked too: a service that drifts from the contract is a bug caught here,
    // not a malformed object the renderer trusts.
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      onInternalError(name, checked.error);
      return { ok: false, error: { code: 'internal', message: `内部错误: ${name} 的返回值不符合约定` } };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof ApiFailure) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
    }
    if (error instanceof DomainError) return { ok: false, error: apiErrorOf(error) };
    onInternalError(name, error);
    return { ok: false, error: { code: 'internal', message: `内部错误 (${name})，详情已写入日志` } };
  }
}

/** The one place a domain error becomes an API error: its catalogue entry's category, zh-CN text, code and parameters. */
export function apiErrorOf(error: DomainError): ApiError {
  return {
    code: domainCatalogue[error.key].api,
    message: error.message,
    domainCode: error.key,
    params: { ...error.params },
    ...(error.frame ? { frame: error.frame } : {}),
  };
}
