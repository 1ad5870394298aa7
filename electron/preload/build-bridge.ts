import { apiChannels, type ApiChannel } from '../../shared/api/channels.ts';
import type { ApiBridge } from '../../shared/api/contract.ts';

/** The name of the one object the preload exposes: `window.pingshen` (see renderer/src/api/client.ts). */
export const bridgeKey = 'pingshen';

/** Sends one call over IPC (ipcRenderer.invoke in the preload, a spy in tests). */
export type Invoke = (channel: ApiChannel, input: unknown) => Promise<unknown>;

/**
 * Builds the renderer's API object from the contract: one function per call name, each forwarding
 * only its own channel and its single argument. No generic invoke(channel) reaches the page, and
 * the object is frozen. The cast is the contract's type: main validates every value at the door.
 */
export function buildBridge(invoke: Invoke): ApiBridge {
  const entries = apiChannels.map((name) => [name, (input: unknown) => invoke(name, input)] as const);
  return Object.freeze(Object.fromEntries(entries)) as unknown as ApiBridge;
}
