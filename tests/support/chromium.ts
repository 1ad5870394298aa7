import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for Chromium on machines without network or GPU (DEVELOPERS.md). */
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The Chromium binary: $PINGSHEN_CHROMIUM or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.PINGSHEN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`未找到 Chromium (${path})。请安装 Debian 的 chromium 包 (.ci/run 会安装)，或设置 PINGSHEN_CHROMIUM。`);
  }
  return path;
}

/** Launches headless Chromium through playwright-core (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumFlags });
}
