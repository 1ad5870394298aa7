import type { Database } from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageTextMessage } from '../pdf-read/page-text-worker.ts';
import type { BlobStore } from './blob-store.ts';

/** Where one document's text stands. */
export type TextStatus =
  | { readonly state: 'done'; readonly pagesCount: number }
  | { readonly state: 'failed'; readonly error: string }
  | { readonly state: 'pending'; readonly pagesRead: number; readonly pagesCount: number | null };

/** The page texts of stored PDFs, read once in a worker thread and kept in the profile's database. */
export interface TextIndex {
  /** Where the document stands; a document never read is queued and reported pending. */
  status(documentId: string): TextStatus;
  /** Queues documents whose text has not been read, at once. */
  request(documentIds: readonly string[]): void;
  /**
   * Queues them after a pause (read ahead when an application is opened): the reader draws the
   * first page meanwhile, without a worker competing for the CPU. A search asks at once instead.
   */
  readAhead(documentIds: readonly string[]): void;
  /** A read document's page texts, page 1 first; empty unless done. */
  pageTexts(documentId: string): string[];
  /** Resolves when nothing is queued or being read (tests, benchmarks). */
  idle(): Promise<void>;
  /** Stops reading at once: the queue is dropped, the running worker terminated, nothing more is written. */
  close(): void;
}

/** The worker's source beside this module; the Electron bundle passes its own built copy instead. */
export const defaultPageTextWorker = fileURLToPath(new URL('../pdf-read/page-text-worker.ts', import.meta.url));

/** A document whose reading takes longer than this is given up as unreadable (a hostile or pathological PDF). */
const defaultTimeoutMs = 180_000;

/** How long read-ahead waits, so that opening an application draws its first page first. */
const defaultReadAheadDelayMs = 1_500;

interface Running {
  readonly documentId: string;
  readonly worker: Worker;
  pagesRead: number;
  pagesCount: number | null;
}

/**
 * Creates the text index of a profile. One document is read at a time, each in a fresh worker
 * (pdf.js state never outlives a document; a crash or a hang costs only that document). The
 * result is stored in one transaction: a document is either fully read or not at all.
 */
export function createTextIndex(options: { db: Database; store: BlobStore; workerFile?: string; timeoutMs?: number; readAheadDelayMs?: number }): TextIndex {
  const { db, store } = options;
  const workerFile = options.workerFile ?? defaultPageTextWorker;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const readAheadDelayMs = options.readAheadDelayMs ?? defaultReadAheadDelayMs;
  const readAheadTimers = new Set<ReturnType<typeof setTimeout>>();
  const queue: string[] = [];
  let running: Running | null = null;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  const stored = db.prepare('SELECT state, pages, error FROM document_texts WHERE document_id = ?');
  const insertText = db.prepare('INSERT OR REPLACE INTO document_texts (document_id, state, pages, error, read_at) VALUES (?, ?, ?, ?, ?)');
  const insertPage = db.prepare('INSERT INTO document_text_pages (document_id, page, text) VALUES (?, ?, ?)');
  const selectPages = db.prepare('SELECT text FROM document_text_pages WHERE document_id = ? ORDER BY page');
  const documentExists = db.prepare('SELECT 1 FROM documents WHERE id = ?');

  const record = db.transaction((documentId: string, outcome: { texts: string[] } | { error: string }) => {
    // The document may have been deleted while it was read (a demo review replaced): nothing to keep.
    if (!documentExists.get(documentId)) return;
    const now = new Date().toISOString();
    if ('texts' in outcome) {
      insertText.run(documentId, 'done', outcome.texts.length, null, now);
      outcome.texts.forEach((text, index) => insertPage.run(documentId, index + 1, text));
    } else {
      insertText.run(documentId, 'failed', null, outcome.error, now);
    }
  });

  const settle = () => {
    if (running || queue.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const finish = (job: Running, outcome: { texts: string[] } | { error: string }) => {
    if (running !== job) return;
    running = null;
    void job.worker.terminate();
    if (!closed) record(job.documentId, outcome);
    pump();
  };

  function pump(): void {
    if (closed || running) return settle();
    const next = queue.shift();
    if (next === undefined) return settle();
    const path = store.pathOf(next);
    if (!path || !store.has(next)) {
      record(next, { error: '找不到文档的文件，无法检索其中的文字' });
      return pump();
    }
    const job: Running = { documentId: next, worker: new Worker(workerFile), pagesRead: 0, pagesCount: null };
    running = job;
    const timer = setTimeout(() => finish(job, { error: '读取文档的文字超时，已放弃检索该文档' }), timeoutMs);
    job.worker.on('message', (message: PageTextMessage) => {
      if (message.type === 'progress') {
        job.pagesRead = message.read;
        job.pagesCount = message.pagesCount;
        return;
      }
      clearTimeout(timer);
      finish(job, message.type === 'done' ? { texts: message.texts } : { error: message.message });
    });
    job.worker.on('error', (error) => {
      clearTimeout(timer);
      finish(job, { error: `无法读取文档的文字（${error.message}）` });
    });
    job.worker.on('exit', () => {
      clearTimeout(timer);
      finish(job, { error: '读取文档文字的进程意外退出' });
    });
    job.worker.postMessage({ path });
  }

  const index: TextIndex = {
    status(id) {
      const row = stored.get(id) as { state: 'done' | 'failed'; pages: number | null; error: string | null } | undefined;
      if (row?.state === 'done') return { state: 'done', pagesCount: row.pages ?? 0 };
      if (row?.state === 'failed') return { state: 'failed', error: row.error ?? '' };
      if (running?.documentId === id) return { state: 'pending', pagesRead: running.pagesRead, pagesCount: running.pagesCount };
      index.request([id]);
      return { state: 'pending', pagesRead: 0, pagesCount: null };
    },
    request(ids) {
      if (closed) return;
      for (const id of ids) {
        if (running?.documentId === id || queue.includes(id) || stored.get(id)) continue;
        queue.push(id);
      }
      pump();
    },
    readAhead(ids) {
      if (closed) return;
      const timer = setTimeout(() => {
        readAheadTimers.delete(timer);
        index.request(ids);
      }, readAheadDelayMs);
      // A pending read-ahead never keeps a CLI or test process alive.
      timer.unref();
      readAheadTimers.add(timer);
    },
    pageTexts: (id) => (selectPages.all(id) as { text: string }[]).map((row) => row.text),
    idle: () => (running || queue.length > 0 ? new Promise((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
    close() {
      closed = true;
      for (const timer of readAheadTimers) clearTimeout(timer);
      readAheadTimers.clear();
      queue.length = 0;
      const job = running;
      running = null;
      if (job) void job.worker.terminate();
      settle();
    },
  };
  return index;
}
