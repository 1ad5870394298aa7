// A worker thread that reads one stored PDF's page texts with pdf.js, so the services' thread (the
// Electron main process, the browser host) stays free for edits while a 300-page document is read.
// Protocol: receives { path, seal?, texts? } (texts: the file's page texts read before, so only the seal is looked for); posts { type: 'progress', read, pagesCount } per page, then
// { type: 'done', texts, redSeal } (redSeal only when `seal` was asked, else null) or { type: 'failed', message, reason }. It then waits for the next path
// (the intake reads a whole drop through one worker); the text index terminates it after one.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { readPdfPages, TextUnreadable } from './extract-page-texts.ts';

/** What the worker posts back. */
export type PageTextMessage =
  | { readonly type: 'progress'; readonly read: number; readonly pagesCount: number }
  | { readonly type: 'done'; readonly texts: string[]; readonly redSeal: boolean | null }
  | { readonly type: 'failed'; readonly message: string; readonly reason: TextUnreadable['reason'] };

const port = parentPort;
if (port) {
  port.on('message', (request: { path: string; seal?: boolean; texts?: string[] }) => {
    void (async () => {
      let reply: PageTextMessage;
      try {
        const { texts, redSeal } = await readPdfPages(new Uint8Array(await readFile(request.path)), {
          onPage: (read, pagesCount) => port.postMessage({ type: 'progress', read, pagesCount } satisfies PageTextMessage),
          seal: request.seal === true,
          knownTexts: request.texts,
        });
        reply = { type: 'done', texts, redSeal };
      } catch (error) {
        reply = error instanceof TextUnreadable
          ? { type: 'failed', message: error.message, reason: error.reason }
          : { type: 'failed', message: `无法读取文档的文字（${String(error)}）`, reason: 'other' };
      }
      port.postMessage(reply);
    })();
  });
}
