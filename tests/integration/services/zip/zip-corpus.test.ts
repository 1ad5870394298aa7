import iconv from 'iconv-lite';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlobStore } from '../../../../electron/services/documents/blob-store.ts';
import { guardEntryStream } from '../../../../electron/services/zip/guard-entry-stream.ts';
import { readFolderSafely } from '../../../../electron/services/zip/read-folder-safely.ts';
import { readZipSafely } from '../../../../electron/services/zip/read-zip-safely.ts';
import { zipLimits, type ZipLimits } from '../../../../electron/services/zip/zip-limits.ts';
import { ZipRefused, type ZipRefusalCode } from '../../../../electron/services/zip/zip-refused.ts';
import { corpusDir } from '../../../support/corpus.ts';
import { craftZip, storedEntry, zerosDeflated } from '../../../support/craft-zip.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const corpus = corpusDir();
const zips = corpus ? join(corpus, 'zips') : '';

type Outcome = { accepted: Record<string, string> } | { refused: ZipRefusalCode; message: string };

/**
 * What a caller does with an archive: read every entry fully (all checks pass) and only then put the
 * bytes into a content-addressed store. Entry names never become paths, so nothing can land elsewhere.
 */
async function extractInto(file: string, storeDir: string, limits?: Partial<ZipLimits>): Promise<Outcome> {
  try {
    const archive = await readZipSafely(file, limits ? { limits } : {});
    try {
      const read = new Map<string, Uint8Array>();
      for (const entry of archive.entries) read.set(entry.name, await entry.read());
      const store = new BlobStore(storeDir);
      const accepted: Record<string, string> = {};
      for (const [name, bytes] of read) accepted[name] = store.put(bytes).sha256;
      return { accepted };
    } finally {
      archive.close();
    }
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    return { refused: error.code, message: error.message };
  }
}

// Where our policy is stricter or looser than the corpus's note, and why.
const policy: Record<string, { accept: boolean; code?: ZipRefusalCode; why: string }> = {
  'adm-zip/symlink.zip': { accept: false, code: 'symlink', why: 'a symlink entry refuses the whole archive: a package has no business with links' },
  'yauzl/success/traditional-encryption.zip': { accept: false, code: 'encrypted', why: 'encrypted content cannot be read: refused' },
  'yauzl/success/traditional-encryption-and-compression.zip': { accept: false, code: 'encrypted', why: 'as above' },
  'yauzl/failure/invalid_characters_in_fileName_a_txt.zip': { accept: true, why: "only refused by yauzl's strictFileNames; we normalise \\ to / (like sloppy-filenames)" },
};

const expectedCodes: Record<string, ZipRefusalCode> = {
  'zip-slip/zip-slip.zip': 'unsafe_name',
  'zip-slip/zip-slip-win.zip': 'unsafe_name',
  'adm-zip/bad_crc.zip': 'corrupt',
  'yauzl/wrong-entry-sizes/wrong-entry-sizes.zip': 'corrupt',
  'yauzl/failure/absolute_path_C_xt.zip': 'unsafe_name',
  'yauzl/failure/absolute_path_atxt.zip': 'unsafe_name',
  'yauzl/failure/invalid_relative_path_xt.zip': 'unsafe_name',
  'yauzl/failure/multi-disk_zip_files_are_not_supported_found_disk_number_1.zip': 'multi_disk',
  'yauzl/failure/strong_encryption_is_not_supported.zip': 'encrypted',
  'yauzl/failure/unsupported_compression_method_1.zip': 'unsupported',
  'yauzl/failure/too_many_bytes_in_the_stream_expected_82496_got_at_least_98304.zip': 'corrupt',
  'yauzl/failure/End_of_central_directory_record_signature_not_found_Either_not_a_zip_file_or_file_is_truncated.zip': 'not_a_zip',
  'yauzl/failure/End_of_central_directory_record_signature_not_found_Either_not_a_zip_file_or_file_is_truncated_1.zip': 'not_a_zip',
};

