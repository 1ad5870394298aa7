import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServices } from '../../../../electron/services/app-services.ts';
import { openDatabase } from '../../../../electron/services/db/open-database.ts';
import { BlobStore } from '../../../../electron/services/documents/blob-store.ts';
import { listSubmissionDocuments } from '../../../../electron/services/documents/document-repository.ts';
import { buildReviewPackage, type BuildPackageOptions } from '../../../../electron/services/packages/build-package.ts';
import { importReviewPackage } from '../../../../electron/services/packages/import-package.ts';
import { openReviewPackage } from '../../../../electron/services/packages/open-package.ts';
import { PackageRefused } from '../../../../electron/services/packages/package-refused.ts';
import { findImportedPackage, listIssuedPackageDigests } from '../../../../electron/services/packages/package-repository.ts';
import { getReview, listReviews } from '../../../../electron/services/reviews/review-repository.ts';
import { generateKeyPair, nodeCrypto, signBytes } from '../../../../electron/services/crypto/node-crypto.ts';
import { ZipRefused } from '../../../../electron/services/zip/zip-refused.ts';
import { encodeBase64url } from '../../../../shared/crypto/base64url.ts';
import { canonicalJson, utf8 } from '../../../../shared/crypto/canonical-json.ts';
import { packageDigest } from '../../../../shared/packages/package-manifest.ts';
import { craftZip, storedEntry } from '../../../support/craft-zip.ts';
import { readZipEntries, rewriteZip, writeZipEntries } from '../../../support/rewrite-zip.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const reviewId = 'demo-2026-anhui';
const keys = generateKeyPair();

/** A profile's database (with the proposed migration 6 applied) and its document store. */
async function profile(seedDemo: boolean): Promise<{ dir: string; db: Database; store: BlobStore }> {
  const dir = tempDir();
  const services = await startAppServices({ dataDir: dir, transport: 'http', seedDemo });
  services.close();
  const db = openDatabase(dir);
  return { dir, db, store: new BlobStore(dir) };
}

function blobFiles(dir: string): string[] {
  const root = join(dir, 'blobs');
  return existsSync(root) ? (readdirSync(root, { recursive: true }) as string[]).filter((p) => /[0-9a-f]{64}$/.test(p)) : [];
}

let coordinator: Awaited<ReturnType<typeof profile>>;
let built: { file: string; digest: string; size: number };
let options: BuildPackageOptions;
let outDir: string;

beforeAll(async () => {
  // Built once for the file (the demo renders its PDFs): useTempDirs() folders last one test only.
  outDir = mkdtempSync(join(tmpdir(), 'pingshen-pkg-'));
  const dir = join(outDir, 'coordinator');
  const services = await startAppServices({ dataDir: dir, transport: 'http' });
  services.close();
  const db = openDatabase(dir);
  coordinator = { dir, db, store: new BlobStore(dir) };
  const submissions = getReview(db, reviewId)?.submissions.map((s) => s.id) ?? [];
  options = {
    db,
    store: coordinator.store,
    reviewId,
    coordinator: { name: '省职教评审秘书处', publicKeyRaw: keys.publicKeyRaw, privateKeyPkcs8: keys.privateKeyPkcs8 },
    experts: [
      { id: 'expert-a', name: '王明', organisation: '安徽职业技术大学' },
      { id: 'expert-b', name: '李华', organisation: '合肥工业大学', publicKey: encodeBase64url(generateKeyPair().publicKeyRaw) },
    ],
    assignments: [
      { expertId: 'expert-a', submissionIds: submissions.slice(0, 3) },
      { expertId: 'expert-b', submissionIds: submissions.slice(1) },
    ],
    conflicts: [{ expertId: 'expert-b', submissionId: submissions[0] ?? '', reason: '同单位' }],
    outFile: join(outDir, 'demo.pingshen-pkg'),
  };
  built = await buildReviewPackage(options);
}, 120_000);

