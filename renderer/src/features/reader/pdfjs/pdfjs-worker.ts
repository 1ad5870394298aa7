import { GlobalWorkerOptions } from 'pdfjs-dist';
// The worker from the same pinned pdfjs-dist, emitted by Vite beside the bundle (same origin).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Points pdf.js at its worker; called before the first document is opened (idempotent). */
export function configurePdfjsWorker(): void {
  if (GlobalWorkerOptions.workerSrc !== workerUrl) GlobalWorkerOptions.workerSrc = workerUrl;
}
