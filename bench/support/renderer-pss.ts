import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Proportional set size (KiB, from /proc) of each renderer process of the browser: the largest is
 * the page under test, with its pdf.js worker thread and canvases (software rendering), not
 * Chromium's idle spare renderer. Linux only.
 */
export async function rendererPssKiBs(browser: Browser): Promise<number[]> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  await session.detach();
  return processInfo
    .filter((info) => info.type === 'renderer')
    .map((info) => {
      try {
        return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${info.id}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      } catch {
        return 0; // The process ended between listing and reading.
      }
    });
}