afterAll(() => {
  coordinator.db.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('building a review package', () => {
  it('writes a stored zip of manifest.json, manifest.sig and files/<sha256>.pdf, and records it as issued', async () => {
    const entries = await readZipEntries(built.file);
    const names = [...entries.keys()];
    expect(names.slice(0, 2)).toEqual(['manifest.json', 'manifest.sig']);
    expect(names.length).toBeGreaterThan(2);
    expect(names.slice(2).every((n) => /^files\/[0-9a-f]{64}\.pdf$/.test(n))).toBe(true);
    const manifest = JSON.parse(Buffer.from(entries.get('manifest.json') ?? []).toString('utf8')) as unknown;
    expect(Buffer.from(entries.get('manifest.json') ?? []).toString('utf8')).toBe(canonicalJson(manifest));
    expect(packageDigest(nodeCrypto, manifest)).toBe(built.digest);
    expect(listIssuedPackageDigests(coordinator.db, reviewId)).toContain(built.digest);
    const methods = await new Promise<number[]>((resolve, reject) => {
      yauzl.open(built.file, { lazyEntries: false }, (error, zip) => {
        if (error) return reject(error);
        const found: number[] = [];
        zip.on('entry', (e: yauzl.Entry) => found.push(e.compressionMethod));
        zip.on('end', () => resolve(found));
      });
    });
    expect(methods.every((m) => m === 0)).toBe(true);
  });

  it('reports progress by bytes up to the final size', async () => {
    const calls: [number, number][] = [];
    const result = await buildReviewPackage({ ...options, outFile: join(outDir, 'progress.pingshen-pkg'), onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.at(-1)).toEqual([result.size, result.size]);
    expect(calls.every(([d], i) => i === 0 || d >= (calls[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('leaves neither the package nor a .partial file when the build fails midway', async () => {
    const outFile = join(outDir, 'crash.pingshen-pkg');
    let calls = 0;
    const failing = buildReviewPackage({ ...options, outFile, onProgress: () => { calls += 1; if (calls === 3) throw new Error('断电'); } });
    const issued = listIssuedPackageDigests(coordinator.db, reviewId).length;
    await expect(failing).rejects.toThrow('断电');
    expect(existsSync(outFile)).toBe(false);
    expect(existsSync(`${outFile}.partial`)).toBe(false);
    expect(listIssuedPackageDigests(coordinator.db, reviewId)).toHaveLength(issued);
  });
});

describe('opening and importing a package in a fresh profile', () => {
  it('finds the same submissions and byte-identical documents, once', async () => {
    const expert = await profile(false);
    const opened = await openReviewPackage({ file: built.file, crypto: nodeCrypto });
    expect(opened.digest).toBe(built.digest);
    expect(opened.coordinatorFingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    const result = importReviewPackage(expert.db, expert.store, opened, { expertId: 'expert-a' });
    const pin = coordinator.db.prepare('SELECT program_id AS id, program_version AS version FROM reviews WHERE id = ?').get(reviewId);
    // The expert's library has the same built-in template version: the review pins it, nothing is copied.
    expect(result).toMatchObject({ reviewId, alreadyImported: false, program: pin });

    const source = getReview(coordinator.db, reviewId);
    const copy = getReview(expert.db, reviewId);
    expect(copy?.submissions).toEqual(source?.submissions);
    expect(copy?.fields).toEqual(source?.fields);
    for (const submission of source?.submissions ?? []) {
      const theirs = listSubmissionDocuments(coordinator.db, reviewId, submission.id);
      const ours = listSubmissionDocuments(expert.db, reviewId, submission.id);
      expect(ours).toEqual(theirs);
      for (const d of ours) {
        expect(readFileSync(expert.store.pathOf(d.id) ?? '')).toEqual(readFileSync(coordinator.store.pathOf(d.id) ?? ''));
      }
    }
    expect(findImportedPackage(expert.db, reviewId)).toMatchObject({ digest: built.digest, localExpertId: 'expert-a' });
    expect(importReviewPackage(expert.db, expert.store, opened, { expertId: 'expert-a' }).alreadyImported).toBe(true);
    expert.db.close();
  });

  it('keeps a different local program with the same id and version, pinning a copy of the package one', async () => {
    const expert = await profile(false);
    const pin = coordinator.db.prepare('SELECT program_id AS id, program_version AS version FROM reviews WHERE id = ?').get(reviewId) as { id: string; version: number };
    expert.db.prepare("UPDATE programs SET body = json_set(body, '$.title', '本机修改过的方案') WHERE id = ? AND version = ?").run(pin.id, pin.version);
    const opened = await openReviewPackage({ file: built.file, crypto: nodeCrypto });
    const result = importReviewPackage(expert.db, expert.store, opened, { expertId: 'expert-a' });
    expect(result.program).toEqual({ id: `${pin.id}-2`, version: pin.version });
    expect((expert.db.prepare('SELECT title FROM programs WHERE id = ?').get(`${pin.id}-2`) as { title: string }).title).toBe(opened.manifest.program.title);
    expert.db.close();
  });

  it('rolls everything back, documents included, when the database part fails', async () => {
    const dir = tempDir();
    (await startAppServices({ dataDir: dir, transport: 'http', seedDemo: false })).close();
    const db = openDatabase(dir);
    // Recording the package is the import's last step: make exactly that fail.
    db.exec("CREATE TRIGGER fail_last BEFORE INSERT ON review_packages BEGIN SELECT RAISE(ABORT, 'review_packages: simulated failure'); END;");
    const opened = await openReviewPackage({ file: built.file, crypto: nodeCrypto });
    expect(() => importReviewPackage(db, new BlobStore(dir), opened, { expertId: 'expert-a' })).toThrow(/review_packages/);
    expect(listReviews(db)).toEqual([]);
    expect(blobFiles(dir)).toEqual([]);
    db.close();
  });

  it('accepts the same package as a plain folder', async () => {
    const folder = join(tempDir(), 'pkg');
    for (const [name, bytes] of await readZipEntries(built.file)) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
    writeFileSync(join(folder, 'Thumbs.db'), 'Explorer wrote this');
    expect((await openReviewPackage({ file: folder, crypto: nodeCrypto })).digest).toBe(built.digest);
  });

  it("a per-expert package carries only that expert's submissions, assignment and conflicts", async () => {
    const file = join(outDir, 'expert-b.pingshen-pkg');
    await buildReviewPackage({ ...options, forExpertId: 'expert-b', outFile: file });
    const opened = await openReviewPackage({ file, crypto: nodeCrypto });
    const assigned = options.assignments[1]?.submissionIds ?? [];
    expect(opened.manifest.submissions.map((s) => s.id)).toEqual(assigned);
    expect(opened.manifest.experts.map((e) => e.id)).toEqual(['expert-b']);
    expect(opened.manifest.presetExpertId).toBe('expert-b');
    expect(opened.manifest.conflicts).toEqual([]);
    const expert = await profile(false);
    expect(() => importReviewPackage(expert.db, expert.store, opened, { expertId: 'expert-a' })).toThrow(PackageRefused);
    importReviewPackage(expert.db, expert.store, opened, { expertId: 'expert-b' });
    expect(getReview(expert.db, reviewId)?.submissions.map((s) => s.id)).toEqual(assigned);
    expert.db.close();
  });

  it('refuses a review the profile already has from elsewhere, storing nothing', async () => {
    const opened = await openReviewPackage({ file: built.file, crypto: nodeCrypto });
    const before = blobFiles(coordinator.dir).length;
    expect(() => importReviewPackage(coordinator.db, coordinator.store, opened, { expertId: 'expert-a' })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(blobFiles(coordinator.dir)).toHaveLength(before);
  });
});

describe('refusals: nothing reaches the target profile', () => {
  const resign = (entries: Map<string, Uint8Array>, edit: (m: Record<string, unknown>) => void) => {
    const manifest = JSON.parse(Buffer.from(entries.get('manifest.json') ?? []).toString('utf8')) as Record<string, unknown>;
    edit(manifest);
    const bytes = utf8(canonicalJson(manifest));
    const signature = { algorithm: 'Ed25519', publicKey: encodeBase64url(keys.publicKeyRaw), value: encodeBase64url(signBytes(keys.privateKeyPkcs8, bytes)) };
    entries.set('manifest.json', bytes);
    entries.set('manifest.sig', utf8(canonicalJson(signature)));
  };
  const firstFile = (entries: Map<string, Uint8Array>) => [...entries.keys()].find((n) => n.startsWith('files/')) ?? '';

  const cases: { name: string; code: string; entry?: (entries: Map<string, Uint8Array>) => string; make: (file: string) => Promise<void> }[] = [
    { name: 'a tampered manifest byte', code: 'bad_signature', make: (f) => rewriteZip(built.file, f, (e) => {
      e.set('manifest.json', utf8(Buffer.from(e.get('manifest.json') ?? []).toString('utf8').replace('（演示）', '（正式）')));
    }) },
    { name: 'a manifest signed by another key', code: 'bad_signature', make: (f) => rewriteZip(built.file, f, (e) => {
      const other = generateKeyPair();
      e.set('manifest.sig', utf8(canonicalJson({ algorithm: 'Ed25519', publicKey: encodeBase64url(keys.publicKeyRaw), value: encodeBase64url(signBytes(other.privateKeyPkcs8, e.get('manifest.json') ?? new Uint8Array())) })));
    }) },
    { name: 'a document byte flipped', code: 'hash_mismatch', entry: firstFile, make: (f) => rewriteZip(built.file, f, (e) => {
      const bytes = Uint8Array.from(e.get(firstFile(e)) ?? []);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
      e.set(firstFile(e), bytes);
    }) },
    { name: 'a document removed', code: 'missing_file', entry: firstFile, make: (f) => rewriteZip(built.file, f, (e) => void e.delete(firstFile(e))) },
    { name: 'an unlisted file added', code: 'unlisted_file', make: (f) => rewriteZip(built.file, f, (e) => void e.set('files/extra.pdf', utf8('%PDF'))) },
    { name: 'format pingshen.package/2, re-signed', code: 'unsupported_version', make: (f) => rewriteZip(built.file, f, (e) => resign(e, (m) => { m.format = 'pingshen.package/2'; })) },
    { name: 'a re-signed manifest that breaks the schema', code: 'schema', make: (f) => rewriteZip(built.file, f, (e) => resign(e, (m) => { m.presetExpertId = 'nobody'; })) },
    { name: 'a random zip', code: 'missing_manifest', make: async (f) => writeFileSync(f, craftZip([storedEntry('hello.txt', '你好')])) },
    { name: 'a text file', code: 'not_a_package', make: async (f) => writeFileSync(f, '这不是评审包\n') },
    { name: 'a truncated copy (the USB copy stopped halfway)', code: 'not_a_package', make: async (f) => {
      const bytes = readFileSync(built.file);
      writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    } },
    { name: 'an extra ../escape.txt entry', code: 'bad_archive', make: async (f) => {
      const entries = await readZipEntries(built.file);
      entries.set('../escape.txt', utf8('escape'));
      writeZipEntries(f, entries);
    } },
  ];

  it.each(cases)('$name → $code', async ({ code, entry, make }) => {
    const target = await profile(false);
    const file = join(tempDir(), 'bad.pingshen-pkg');
    await make(file);
    const failure = await openReviewPackage({ file, crypto: nodeCrypto }).then(
      (opened) => importReviewPackage(target.db, target.store, opened, { expertId: 'expert-a' }),
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(PackageRefused);
    expect(failure).toMatchObject({ code });
    if (entry) expect((failure as PackageRefused).message).toContain(entry(await readZipEntries(built.file)));
    if (code === 'bad_archive') expect((failure as PackageRefused).cause).toBeInstanceOf(ZipRefused);
    expect(listReviews(target.db)).toEqual([]);
    expect(blobFiles(target.dir)).toEqual([]);
    expect(existsSync(join(dirname(file), 'escape.txt'))).toBe(false);
    target.db.close();
  });
});