const rows = corpus
  ? readFileSync(join(zips, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => {
    const [file = '', , , expected = ''] = line.split('\t');
    return { file, expected };
  })
  : [];

describe.skipIf(!corpus)('zip corpus (../shared/corpus/zips)', () => {
  it('lists 47 archives', () => expect(rows).toHaveLength(47));

  it.each(rows)('$file: $expected', async ({ file, expected }) => {
    const root = tempDir();
    const outside = join(root, 'outside');
    const target = join(root, 'work', 'a', 'b', 'c');
    mkdirSync(outside, { recursive: true });
    mkdirSync(target, { recursive: true });
    const evilBefore = existsSync('/tmp/evil.txt');
    const override = policy[file];
    const accept = override ? override.accept : expected.startsWith('ACCEPT');
    const outcome = await extractInto(join(zips, file), target);
    if (accept) expect(outcome).toHaveProperty('accepted');
    else expect(outcome).toMatchObject({ refused: override?.code ?? expectedCodes[file] ?? expect.any(String) });
    if (!accept) expect(readdirSync(target)).toEqual([]);
    // Traversal names never reach the file system: the scratch folder beside the target stays empty.
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync('/tmp/evil.txt')).toBe(evilBefore);
  });

  it('names the escaping entry in Chinese', async () => {
    const outcome = await extractInto(join(zips, 'zip-slip/zip-slip.zip'), tempDir());
    expect(outcome).toMatchObject({ refused: 'unsafe_name', message: expect.stringMatching(/^压缩包中的「(\.\.\/)+tmp\/evil\.txt」试图写到文件夹之外，已拒绝$/) });
  });

  it('decodes names: GBK without the flag, Info-ZIP Unicode Path, UTF-8 flag, ASCII (CP437 default), backslashes', async () => {
    const names = async (file: string) => Object.keys(((await extractInto(join(zips, file), tempDir())) as { accepted: Record<string, string> }).accepted);
    expect(await names('adm-zip/chs_name.zip')).toEqual(['中文路径.txt']);
    expect(await names('yauzl/success/unicode-path-extra-field.zip')).toEqual(['七个房间.txt']);
    expect(await names('yauzl/success/unicode.zip')).toEqual(['Turmion Kätilöt/Hoitovirhe/Rautaketju.mp3', 'Turmion Kätilöt/Pirun nyrkki/Mistä veri pakenee.mp3']);
    expect(await names('yauzl/success/windows-compressed-folder.zip')).toEqual(['a.txt', 'b.txt']);
    expect(await names('yauzl/success/sloppy-filenames.zip')).toEqual(['a/txt', 'b.txt']);
  });

  it('reads content: GBK-named file, data descriptors, zip64, a 920:1 entry under the ratio floor', async () => {
    const read = async (file: string) => {
      const archive = await readZipSafely(join(zips, file));
      const out = await Promise.all(archive.entries.map(async (e) => [e.name, Buffer.from(await e.read())] as const));
      archive.close();
      return new Map(out);
    };
    expect((await read('adm-zip/chs_name.zip')).get('中文路径.txt')?.toString('utf8')).toBe('文件内容');
    expect([...(await read('yauzl/success/streaming.zip')).values()].map((b) => b.length)).toEqual([25, 25]);
    expect([...(await read('yauzl/success/zip64.zip')).keys()]).toEqual(['test1.txt', 'test2.txt']);
    expect((await read('yauzl/success/big-compression.zip')).get('0x21000')?.length).toBe(0x21000);
  });

  it('refuses content whose CRC-32 disagrees with both headers (not only a local/central mismatch)', async () => {
    const good = Buffer.from(readFileSync(join(zips, 'adm-zip/good_crc.zip')));
    const wrong = Buffer.from(good);
    // Flip the CRC in the local header (offset 14) and in the central directory (16 bytes into it).
    wrong.writeUInt32LE((wrong.readUInt32LE(14) ^ 1) >>> 0, 14);
    const cd = wrong.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    wrong.writeUInt32LE((wrong.readUInt32LE(cd + 16) ^ 1) >>> 0, cd + 16);
    const file = join(tempDir(), 'crc.zip');
    writeFileSync(file, wrong);
    expect(await extractInto(file, tempDir())).toMatchObject({ refused: 'corrupt', message: expect.stringContaining('CRC-32') });
  });
});

