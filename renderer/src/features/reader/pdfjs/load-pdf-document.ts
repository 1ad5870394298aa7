import { getDocument, type PDFDocumentLoadingTask, type PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import { openRangeSource } from './fetch-range-source.ts';
import { describeLoadError, passwordResponses } from '../model/load-error.ts';
import type { ViewerEvent } from '../model/pdf-view-status.ts';
import { configurePdfjsWorker } from './pdfjs-worker.ts';
import { documentParams, type DocumentSource, type LoadTuning } from './pdfjs-assets.ts';

/** pdf.js asking for the document's password; answer with `submit` or give up with `cancel`. */
export interface PasswordRequest {
  readonly incorrect: boolean;
  submit(password: string): void;
  cancel(): void;
}

/** What loading reports to the session. */
export interface LoadCallbacks {
  readonly emit: (event: ViewerEvent) => void;
  readonly onPasswordRequest: (request: PasswordRequest) => void;
  readonly onLoaded: (pdf: PDFDocumentProxy) => void;
}

/**
 * Pages the viewer is still fetching when the document is closed (switching tabs while scrolling)
 * would reject with "Transport destroyed", and PDFViewer logs that and a failed draw as console
 * errors. After closing, such answers are dropped instead: the promise never settles.
 */
function silenceAfterClose(pdf: PDFDocumentProxy, closed: () => boolean): void {
  const getPage = pdf.getPage.bind(pdf);
  const never = new Promise<never>(() => undefined);
  pdf.getPage = (pageNumber) =>
    getPage(pageNumber).then(
      (page) => (closed() ? never : page),
      (error: unknown) => (closed() ? never : Promise.reject(error)),
    );
}

/**
 * Opens a document: our range source first (fetch-range-source.ts), or pdf.js's own loader, then
 * pdf.js's loading task with its password prompt. Returns `close`, which stops the fetches and
 * destroys the loading task with its document and worker.
 */
export function loadPdfDocument(url: string, baseUrl: string, tuning: LoadTuning, callbacks: LoadCallbacks): { close(): void } {
  configurePdfjsWorker();
  const { emit } = callbacks;
  const fetches = new AbortController();
  let closed = false;
  let task: PDFDocumentLoadingTask | null = null;
  const fail = (error: unknown) => {
    if (!closed) emit({ type: 'error', error: describeLoadError(error) });
  };
  const source: Promise<DocumentSource> =
    tuning.loader === 'url' ? Promise.resolve({ url }) : openRangeSource(new URL(url, baseUrl).href, tuning.rangeChunkSize, fetches.signal, fail);
  source
    .then((opened) => {
      if (closed) return undefined;
      const current = getDocument(documentParams(opened, baseUrl, tuning) as DocumentInitParameters);
      task = current;
      current.onPassword = (update: (password: string) => void, reason: number) => {
        const incorrect = reason === passwordResponses.incorrectPassword;
        emit({ type: 'password', incorrect });
        callbacks.onPasswordRequest({
          incorrect,
          submit(password) {
            emit({ type: 'loading' });
            update(password);
          },
          cancel() {
            emit({ type: 'error', error: { kind: 'password-cancelled', message: '' } });
            void current.destroy();
          },
        });
      };
      return current.promise.then((pdf) => {
        if (closed) return;
        silenceAfterClose(pdf, () => closed);
        callbacks.onLoaded(pdf);
      });
    })
    .catch(fail);
  return {
    close() {
      closed = true;
      fetches.abort();
      void task?.destroy();
    },
  };
}
