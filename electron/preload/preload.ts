// The preload, bundled to dist/electron/preload.cjs and run sandboxed: it can require only
// `electron`. It exposes exactly one object, window.pingshen, built from the API contract.
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeKey, buildBridge } from './build-bridge.ts';

contextBridge.exposeInMainWorld(
  bridgeKey,
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
