import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../shared/api/dispatch.ts';
import type { DocumentSearch } from '../../../../shared/domain/document-search.ts';
import type { SubmissionDocument } from '../../../../shared/domain/document.ts';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { openDatabase } from '../../../../electron/services/db/open-database.ts';
import { BlobStore } from '../../../../electron/services/documents/blob-store.ts';
import { addDocument, linkDocument } from '../../../../electron/services/documents/document-repository.ts';
import { createTextIndex } from '../../../../electron/services/documents/text-index.ts';
import { corpusDir } from '../../../support/corpus.ts';
import { readPdf } from '../../../support/read-pdf.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const reviewId = 'demo-2026-anhui';
const corpus = corpusDir();

async function firstSubmission(services: AppServices): Promise<{ submissionId: string; documents: SubmissionDocument[] }> {
  const review = await dispatchCall(services.handlers, 'reviews:get', { reviewId });
  if (!review.ok) throw new Error(review.error.message);
  const submissionId = (review.value as { submissions: { id: string }[] }).submissions[0]!.id;
  const documents = await dispatchCall(services.handlers, 'submissions:documents', { reviewId, submissionId });
  if (!documents.ok) throw new Error(documents.error.message);
  return { submissionId, documents: documents.value as SubmissionDocument[] };
}

/** Asks until no document is pending any more (the worker threads read them meanwhile). */
async function searchUntilRead(services: AppServices, submissionId: string, keywords: string[]): Promise<DocumentSearch> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const result = await dispatchCall(services.handlers, 'documents:search', { reviewId, submissionId, keywords });
    if (!result.ok) throw new Error(result.error.message);
    const search = result.value as DocumentSearch;
    if (search.documents.every((d) => d.state !== 'pending')) return search;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('documents were still pending after 30 s');
}

