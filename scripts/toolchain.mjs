// Finds or brings the Node the project needs, and installs the project's packages with it.
// Plain JavaScript that runs on Node >= 18: it is the first thing a fresh clone executes,
// usually under an older system Node (the build machines have Node 20).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The lowest Node the project runs on (pdfjs-dist 6, better-sqlite3 13, vitest 5, type stripping). */
export const minimumNode = [22, 18];

const toolchainDir = join(root, '.toolchain');
const isWindows = process.platform === 'win32';

/** True when a `vMAJOR.MINOR.PATCH` version meets the minimum. */
export function isRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > minimumNode[0] || (major === minimumNode[0] && minor >= minimumNode[1]);
}

function fail(message) {
  console.error(`\n[pingshen] ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: isWindows, ...options });
  if (result.error) fail(`无法运行 ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** Finds the folder holding `include/node/node_api.h` under a node@NN install (its headers). */
function findHeadersDir(start) {
  const queue = [start];
  while (queue.length > 0) {
    const dir = queue.shift();
    if (existsSync(join(dir, 'include', 'node', 'node_api.h'))) return dir;
    const modules = join(dir, 'node_modules');
    if (!existsSync(modules)) continue;
    for (const name of readdirSync(modules)) {
      if (name === 'node' || name.startsWith('node-')) queue.push(join(modules, name));
    }
  }
  return null;
}

function toolchainNode() {
  const bin = isWindows
    ? join(toolchainDir, 'node_modules', 'node', 'bin', 'node.exe')
    : join(toolchainDir, 'node_modules', 'node', 'bin', 'node');
  return existsSync(bin) ? bin : null;
}

/**
 * Returns the Node to run the project with: this one if recent enough, else Node 24 from the
 * npm registry's `node@24` package, installed once into `.toolchain/` (binary and headers inside).
 */
export function ensureNode() {
  if (isRecentEnough(process.version)) {
    return { node: process.execPath, nodedir: null, version: process.version };
  }
  let node = toolchainNode();
  if (!node) {
    console.log(`[pingshen] 本机 Node ${process.version} 版本过旧 (需要 ≥ ${minimumNode.join('.')})，正在从 npm 仓库获取 node@24 …`);
    mkdirSync(toolchainDir, { recursive: true });
    writeFileSync(join(toolchainDir, 'package.json'), JSON.stringify({ private: true, allowScripts: { node: true } }, null, 2));
    const status = run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'node@24'], {
      cwd: toolchainDir,
    });
    node = toolchainNode();
    if (status !== 0 || !node) fail('无法从 npm 仓库安装 node@24。请检查网络，或自行安装 Node ≥ 22.18 后重试。');
  }
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!isRecentEnough(version)) fail(`.toolchain 中的 Node ${version} 不可用；删除 .toolchain 后重试。`);
  return { node, nodedir: findHeadersDir(join(toolchainDir, 'node_modules', 'node')), version };
}

/** The environment in which npm, node-gyp and our scripts run on the chosen Node. */
export function toolchainEnv(chosen) {
  const env = { ...process.env };
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  env[pathKey] = [dirname(chosen.node), join(root, 'node_modules', '.bin'), env[pathKey]].join(delimiter);
  // Native modules (better-sqlite3) must build against the headers of the Node that runs them,
  // not whatever nodedir the user's npmrc names (here: the system Node 20).
  if (chosen.nodedir) env.npm_config_nodedir = chosen.nodedir;
  else delete env.npm_config_nodedir;
  // Electron's binary comes from GitHub releases, which some machines cannot reach; installing
  // must not depend on it. `npm start` fetches it explicitly and explains when it cannot.
  env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  return env;
}

function installStamp(chosen) {
  const lock = join(root, 'package-lock.json');
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'package.json')));
  if (existsSync(lock)) hash.update(readFileSync(lock));
  hash.update(chosen.version.split('.')[0]);
  hash.update(process.platform + process.arch);
  return hash.digest('hex');
}

/** Installs the project's npm packages when package.json, the lock file or Node's major changed. */
export function ensurePackages(chosen, env) {
  const stampFile = join(root, 'node_modules', '.pingshen-install-stamp');
  const stamp = installStamp(chosen);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  console.log(`[pingshen] 正在安装依赖 (Node ${chosen.version}) …`);
  // `npm install` (which follows package-lock.json) rather than `npm ci`: some registries lack the
  // other platforms' builds of optional packages (pdfjs-dist's @napi-rs/canvas), so the lock cannot
  // list them and `npm ci` refuses it as out of sync, although nothing this platform needs is missing.
  const status = run('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, env });
  if (status !== 0) fail('依赖安装失败 (见上方 npm 输出)。');
  writeFileSync(stampFile, installStamp(chosen));
}