describe('zip limits and hand-made archives', () => {
  const write = (zip: Buffer) => {
    const file = join(tempDir(), 'crafted.zip');
    writeFileSync(file, zip);
    return file;
  };

  it('refuses a 1 GiB bomb by its declared ratio before inflating anything', async () => {
    const bomb = zerosDeflated(1024);
    const file = write(craftZip([{ name: 'zeros.pdf', data: bomb.data, method: 8, crc32: bomb.crc32, uncompressedSize: bomb.size, flags: 0x800 }]));
    const started = Date.now();
    expect(await extractInto(file, tempDir())).toMatchObject({ refused: 'ratio', message: expect.stringContaining('「zeros.pdf」') });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops a bomb whose header lies about its size after the declared bytes', async () => {
    const bomb = zerosDeflated(1024);
    const file = write(craftZip([{ name: 'zeros.pdf', data: bomb.data, method: 8, crc32: bomb.crc32, uncompressedSize: 2 << 20, flags: 0x800 }]));
    const started = Date.now();
    expect(await extractInto(file, tempDir())).toMatchObject({ refused: 'corrupt' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('checks the ratio while streaming too (defence if sizes were not validated)', async () => {
    const guard = guardEntryStream({ name: 'x.pdf', size: 1 << 30, compressedSize: 1000, crc32: null }, zipLimits());
    const failure = new Promise((resolve) => guard.on('error', resolve));
    guard.resume();
    for (let i = 0; i < 3; i += 1) guard.write(Buffer.alloc(1 << 20));
    expect(await failure).toMatchObject({ code: 'ratio' });
  });

  it('refuses absolute, UNC and drive names, NUL, case-insensitive duplicates, bad UTF-8, symlinks, encryption', async () => {
    const refusal = async (entries: Parameters<typeof craftZip>[0]) => ((await extractInto(write(craftZip(entries)), tempDir())) as { refused?: string }).refused;
    expect(await refusal([storedEntry('\\\\server\\share\\x.pdf', 'x')])).toBe('unsafe_name');
    expect(await refusal([storedEntry('C:\\Windows\\x.dll', 'x')])).toBe('unsafe_name');
    expect(await refusal([storedEntry('a/../../x.pdf', 'x')])).toBe('unsafe_name');
    expect(await refusal([storedEntry('ok.pdf\u0000.exe', 'x')])).toBe('unsafe_name');
    expect(await refusal([storedEntry('Files/A.pdf', 'x'), storedEntry('files/a.PDF', 'y')])).toBe('duplicate_name');
    expect(await refusal([storedEntry(new Uint8Array([0x61, 0xff, 0x62]), 'x', 0x800)])).toBe('unsafe_name');
    expect(await refusal([{ ...storedEntry('link', '/etc/passwd'), unixMode: 0o120777 }])).toBe('symlink');
    // ZipCrypto prefixes 12 header bytes, so the stored data is 12 bytes longer than the content.
    expect(await refusal([{ ...storedEntry('a.pdf', 'x'.repeat(13)), uncompressedSize: 1, flags: 0x801 }])).toBe('encrypted');
  });

  it('decodes a GBK name written without the UTF-8 flag (what Chinese Windows writes)', async () => {
    const file = write(craftZip([storedEntry(iconv.encode('评审材料/申报书（盖章）.pdf', 'gbk'), 'x', 0)]));
    expect(Object.keys(((await extractInto(file, tempDir())) as { accepted: Record<string, string> }).accepted)).toEqual(['评审材料/申报书（盖章）.pdf']);
  });

  it('caps the entry count, the entry size and the total size', async () => {
    const three = write(craftZip([storedEntry('a', '1'), storedEntry('b', '22'), storedEntry('c', '333')]));
    expect(await extractInto(three, tempDir(), { maxEntries: 2 })).toMatchObject({ refused: 'too_many_entries' });
    expect(await extractInto(three, tempDir(), { maxEntryBytes: 2 })).toMatchObject({ refused: 'too_large', message: expect.stringContaining('「c」') });
    expect(await extractInto(three, tempDir(), { maxTotalBytes: 5 })).toMatchObject({ refused: 'too_large' });
  });
});

describe('package folders', () => {
  it('reads regular files by relative name and refuses a symlink or a case-only duplicate', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'files'));
    writeFileSync(join(dir, 'manifest.json'), '{}');
    writeFileSync(join(dir, 'files', 'a.pdf'), 'pdf');
    const archive = await readFolderSafely(dir);
    expect(archive.entries.map((e) => e.name)).toEqual(['files/a.pdf', 'manifest.json']);
    expect(Buffer.from(await (archive.get('files/a.pdf')?.read() ?? new Uint8Array())).toString()).toBe('pdf');

    symlinkSync('/etc/passwd', join(dir, 'files', 'b.pdf'));
    await expect(readFolderSafely(dir)).rejects.toMatchObject({ code: 'symlink', entry: 'files/b.pdf' });

    const other = tempDir();
    writeFileSync(join(other, 'A.pdf'), '1');
    writeFileSync(join(other, 'a.pdf'), '2');
    await expect(readFolderSafely(other)).rejects.toMatchObject({ code: 'duplicate_name' });
  });
});
