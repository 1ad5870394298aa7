import { Worker } from 'node:worker_threads';
import type { FileReadability } from '../../../shared/intake/intake-facts.ts';
import type { PageTextMessage } from '../pdf/page-text-worker.ts';

/** What a PDF's probe learnt: whether it opens, its pages, which have no text layer, and their texts. */
export interface PdfProbe {
  readonly readability: FileReadability;
  readonly pageCount: number | null;
  readonly imageOnlyPages: number | null;
  readonly pageTexts: readonly string[];
}

/** A PDF whose reading takes longer than this is recorded as broken (a hostile or pathological file). */
const probeTimeoutMs = 180_000;

/**
 * Reads a stored PDF with pdf.js in the page-text worker (the one the search uses; a fresh worker
 * per file, so a hang or crash costs only that file and the services' thread stays free). A page
 * without text counts as image-only: a scan. Encrypted and broken files are reported as such,
 * never thrown: what the applicant sent is kept and the formal check reports it.
 */
export function probePdf(path: string, workerFile: string, signal?: AbortSignal): Promise<PdfProbe> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    let settled = false;
    const finish = (outcome: PdfProbe | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const broken: PdfProbe = { readability: 'broken', pageCount: null, imageOnlyPages: null, pageTexts: [] };
    const onAbort = () => finish(signal?.reason instanceof Error ? signal.reason : new Error('已取消'));
    const timer = setTimeout(() => finish(broken), probeTimeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: PageTextMessage) => {
      if (message.type === 'progress') return;
      if (message.type === 'done') {
        const texts = message.texts;
        finish({ readability: 'ok', pageCount: texts.length, imageOnlyPages: texts.filter((text) => text.trim() === '').length, pageTexts: texts });
      } else {
        finish({ ...broken, readability: message.reason === 'encrypted' ? 'encrypted' : 'broken' });
      }
    });
    worker.on('error', () => finish(broken));
    worker.on('exit', () => finish(broken));
    worker.postMessage({ path });
  });
}
