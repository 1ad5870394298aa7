// Entry point of the README's commands: `node scripts/run.mjs <npm-script> [args…]`.
// Brings the right Node and the packages, then runs the named npm script on that Node.
import { spawnSync } from 'node:child_process';
import { ensureNode, ensurePackages, root, toolchainEnv } from './toolchain.mjs';

const [script, ...rest] = process.argv.slice(2);
const chosen = ensureNode();
const env = toolchainEnv(chosen);

if (script === '--version') {
  ensurePackages(chosen, env);
  console.log(`[pingshen] Node ${chosen.version} (${chosen.node}) 与依赖已就绪。`);
  process.exit(0);
}
if (!script) {
  console.error('usage: node scripts/run.mjs <npm-script> [args…]');
  process.exit(2);
}
ensurePackages(chosen, env);
const args = ['run', '--silent', script, ...(rest.length > 0 ? ['--', ...rest] : [])];
const result = spawnSync('npm', args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
