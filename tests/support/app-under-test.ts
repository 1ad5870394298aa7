import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/browser-host.ts';
import { startAppServices, type AppServices } from '../../electron/services/app-services.ts';
import { launchChromium } from './chromium.ts';
import { rootDir } from './corpus.ts';
import { useProfile } from './use-profile.ts';

/** The built renderer served by the browser host on real services, and a Chromium to drive it. */
export interface AppUnderTest {
  readonly host: BrowserHost;
  readonly services: AppServices;
  readonly browser: Browser;
  /** Problems the page reported (uncaught errors, console errors). */
  readonly pageErrors: string[];
  /** Opens the app in a fresh context; `beforeLoad` runs on the page before it loads (a bridge stub's init script). */
  open(beforeLoad?: (page: Page) => Promise<void>): Promise<Page>;
  close(): Promise<void>;
}

/** Where e2e screenshots go (ignored by git). */
export const artifactsDir = join(rootDir, 'tests', 'artifacts');

/** Starts services on `dataDir`, the browser host on the built renderer, and Chromium. */
export async function startAppUnderTest(dataDir: string, options: { seedDemo?: boolean } = {}): Promise<AppUnderTest> {
  const staticDir = join(rootDir, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('dist/renderer 不存在: 先运行 npm run build:renderer (npm test 会自动构建)。');
  }
  mkdirSync(artifactsDir, { recursive: true });
  const services = await startAppServices({ dataDir, transport: 'http', ...options });
  const host = await startBrowserHost({ handlers: services.handlers, findDocument: services.findDocument, findOutput: services.findOutput, staticDir });
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  return {
    host,
    services,
    browser,
    pageErrors,
    async open(beforeLoad) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await beforeLoad?.(page);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.goto(host.url);
      return page;
    },
    async close() {
      await browser.close();
      await host.close();
      services.close();
    },
  };
}

/** For the tests of the current file or describe: the app on a fresh profile folder, started before them and removed after them. */
export function useAppUnderTest(options: { seedDemo?: boolean; prefix?: string } = {}): AppUnderTest & { readonly dataDir: string } {
  const { prefix = 'e2e', ...start } = options;
  return useProfile(prefix, (dataDir) => startAppUnderTest(dataDir, start));
}