describe('keyword search over a submission’s documents', () => {
  it('reads every PDF of the application in the background and lists the pages each keyword is on, as pdf.js reads them', async () => {
    const services = await startAppServices({ dataDir: tempDir(), transport: 'http' });
    try {
      const { submissionId, documents } = await firstSubmission(services);
      const search = await searchUntilRead(services, submissionId, ['现场工程师', '双师', '现场工程师', '从未出现的词语']);
      // Keywords come back distinct, in order.
      expect(search.keywords).toEqual(['现场工程师', '双师', '从未出现的词语']);
      expect(search.documents.map((d) => d.documentId)).toEqual(documents.filter((d) => d.mediaType === 'application/pdf').map((d) => d.id));
      for (const hits of search.documents) {
        expect(hits.state).toBe('done');
        // The pages with hits are exactly those whose text (read independently) holds the keyword.
        const path = services.findDocument(hits.documentId)?.path ?? '';
        const pdf = await readPdf(new Uint8Array(readFileSync(path)));
        expect(hits.pagesCount).toBe(pdf.numPages);
        const expected = pdf.pages.flatMap((text, index) => (text.replace(/\s+/gu, '').includes('现场工程师') ? [index + 1] : []));
        expect(hits.pages.filter((p) => p.keywords.some((k) => k.keyword === '现场工程师')).map((p) => p.page)).toEqual(expected);
        expect(hits.pages.some((p) => p.keywords.some((k) => k.keyword === '从未出现的词语'))).toBe(false);
      }
      expect(search.documents.flatMap((d) => d.pages).length).toBeGreaterThan(0);
    } finally {
      services.close();
    }
  });

  it('keeps what it read: after a restart the same search answers at once, with no document pending', async () => {
    const dataDir = tempDir();
    const first = await startAppServices({ dataDir, transport: 'http' });
    const { submissionId } = await firstSubmission(first);
    const before = await searchUntilRead(first, submissionId, ['现场工程师']);
    first.close();

    const second = await startAppServices({ dataDir, transport: 'http' });
    try {
      const result = await dispatchCall(second.handlers, 'documents:search', { reviewId, submissionId, keywords: ['现场工程师'] });
      expect(result.ok && (result.value as DocumentSearch).documents.every((d) => d.state === 'done')).toBe(true);
      expect(result.ok ? result.value : null).toEqual(before);
    } finally {
      second.close();
    }
  });

  it('refuses too many or too long keywords, and an unknown application, in Chinese', async () => {
    const services = await startAppServices({ dataDir: tempDir(), transport: 'http' });
    try {
      const { submissionId } = await firstSubmission(services);
      const many = await dispatchCall(services.handlers, 'documents:search', { reviewId, submissionId, keywords: Array.from({ length: 41 }, (_, i) => `词${i}`) });
      expect(many.ok ? null : many.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('关键词过多') });
      const long = await dispatchCall(services.handlers, 'documents:search', { reviewId, submissionId, keywords: ['长'.repeat(61)] });
      expect(long.ok ? null : long.error.message).toContain('关键词过长');
      const unknown = await dispatchCall(services.handlers, 'documents:search', { reviewId, submissionId: 'nope', keywords: ['x'] });
      expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
    } finally {
      services.close();
    }
  });

  it.skipIf(!corpus)('reads Chinese in non-embedded fonts (CMaps), and says why an encrypted or broken PDF cannot be searched', async () => {
    const dataDir = tempDir();
    const services = await startAppServices({ dataDir, transport: 'http' });
    try {
      const { submissionId } = await firstSubmission(services);
      // Three more documents for the application, as an import would add them.
      const db = openDatabase(dataDir);
      const store = new BlobStore(dataDir);
      for (const [file, title] of [['issue3521.pdf', '非嵌入字体'], ['issue3371.pdf', '加密文件'], ['REDHAT-1531897-0.pdf', '损坏文件']] as const) {
        const id = addDocument(db, store, { bytes: new Uint8Array(readFileSync(join(corpus ?? '', 'pdfs', file))), mediaType: 'application/pdf', pages: null });
        linkDocument(db, { reviewId, submissionId, documentId: id, role: 'evidence', title, fileName: file });
      }
      db.close();
      const search = await searchUntilRead(services, submissionId, ['黑体字']);
      const [cjk, encrypted, broken] = search.documents.slice(-3);
      expect(cjk).toMatchObject({ state: 'done', pagesCount: 1, error: null });
      expect(cjk?.pages.map((p) => p.page)).toEqual([1]);
      expect(encrypted).toMatchObject({ state: 'failed', pages: [] });
      expect(encrypted?.error).toContain('受密码保护');
      expect(broken).toMatchObject({ state: 'failed' });
      expect(broken?.error).toContain('已损坏');
      // The other documents were searched all the same.
      expect(search.documents.slice(0, -3).every((d) => d.state === 'done')).toBe(true);
    } finally {
      services.close();
    }
  });

  it('gives up on a document whose reading takes too long, and records why', async () => {
    const dataDir = tempDir();
    // Only seeds the demo: nothing has asked for its documents, so no reading has started.
    (await startAppServices({ dataDir, transport: 'http' })).close();
    const db = openDatabase(dataDir);
    const texts = createTextIndex({ db, store: new BlobStore(dataDir), timeoutMs: 1 });
    try {
      const id = (db.prepare("SELECT id FROM documents WHERE media_type = 'application/pdf' LIMIT 1").get() as { id: string }).id;
      expect(texts.status(id)).toMatchObject({ state: 'pending' });
      await texts.idle();
      expect(texts.status(id)).toEqual({ state: 'failed', error: '读取文档的文字超时，已放弃检索该文档' });
      expect(texts.pageTexts(id)).toEqual([]);
    } finally {
      texts.close();
      db.close();
    }
  });

  it('reads ahead after a pause, and a read-ahead still waiting when the profile closes never starts', async () => {
    const dataDir = tempDir();
    (await startAppServices({ dataDir, transport: 'http' })).close();
    const db = openDatabase(dataDir);
    const ids = (db.prepare("SELECT id FROM documents WHERE media_type = 'application/pdf' ORDER BY id LIMIT 2").all() as { id: string }[]).map((r) => r.id);
    const row = db.prepare('SELECT state FROM document_texts WHERE document_id = ?');
    try {
      const ahead = createTextIndex({ db, store: new BlobStore(dataDir), readAheadDelayMs: 50 });
      ahead.readAhead([ids[0]!]);
      for (let attempt = 0; attempt < 300 && !row.get(ids[0]!); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(row.get(ids[0]!)).toEqual({ state: 'done' });
      ahead.close();

      const closing = createTextIndex({ db, store: new BlobStore(dataDir), readAheadDelayMs: 100 });
      closing.readAhead([ids[1]!]);
      closing.close();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(row.get(ids[1]!)).toBeUndefined();
    } finally {
      db.close();
    }
  });
});
