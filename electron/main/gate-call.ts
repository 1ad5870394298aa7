import type { ApiHandlers } from '../../shared/api/contract.ts';
import { dispatchCall, type InternalErrorSink } from '../../shared/api/dispatch.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { isTrustedSender, type SenderFacts } from './trusted-sender.ts';

/** The answer to a call from a sender we do not trust; nothing about the services is revealed. */
export const forbiddenResult: ApiResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'forbidden', message: '拒绝: 调用来源不可信' }),
});

/** Options of one gated call. */
export interface GateOptions {
  readonly devOrigin: string | null;
  readonly onInternalError: InternalErrorSink;
  /** Told about each refused call, for the log. */
  readonly onRefused?: (name: string, sender: SenderFacts) => void;
}

/**
 * Runs one IPC call: the sender check first, then `dispatchCall` (channel name and zod input check,
 * service, output check). The only path from ipcMain to a service.
 */
export async function gateCall(
  handlers: ApiHandlers,
  name: string,
  rawInput: unknown,
  sender: SenderFacts,
  options: GateOptions,
): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(sender.url, sender.frameIsMain, options.devOrigin)) {
    options.onRefused?.(name, sender);
    return forbiddenResult;
  }
  return dispatchCall(handlers, name, rawInput, options.onInternalError);
}
