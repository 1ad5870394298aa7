// `npm start` (after the build): runs the built app in Electron. Electron's binary is not in the
// npm package; its postinstall fetches it from GitHub, which many build machines cannot reach.
// If the binary is missing we try that download once more (90 s at most) and otherwise say, in
// one line, how to use the same app in a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const debug = process.env.PINGSHEN_DEBUG === '1';
const logFile = join(root, 'node_modules', '.cache', 'pingshen', 'electron-install.log');
const downloadTimeoutMs = 90_000;

/**
 * The Electron executable named by node_modules/electron/path.txt (under ELECTRON_OVERRIDE_DIST_PATH
 * when set, as electron's own index.js does), or null if absent.
 */
function electronBinary() {
  let relative = '';
  try {
    relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: the postinstall never completed.
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, relative || 'electron');
    return existsSync(binary) ? binary : null;
  }
  const binary = join(electronDir, 'dist', relative);
  return relative && existsSync(binary) ? binary : null;
}

/** Runs electron's own install.js once, quietly (into the log) unless PINGSHEN_DEBUG=1. */
function downloadElectron() {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return;
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  console.log('[pingshen] 正在下载 Electron 运行文件 (最多 90 秒)… / Downloading Electron (90 s at most)…');
  let fd = null;
  if (!debug) {
    mkdirSync(dirname(logFile), { recursive: true });
    fd = openSync(logFile, 'w');
  }
  try {
    spawnSync(process.execPath, [installer], {
      cwd: electronDir,
      env,
      stdio: debug ? 'inherit' : ['ignore', fd, fd],
      timeout: downloadTimeoutMs,
      killSignal: 'SIGKILL',
    });
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

let binary = electronBinary();
if (!binary) {
  downloadElectron();
  binary = electronBinary();
}
if (!binary) {
  const detail = debug ? '' : ` (详情 / details: ${logFile})`;
  console.error(
    `[pingshen] 无法获取 Electron 运行文件 (需要访问 GitHub)。请改用 npm run start:browser 在本机浏览器中打开同一应用。 / Electron's binary could not be downloaded; run npm run start:browser instead.${detail}`,
  );
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE would turn the app into a plain Node process; never inherit it.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`[pingshen] 无法启动 Electron / could not start Electron: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
