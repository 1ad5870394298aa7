#!/usr/bin/env node
// Launcher of the `pingshen` command. Plain JavaScript on purpose: it may be started by an old
// system Node (the build machines have Node 20), which cannot load the TypeScript CLI. Such a
// Node hands over to the project's own Node 24 in .toolchain/; a recent Node imports the CLI
// directly (Node >= 22.18 strips the types itself).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = resolve(dirname(self), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
const recentEnough = major > 22 || (major === 22 && minor >= 18);

if (recentEnough) {
  const { main } = await import(pathToFileURL(join(root, 'electron', 'cli', 'main.ts')).href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const exe = process.platform === 'win32' ? 'node.exe' : 'node';
  const toolchainNode = join(root, '.toolchain', 'node_modules', 'node', 'bin', exe);
  // The guard stops a loop should the toolchain's Node itself be too old.
  if (!existsSync(toolchainNode) || process.env.PINGSHEN_LAUNCHED === '1') {
    console.error(`pingshen: 需要 Node ≥ 22.18 (当前 ${process.version})；请先在 ${root} 运行 npm run setup。`);
    process.exit(1);
  }
  const result = spawnSync(toolchainNode, [self, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PINGSHEN_LAUNCHED: '1' },
  });
  if (result.error) {
    console.error(`pingshen: 无法启动 ${toolchainNode}：${result.error.message}`);
    process.exit(1);
  }
  // A child killed by a signal (Ctrl-C) ends this process the same way, so shells see the same status.
  if (result.signal) process.kill(process.pid, result.signal);
  process.exit(result.status ?? 1);
}
