import { describe, expect, it, vi } from 'vitest';
import { apiContract, apiNames } from '../../../../shared/api/contract.ts';
import { bridgeKey, buildBridge } from '../../../../electron/preload/build-bridge.ts';

describe('buildBridge', () => {
  const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
  const bridge = buildBridge(invoke);

  it('is exposed as window.pingshen', () => {
    expect(bridgeKey).toBe('pingshen');
  });

  it('has exactly one function per contract call and nothing else', () => {
    // Against the contract's own keys, not channels.ts (which the bridge is built from): a test that can fail.
    expect(Reflect.ownKeys(bridge).sort()).toEqual(Object.keys(apiContract).sort());
    for (const name of apiNames) expect(typeof bridge[name]).toBe('function');
    for (const name of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'require', 'process']) expect(name in bridge).toBe(false);
  });

  it('forwards each call on its own channel with only its input', async () => {
    for (const name of apiNames) {
      invoke.mockClear();
      const call = bridge[name] as (...args: unknown[]) => Promise<unknown>;
      await call({ probe: name }, 'extra-argument', () => {});
      expect(invoke).toHaveBeenCalledTimes(1);
      expect(invoke).toHaveBeenCalledWith(name, { probe: name });
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => {
      (bridge as unknown as Record<string, unknown>)['invoke'] = () => {};
    }).toThrow(TypeError);
  });
});
