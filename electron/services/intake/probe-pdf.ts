import { Worker } from 'node:worker_threads';
import type { FileReadability } from '../../../shared/intake/intake-facts.ts';
import type { PageTextMessage } from '../pdf-read/page-text-worker.ts';

/** What a PDF's probe learnt: whether it opens, its pages, which have no text layer, and their texts. */
export interface PdfProbe {
  readonly readability: FileReadability;
  readonly pageCount: number | null;
  readonly imageOnlyPages: number | null;
  /** Whether a red seal shows on its first or last pages (null: nothing there could be looked at). */
  readonly redSeal: boolean | null;
  readonly pageTexts: readonly string[];
}

/** Reads the PDFs of one scan, one at a time, in one worker thread. */
export interface PdfProber {
  /**
   * Reads one PDF; with `seal`, also looks for a red seal (decoding its first and last pages' images:
   * the costly part). `pageTexts` from an earlier probe of the file spares reading its texts again.
   */
  probe(path: string, signal?: AbortSignal, options?: { seal?: boolean; pageTexts?: readonly string[] }): Promise<PdfProbe>;
  /** Ends the worker; call once the scan is over. */
  close(): void;
}

/** A PDF whose reading takes longer than this is recorded as broken (a hostile or pathological file). */
const probeTimeoutMs = 180_000;

const broken: PdfProbe = { readability: 'broken', pageCount: null, imageOnlyPages: null, redSeal: null, pageTexts: [] };

/**
 * Reads stored PDFs with pdf.js in the page-text worker (the one the search uses), so the services'
 * thread stays free. One worker serves the whole scan (starting one costs about a second); a file
 * that hangs, crashes it or is cancelled costs that worker, and the next file gets a fresh one. A
 * page without text counts as image-only: a scan; on request its first and last pages are looked at for a red seal. Encrypted and broken files are reported as such,
 * never thrown: what the applicant sent is kept and the formal check reports it.
 */
export function createPdfProber(workerFile: string): PdfProber {
  let worker: Worker | null = null;
  const retire = () => {
    void worker?.terminate();
    worker = null;
  };
  return {
    probe(path, signal, options) {
      const current = worker ?? new Worker(workerFile);
      worker = current;
      return new Promise((resolve, reject) => {
        let settled = false;
        const finish = (outcome: PdfProbe | Error, keepWorker: boolean) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          current.off('message', onMessage);
          current.off('error', onFailure);
          current.off('exit', onFailure);
          if (!keepWorker) retire();
          if (outcome instanceof Error) reject(outcome);
          else resolve(outcome);
        };
        const onAbort = () => finish(signal?.reason instanceof Error ? signal.reason : new Error('已取消'), false);
        const onFailure = () => finish(broken, false);
        const onMessage = (message: PageTextMessage) => {
          if (message.type === 'progress') return;
          if (message.type === 'done') {
            const texts = message.texts;
            finish({ readability: 'ok', pageCount: texts.length, imageOnlyPages: texts.filter((text) => text.trim() === '').length, redSeal: message.redSeal, pageTexts: texts }, true);
          } else {
            finish({ ...broken, readability: message.reason === 'encrypted' ? 'encrypted' : 'broken' }, true);
          }
        };
        const timer = setTimeout(onFailure, probeTimeoutMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        current.on('message', onMessage);
        current.once('error', onFailure);
        current.once('exit', onFailure);
        current.postMessage({ path, seal: options?.seal === true, ...(options?.pageTexts ? { texts: [...options.pageTexts] } : {}) });
      });
    },
    close: retire,
  };
}
