import type { z } from 'zod';
import { appCalls } from './calls/app.ts';
import { auditCalls } from './calls/audit.ts';
import { documentsCalls } from './calls/documents.ts';
import { formalCheckCalls } from './calls/formal-check.ts';
import { exportsCalls } from './calls/exports.ts';
import { identityCalls } from './calls/identity.ts';
import { intakeCalls } from './calls/intake.ts';
import { mergeCalls } from './calls/merge.ts';
import { packagesCalls } from './calls/packages.ts';
import { programsCalls } from './calls/programs.ts';
import { reviewsCalls } from './calls/reviews.ts';
import { rosterCalls } from './calls/roster.ts';
import { scoringCalls } from './calls/scoring.ts';
import { settingsCalls } from './calls/settings.ts';
import { sheetsCalls } from './calls/sheets.ts';
import { transferCalls } from './calls/transfer.ts';
import { apiChannels, type ApiChannel } from './channels.ts';
import type { AnyCallSpec } from './define-calls.ts';
import type { ApiResult } from './result.ts';

/**
 * Every call the renderer can make, by channel name `domain:verb`, one file per feature under
 * calls/. The Electron main process and the browser host both serve exactly this table; the
 * preload and the renderer client are built from channels.ts, which must list exactly its keys.
 */
export const apiContract = {
  ...appCalls,
  ...settingsCalls,
  ...reviewsCalls,
  ...documentsCalls,
  ...scoringCalls,
  ...programsCalls,
  ...identityCalls,
  ...rosterCalls,
  ...packagesCalls,
  ...transferCalls,
  ...sheetsCalls,
  ...mergeCalls,
  ...intakeCalls,
  ...formalCheckCalls,
  ...exportsCalls,
  ...auditCalls,
} as const satisfies Record<ApiChannel, AnyCallSpec>;

// channels.ts and the contract name the same calls, proven at compile time both ways: `satisfies`
// above finds a channel without a call; spreads escape excess-property checks, so a call missing
// from channels.ts (served over HTTP, absent from IPC and the preload) is found here.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelsMatchContract: Exactly<keyof typeof apiContract, ApiChannel> = true;
void channelsMatchContract;

/** The API's channel names. */
export type ApiName = keyof typeof apiContract;

/** The input type of a call. */
export type ApiInput<N extends ApiName> = z.input<(typeof apiContract)[N]['input']>;

/** The output type of a call. */
export type ApiOutput<N extends ApiName> = z.output<(typeof apiContract)[N]['output']>;

/** What a host implements: one async function per call, receiving input already parsed. */
export type ApiHandlers = { readonly [N in ApiName]: (input: z.output<(typeof apiContract)[N]['input']>) => Promise<ApiOutput<N>> | ApiOutput<N> };

/** What the renderer sees: one async function per call, returning the result envelope. */
export type ApiBridge = { readonly [N in ApiName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>> };

/** All channel names (from channels.ts, which the contract's keys must match exactly). */
export const apiNames: readonly ApiName[] = apiChannels;

/** True when `name` is a call of the contract (guards untrusted channel names). */
export function isApiName(name: string): name is ApiName {
  return Object.hasOwn(apiContract, name);
}
