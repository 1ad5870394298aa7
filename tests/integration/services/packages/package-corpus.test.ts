// Every archive of the shared zip corpus handed to the expert's app as a review package: each one is
// refused with a package reason, both by openReviewPackage and through the path the app takes
// (uploads:begin/append, packages:open), and nothing is kept or written anywhere.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { openReviewPackage } from '../../../../electron/services/packages/open-package.ts';
import { PackageRefused } from '../../../../electron/services/packages/package-refused.ts';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import { ZipRefused } from '../../../../electron/services/zip/zip-refused.ts';
import { corpusDir } from '../../../support/corpus.ts';
import { apiOf, uploadBytes, type TestApi } from '../../../support/trust-api.ts';

const corpus = corpusDir();
const zips = corpus ? join(corpus, 'zips') : '';
const files = corpus
  ? readFileSync(join(zips, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[0] ?? '')
  : [];

// The archives whose refusal matters most, with the reason they must get. Every other one is refused
// by the zip layer while listing (bad_archive), or else as not a package (missing_manifest): archives
// whose damage is in an entry's content (bad_crc.zip, corrupt deflate) are never read that far.
const required: Record<string, { code: string; zip?: string }> = {
  'zip-slip/zip-slip.zip': { code: 'bad_archive', zip: 'unsafe_name' },
  'zip-slip/zip-slip-win.zip': { code: 'bad_archive', zip: 'unsafe_name' },
  'yauzl/failure/absolute_path_C_xt.zip': { code: 'bad_archive', zip: 'unsafe_name' },
  'yauzl/failure/absolute_path_atxt.zip': { code: 'bad_archive', zip: 'unsafe_name' },
  'yauzl/failure/invalid_relative_path_xt.zip': { code: 'bad_archive', zip: 'unsafe_name' },
  'adm-zip/symlink.zip': { code: 'bad_archive', zip: 'symlink' },
  'yauzl/success/traditional-encryption.zip': { code: 'bad_archive', zip: 'encrypted' },
  'yauzl/failure/strong_encryption_is_not_supported.zip': { code: 'bad_archive', zip: 'encrypted' },
  'yauzl/failure/End_of_central_directory_record_signature_not_found_Either_not_a_zip_file_or_file_is_truncated.zip': { code: 'not_a_package' },
  'yauzl/failure/End_of_central_directory_record_signature_not_found_Either_not_a_zip_file_or_file_is_truncated_1.zip': { code: 'not_a_package' },
  'adm-zip/chs_name.zip': { code: 'missing_manifest' },
  'yauzl/success/empty.zip': { code: 'missing_manifest' },
};

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort()) : [];
}

// SQLite's own files change with every write; anything else appearing in the profile was kept from a package.
const isDatabaseFile = (path: string) => /\.(sqlite|db)(-wal|-shm|-journal)?$/.test(path);

describe.skipIf(!corpus)('corpus zips opened as review packages', () => {
  it('covers all 47 archives', () => expect(files).toHaveLength(47));

  it.each(files)('%s → refused with a package reason', async (file) => {
    const failure = await openReviewPackage({ file: join(zips, file), crypto: nodeCrypto }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(PackageRefused);
    const refused = failure as PackageRefused;
    expect(['not_a_package', 'bad_archive', 'missing_manifest']).toContain(refused.code);
    expect(refused.message).toMatch(/[\u4e00-\u9fff]/u);
    const want = required[file];
    if (want) expect(refused.code).toBe(want.code);
    if (refused.code === 'bad_archive') expect(refused.cause).toBeInstanceOf(ZipRefused);
    if (want?.zip) expect((refused.cause as ZipRefused).code).toBe(want.zip);
  });
});

describe.skipIf(!corpus)('corpus zips uploaded to the app as review packages', () => {
  let root: string;
  let profile: string;
  let outside: string;
  let services: AppServices;
  let api: TestApi;
  let before: string[];
  const evilBefore = existsSync('/tmp/evil.txt');

  beforeAll(async () => {
    // One profile for the whole describe (useTempDirs() folders last one test only).
    root = mkdtempSync(join(tmpdir(), 'pingshen-pkg-corpus-'));
    profile = join(root, 'profile');
    outside = join(root, 'outside');
    mkdirSync(outside);
    services = await startAppServices({ dataDir: profile, transport: 'http', seedDemo: false });
    api = apiOf(services);
    before = filesUnder(profile).filter((p) => !isDatabaseFile(p));
  });

  afterAll(() => {
    services?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses every one with its reason, discards the upload, and keeps nothing anywhere', async () => {
    const outcomes: string[] = [];
    for (const file of files) {
      const uploadId = await uploadBytes(api, file.split('/').at(-1) ?? 'x.zip', new Uint8Array(readFileSync(join(zips, file))));
      const opened = await api.api('packages:open', { uploadId });
      if (opened.ok) outcomes.push(`${file}: opened`);
      else if (opened.error.code !== 'invalid_input' || !opened.error.message.startsWith('评审包已拒绝，未保存任何内容：')) outcomes.push(`${file}: ${opened.error.code} ${opened.error.message}`);
      // A refused upload is deleted at once: it cannot be opened, let alone imported, afterwards.
      expect(await api.api('packages:open', { uploadId }), file).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await api.api('packages:import', { uploadId, expertId: 'expert-1', replaceDemo: false }), file).toMatchObject({ ok: false });
    }
    expect(outcomes).toEqual([]);
    expect(await api.value('reviews:list', {})).toEqual([]);
    expect(filesUnder(join(profile, 'blobs'))).toEqual([]);
    expect(filesUnder(join(profile, 'uploads'))).toEqual([]);
    expect(filesUnder(profile).filter((p) => !isDatabaseFile(p))).toEqual(before);
    expect(filesUnder(outside)).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['outside', 'profile']);
    expect(existsSync('/tmp/evil.txt')).toBe(evilBefore);
  });

  it('names the escaping entry of the zip-slip archive', async () => {
    const uploadId = await uploadBytes(api, 'zip-slip.zip', new Uint8Array(readFileSync(join(zips, 'zip-slip/zip-slip.zip'))));
    const opened = await api.api('packages:open', { uploadId });
    expect(opened).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/评审包已拒绝，未保存任何内容：压缩包中的「(\.\.\/)+tmp\/evil\.txt」试图写到文件夹之外，已拒绝/u) } });
  });
});
