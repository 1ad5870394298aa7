// Runs the built main process (dist/electron/main.cjs) under Node with a stand-in for `electron`:
// Electron's binary cannot be downloaded here, but the bundle's wiring can still be checked end to
// end — lifecycle order, app:// serving, IPC through the sender gate to the real services on SQLite.
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/security/content-security-policy.ts';
import { rootDir } from '../../../support/corpus.ts';
import { apiContract } from '../../../../shared/api/contract.ts';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

const steps: string[] = [];
const ipcHandlers = new Map<string, Handler>();
let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
let windowOptions: { webPreferences?: Record<string, unknown> } | null = null;
let windowContents: object | null = null;
let userData = '';
let markReady: () => void = () => {};

class FakeWindow extends EventEmitter {
  readonly webContents = { id: 1 };
  constructor(options: { webPreferences?: Record<string, unknown> }) {
    super();
    windowOptions = options;
    windowContents = this.webContents;
  }
  loadURL(url: string): Promise<void> {
    steps.push(`loadURL ${url}`);
    return Promise.resolve();
  }
  show(): void {}
}

function fakeElectron(): object {
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => (steps.push('singleInstanceLock'), true),
    enableSandbox: () => steps.push('enableSandbox'),
    whenReady: () => ready,
    getPath: () => userData,
    getVersion: () => '0.0.0-test',
    quit: () => steps.push('quit'),
    exit: (code: number) => steps.push(`exit ${code}`),
  });
  const session = {
    setPermissionRequestHandler: () => steps.push('permissionRequestHandler'),
    setPermissionCheckHandler: () => steps.push('permissionCheckHandler'),
    setDevicePermissionHandler: () => {},
    webRequest: { onBeforeRequest: () => steps.push('onBeforeRequest') },
  };
  return {
    app,
    BrowserWindow: FakeWindow,
    session: { defaultSession: session },
    protocol: {
      registerSchemesAsPrivileged: () => steps.push('registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        steps.push(`protocol.handle ${scheme}`);
        protocolHandler = handler;
      },
    },
    ipcMain: { handle: (name: string, handler: Handler) => ipcHandlers.set(name, handler) },
    Menu: { setApplicationMenu: () => steps.push('menu'), buildFromTemplate: (template: unknown) => template },
    dialog: { showErrorBox: (title: string, text: string) => steps.push(`showErrorBox ${title} ${text}`), showMessageBox: async () => ({}) },
    // No OS keychain here: the signing key would be sealed by a passphrase.
    safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
  };
}

type Loader = (request: string, ...rest: unknown[]) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
const originalLoad = moduleInternals._load;
let app: EventEmitter | null = null;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: rootDir, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  userData = mkdtempSync(join(tmpdir(), 'pingshen-main-bundle-'));
  const electron = fakeElectron();
  app = (electron as { app: EventEmitter }).app;
  moduleInternals._load = function load(this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? electron : originalLoad.call(this, request, ...rest);
  };
  createRequire(import.meta.url)(join(rootDir, 'dist', 'electron', 'main.cjs'));
  markReady();
  // Start-up is asynchronous (the demo review's PDFs are typeset on a new profile): wait until the
  // window loads or an error box shows, rather than a fixed delay.
  const deadline = Date.now() + 50_000;
  while (!steps.some((step) => step.startsWith('loadURL') || step.startsWith('showErrorBox')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 60_000);

afterAll(() => {
  app?.emit('will-quit');
  moduleInternals._load = originalLoad;
  rmSync(userData, { recursive: true, force: true });
});

describe('dist/electron/main.cjs', () => {
  it('secures the app before ready and opens the window last', () => {
    expect(steps.filter((step) => !step.startsWith('showErrorBox'))).toEqual([
      'singleInstanceLock',
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'permissionRequestHandler',
      'permissionCheckHandler',
      'onBeforeRequest',
      'protocol.handle app',
      'menu',
      'loadURL app://pingshen/index.html',
    ]);
  });

  it('opens the window sandboxed with the preload beside main.cjs', () => {
    expect(windowOptions?.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: join(rootDir, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('registers exactly the contract calls and answers a trusted one from the real services', async () => {
    // Against the contract's own keys (a call served over HTTP but not over IPC would fail here).
    expect([...ipcHandlers.keys()].sort()).toEqual(Object.keys(apiContract).sort());
    const trusted = { sender: windowContents, senderFrame: { url: 'app://pingshen/index.html', parent: null } };
    const info = await ipcHandlers.get('app:info')?.(trusted, {});
    expect(info).toMatchObject({ ok: true, value: { transport: 'ipc' } });
    const reviews = await ipcHandlers.get('reviews:list')?.(trusted, {});
    expect(reviews).toMatchObject({ ok: true });
  });

  it('reads document texts in the bundled worker thread (page-text-worker.cjs) for keyword search', async () => {
    const trusted = { sender: windowContents, senderFrame: { url: 'app://pingshen/index.html', parent: null } };
    const review = (await ipcHandlers.get('reviews:get')?.(trusted, { reviewId: 'demo-2026-anhui' })) as { value: { submissions: { id: string }[] } };
    const submissionId = review.value.submissions[0]?.id ?? '';
    type Search = { ok: boolean; value: { documents: { state: string; pages: unknown[]; error: string | null }[] } };
    let search: Search | null = null;
    for (let attempt = 0; attempt < 400; attempt++) {
      search = (await ipcHandlers.get('documents:search')?.(trusted, { reviewId: 'demo-2026-anhui', submissionId, keywords: ['现场工程师'] })) as Search;
      if (!search.value.documents.some((d) => d.state === 'pending')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(search?.ok).toBe(true);
    expect(search?.value.documents.map((d) => [d.state, d.error])).toEqual(search?.value.documents.map(() => ['done', null]));
    expect(search?.value.documents.some((d) => d.pages.length > 0)).toBe(true);
  });

  it('refuses the same call from a foreign page or a subframe', async () => {
    const foreign = { sender: windowContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    const subframe = { sender: windowContents, senderFrame: { url: 'app://pingshen/index.html', parent: {} } };
    for (const event of [foreign, subframe]) {
      expect(await ipcHandlers.get('settings:get')?.(event, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('serves app:// with the CSP and refuses traversal', async () => {
    const traversal = await protocolHandler?.(new Request('app://pingshen/..%2f..%2fpackage.json'));
    expect(traversal?.status).toBe(404);
    expect(traversal?.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });
});
