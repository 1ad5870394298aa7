import type { Page } from 'playwright-core';
import type { ApiName } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';

/** A call the page made through the stubbed bridge: its name and input. */
export interface StubbedCall {
  readonly name: string;
  readonly input: unknown;
}

/**
 * Gives the page a `window.pingshen` bridge before it loads (the client prefers it, as in Electron):
 * the calls named in `answers` get the canned result, every other call goes to the browser host
 * as the HTTP bridge would send it. Every call is recorded, for `stubbedCalls`. Answers can be
 * changed later with `answerWith`, so a test scripts what the services say next.
 */
export async function stubBridge(page: Page, answers: Partial<Record<ApiName, ApiResult<unknown>>>): Promise<void> {
  await page.addInitScript((canned: Record<string, unknown>) => {
    const state = window as unknown as { __stub: { answers: Record<string, unknown>; calls: { name: string; input: unknown }[] }; pingshen?: unknown };
    state.__stub = { answers: canned, calls: [] };
    const forward = async (name: string, input: unknown) => {
      const response = await fetch(`api/${encodeURIComponent(name)}`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input ?? {}), credentials: 'same-origin',
      });
      return response.json() as Promise<unknown>;
    };
    state.pingshen = new Proxy({}, {
      get: (_target, name) => {
        if (typeof name !== 'string') return undefined;
        return async (input: unknown) => {
          state.__stub.calls.push({ name, input });
          return name in state.__stub.answers ? state.__stub.answers[name] : forward(name, input);
        };
      },
    });
  }, answers as Record<string, unknown>);
}

/** Changes what the stubbed bridge answers from now on (null: the call goes to the services again). */
export async function answerWith(page: Page, name: ApiName, result: ApiResult<unknown> | null): Promise<void> {
  await page.evaluate(([n, r]) => {
    const answers = (window as unknown as { __stub: { answers: Record<string, unknown> } }).__stub.answers;
    if (r === null) delete answers[n as string];
    else answers[n as string] = r;
  }, [name, result] as const);
}

/** The calls named `name` the page made through the stubbed bridge, in order. */
export async function stubbedCalls(page: Page, name: ApiName): Promise<StubbedCall[]> {
  const calls = await page.evaluate(() => (window as unknown as { __stub: { calls: StubbedCall[] } }).__stub.calls);
  return calls.filter((c) => c.name === name);
}
