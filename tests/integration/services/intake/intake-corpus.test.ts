// The intake on the shared corpus's public zips and PDFs (skipped with a notice where absent):
// every unsafe or broken zip refused with its reason while the rest is offered; every PDF kept with
// what pdf.js makes of it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakePreview } from '../../../../shared/intake/intake-preview.ts';
import { corpusDir } from '../../../support/corpus.ts';
import { openIntakeProfile, type IntakeProfile } from '../../../support/intake-profile.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const corpus = corpusDir();
const tempDir = useTempDirs();

describe.skipIf(corpus === null)('intake on the shared corpus', () => {
  let profile: IntakeProfile;
  let zips: IntakePreview;
  let pdfs: IntakePreview;
  let workbooks: IntakePreview;
  beforeAll(async () => {
    profile = openIntakeProfile(tempDir());
    zips = (await profile.scan([join(corpus as string, 'zips')])).preview!;
    pdfs = (await profile.scan([join(corpus as string, 'pdfs')])).preview!;
    workbooks = (await profile.scan([join(corpus as string, 'xlsx')])).preview!;
  }, 120_000);
  afterAll(() => profile?.close());

  it('refuses the zip-slip, symlink, bad-CRC and malformed zips, each with a reason, and still offers the good ones', () => {
    const refused = new Map(zips.refused.map((r) => [r.path, r.reason]));
    expect(refused.get('zip-slip/zip-slip.zip')).toContain('文件夹之外');
    expect(refused.get('zip-slip/zip-slip-win.zip')).toContain('文件夹之外');
    expect(refused.get('adm-zip/symlink.zip')).toContain('符号链接');
    expect([...refused.keys()].some((path) => path.startsWith('adm-zip/bad_crc.zip'))).toBe(true);
    expect(refused.get('yauzl/failure/multi-disk_zip_files_are_not_supported_found_disk_number_1.zip')).toContain('分卷');
    for (const reason of refused.values()) expect(reason).toMatch(/[\u4e00-\u9fff]/u);
    const offered = zips.files.map((f) => f.sourcePath);
    expect(offered).toContain('adm-zip/chs_name.zip/中文路径.txt');
    expect(offered).toContain('MANIFEST.tsv');
    expect(offered.some((path) => path.startsWith('yauzl/success/unicode.zip/'))).toBe(true);
  });

  it('keeps every PDF with its readability: encrypted and broken ones as such, page counts for the rest', () => {
    const byName = new Map(pdfs.files.map((f) => [f.fileName, f]));
    expect(byName.get('issue3371.pdf')).toMatchObject({ readability: 'encrypted', pageCount: null });
    expect(byName.get('pr6531_1.pdf')?.readability).toBe('encrypted');
    expect(byName.get('issue17215.pdf')?.readability).toBe('ok'); // an empty user password opens
    expect(byName.get('bug1020226.pdf')?.readability).toBe('broken');
    expect(byName.get('REDHAT-1531897-0.pdf')?.readability).toBe('broken');
    expect(byName.get('basicapi.pdf')).toMatchObject({ readability: 'ok', pageCount: 3, kind: 'pdf' });
    expect(byName.get('page_with_number.pdf')?.pageCount).toBe(17);
    expect(byName.get('MANIFEST.tsv')?.role).toBe('other');
    expect(pdfs.refused).toEqual([]);
  });

  it('keeps every workbook as a 汇总表 with its readability: encrypted and malformed ones as such', () => {
    const byName = new Map(workbooks.files.map((f) => [f.fileName, f]));
    expect(byName.get('encryptSHA1.xlsx')).toMatchObject({ role: 'summary', readability: 'encrypted' });
    expect(byName.get('invalid-xml.xlsx')).toMatchObject({ role: 'summary', readability: 'broken' });
    expect(byName.get('simple07.xlsx')).toMatchObject({ role: 'summary', readability: 'ok', kind: 'xlsx' });
    expect(byName.get('t02.xlsx')?.readability).toBe('ok');
    expect(workbooks.refused).toEqual([]);
  });
});
