// `npm run start:browser`: the app's services and built renderer on 127.0.0.1, for a browser.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startAppServices } from '../services/app-services.ts';
import { startBrowserHost } from './browser-host.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    profile: { type: 'string', default: process.env.PINGSHEN_PROFILE ?? join(homedir(), '.pingshen', 'browser-profile') },
  },
});

const staticDir = join(root, 'dist', 'renderer');
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error('[pingshen] 未找到已构建的界面 dist/renderer，请先运行 npm run build:renderer。');
  process.exit(1);
}

const services = await startAppServices({ dataDir: values.profile, transport: 'http' });
const host = await startBrowserHost({
  handlers: services.handlers,
  findDocument: services.findDocument,
  findOutput: services.findOutput,
  staticDir,
  port: Number(values.port),
  onInternalError: (name, error) => console.error(`[pingshen] ${name}:`, error),
});

console.log(`[pingshen] 评审台 (浏览器模式) 已启动，数据目录 ${values.profile}`);
console.log(`[pingshen] 在浏览器中打开 / open in a browser: ${host.url}`);
console.log('[pingshen] 按 Ctrl+C 退出。');

async function shutdown(): Promise<void> {
  await host.close();
  services.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
