// Entry of the Electron main process, bundled to dist/electron/main.cjs (scripts/build-electron.mjs).
// Glue only: each measure lives in a small module named after it; see docs/electron-shell.md.
import { app, dialog, protocol, safeStorage, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { startAppServices, type AppServices } from '../services/app-services.ts';
import { appEntryUrl, parseDevServer } from './app-origin.ts';
import { appPaths } from './app-paths.ts';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { createWindow } from './create-window.ts';
import { installAppMenu } from './install-app-menu.ts';
import { createMainLog, type MainLog } from './main-log.ts';
import { createPagePrinter } from './print-page.ts';
import { registerApi } from './register-api.ts';
import { createSafeStorageSealer } from './safe-storage-sealer.ts';
import { guardAllWebContents, hardenSession } from './security.ts';

/** Electron's and Chromium's versions for app:info, leaving out any the runtime does not report. */
function runtimeVersions(versions: NodeJS.ProcessVersions): Record<string, string> {
  const wanted = { electron: versions['electron'], chrome: versions['chrome'] };
  return Object.fromEntries(Object.entries(wanted).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function main(): void {
  // A second copy would open the same SQLite profile; hand over to the first one instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // The bundle is CommonJS, so __dirname is main.cjs's folder (dist/electron).
  const paths = appPaths(__dirname, app.isPackaged, process.resourcesPath);
  const devServer = parseDevServer(process.env['PINGSHEN_DEV_URL'], app.isPackaged);
  const devOrigin = devServer?.origin ?? null;

  // Before `ready`: sandbox every renderer, make app:// a privileged scheme, guard every webContents.
  app.enableSandbox();
  registerAppScheme(protocol);
  guardAllWebContents(app, devOrigin);

  let window: BrowserWindow | null = null;
  let services: AppServices | null = null;
  let log: MainLog | null = null;

  const openWindow = (mainLog: MainLog): void => {
    window = createWindow(paths.preload, devServer?.url ?? appEntryUrl, (error) => mainLog.error('loadURL', error));
    window.on('closed', () => {
      window = null;
    });
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.whenReady().then(
    async () => {
      const mainLog = createMainLog(join(app.getPath('userData'), 'logs'));
      log = mainLog;
      if (devServer) mainLog.info(`development: loading ${devServer.url}`);
      hardenSession(session.defaultSession, devOrigin);
      try {
        services = await startAppServices({
          dataDir: app.getPath('userData'),
          transport: 'ipc',
          versions: runtimeVersions(process.versions),
          // The signing key is sealed by the OS keychain where there is one, else by a passphrase.
          osSealer: createSafeStorageSealer(safeStorage),
          printPage: createPagePrinter(() => window?.webContents ?? null),
          // Built beside main.cjs by scripts/build-electron.mjs; Electron cannot run the .ts source.
          pageTextWorker: join(__dirname, 'page-text-worker.cjs'),
        });
      } catch (error) {
        mainLog.error('startAppServices', error);
        dialog.showErrorBox('评审台无法启动', `无法打开本机数据 (${app.getPath('userData')})。\n${error instanceof Error ? error.message : String(error)}`);
        app.exit(1);
        return;
      }
      const running = services;
      serveAppProtocol(protocol, paths.renderer, (id) => running.findDocument(id), (id) => running.findOutput(id));
      registerApi({
        handlers: services.handlers,
        ourWebContents: () => window?.webContents ?? null,
        devOrigin,
        onInternalError: (name, error) => mainLog.error(name, error),
        onRefused: (name, sender) => mainLog.info(`refused ${name} from ${sender.url ?? '(no frame)'} (main frame: ${sender.frameIsMain})`),
      });
      installAppMenu(() => window);
      openWindow(mainLog);
      app.on('activate', () => {
        if (!window) openWindow(mainLog);
      });
    },
    (error: unknown) => {
      process.stderr.write(`[pingshen] Electron failed to start: ${String(error)}\n`);
      app.exit(1);
    },
  );

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    try {
      services?.close();
    } catch (error) {
      log?.error('services.close', error);
    }
    services = null;
  });
}

main();
