import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/browser-host.ts';
import { startAppServices, type AppServices } from '../../electron/services/app-services.ts';
import { openDatabase } from '../../electron/services/db/open-database.ts';
import { BlobStore } from '../../electron/services/documents/blob-store.ts';
import { addDocument, linkDocument } from '../../electron/services/documents/document-repository.ts';
import { insertReview } from '../../electron/services/reviews/review-repository.ts';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { rootDir } from './corpus.ts';
import { useProfile } from './use-profile.ts';

/** Where renderer/vite.harness.config.ts builds the reader's test pages. */
export const harnessDir = join(rootDir, 'dist', 'harness');

/** Builds the reader harness pages (reader.html, view.html, baseline.html) with Vite, in a child process. */
export function buildReaderHarness(): void {
  const vite = join(rootDir, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.harness.config.ts'], { cwd: rootDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build of the reader harness failed:\n${result.stdout}\n${result.stderr}`);
}

/** A PDF file to register as a document of one test submission. */
export interface ExtraPdf {
  readonly path: string;
  readonly title: string;
  readonly fileName: string;
}

/** Adds `pdfs` as the documents of submission `submissionId` of a new review `reviewId`; returns their ids in order. */
export function seedPdfReview(dataDir: string, reviewId: string, submissionId: string, pdfs: readonly ExtraPdf[]): string[] {
  const db = openDatabase(dataDir);
  try {
    const store = new BlobStore(dataDir);
    insertReview(db, {
      id: reviewId,
      title: '阅读器测试评审',
      programTitle: '测试',
      documentNumber: 'TEST',
      deadline: '2026-05-25',
      isDemo: false,
      createdAt: new Date().toISOString(),
      fields: [{ id: 'test', name: '测试领域', leadInstitutions: [], quota: 1 }],
      submissions: [{ id: submissionId, fieldId: 'test', applicant: '测试学校', partners: [], title: '测试申报', applicantType: '测试' }],
    });
    return pdfs.map((pdf) => {
      const id = addDocument(db, store, { bytes: readFileSync(pdf.path), mediaType: 'application/pdf', pages: null });
      linkDocument(db, { reviewId, submissionId, documentId: id, role: 'evidence', title: pdf.title, fileName: pdf.fileName });
      return id;
    });
  } finally {
    db.close();
  }
}

/** The harness pages served by the browser host on real services, and a Chromium to drive them. */
export interface ReaderHarness {
  readonly host: BrowserHost;
  readonly services: AppServices;
  readonly browser: Browser;
  /** Uncaught errors and console errors of every page opened, with the page's path. */
  readonly pageErrors: string[];
  /** Every console message (type: text), to check that no PDF JavaScript ran. */
  readonly consoleMessages: string[];
  /** Every dialog (alert, confirm…) a page tried to open. */
  readonly dialogs: string[];
  /** Opens `path` (e.g. `reader.html?submission=…`) in a fresh context after the token exchange. */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts services on `dataDir` and the browser host serving dist/harness (build it first). */
export async function startReaderHarness(dataDir: string, options: { readonly chromiumArgs?: readonly string[] } = {}): Promise<ReaderHarness> {
  if (!readdirSync(harnessDir).includes('reader.html')) throw new Error('dist/harness 不存在: 先调用 buildReaderHarness()。');
  const services = await startAppServices({ dataDir, transport: 'http' });
  const host = await startBrowserHost({ handlers: services.handlers, findDocument: services.findDocument, staticDir: harnessDir });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumFlags, ...(options.chromiumArgs ?? [])] });
  const pageErrors: string[] = [];
  const consoleMessages: string[] = [];
  const dialogs: string[] = [];
  return {
    host,
    services,
    browser,
    pageErrors,
    consoleMessages,
    dialogs,
    async open(path, viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
      page.on('console', (message) => {
        consoleMessages.push(`${message.type()}: ${message.text()}`);
        if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
      });
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      // The cookie the host sets when it is opened with its token (browser-host.ts).
      await context.addCookies([{ name: 'pingshen_token', value: host.token, url: host.origin }]);
      await page.goto(`${host.origin}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await host.close();
      services.close();
    },
  };
}

/**
 * For the tests of the current file or describe: builds the harness pages, `seed`s a fresh profile
 * folder (before the services open it), starts the harness on it, and removes it all after the tests.
 */
export function useReaderHarness(prefix: string, seed: (dataDir: string) => void = () => undefined): ReaderHarness & { readonly dataDir: string } {
  return useProfile(prefix, (dataDir) => {
    buildReaderHarness();
    seed(dataDir);
    return startReaderHarness(dataDir);
  });
}
