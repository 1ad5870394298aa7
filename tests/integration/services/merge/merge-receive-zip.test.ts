// A zip of signed sheets received in the app (issue 12 §1: "a zip of them", from several USB
// sticks): uploaded as the page uploads it, each sheet inside verified on its own and named
// `<zip>!<entry>`; duplicates change nothing; an unsafe, broken or sheet-less zip is refused with
// its reason and nothing of it kept. Real services, SQLite and signatures.
import { describe, expect, it } from 'vitest';
import { reasonIn } from '../../../../renderer/src/api/error-message.ts';
import { craftZip, storedEntry } from '../../../support/craft-zip.ts';
import { demoPanelSheets } from '../../../support/demo-panel.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';
import { uploadBytes } from '../../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';
const profile = useServicesProfile('pingshen-merge-zip-');

const bytesOf = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));

async function receiveZip(fileName: string, zip: Uint8Array) {
  const uploadId = await uploadBytes(profile.api, fileName, zip);
  return profile.api.value('merge:receive-zip', { reviewId, uploadId });
}

describe('a zip of score sheets received in the app', () => {
  let sheets: { fileName: string; base64: string }[];

  it('takes every sheet in the zip (sub-folders too), names each by zip and entry, skips other files and refuses a tampered one', async () => {
    sheets = await demoPanelSheets(profile.api, reviewId);
    expect(sheets).toHaveLength(8);
    const tampered = Buffer.from(sheets[0]!.base64, 'base64').toString('utf8').replace('"version":1', '"version":1 ');
    const zip = craftZip([
      ...sheets.slice(0, 4).map((s) => storedEntry(s.fileName, bytesOf(s))),
      ...sheets.slice(4).map((s) => storedEntry(`第二个U盘/${s.fileName}`, bytesOf(s))),
      storedEntry('说明.txt', '评分表已导出'),
      storedEntry('改过的.pingshen-sheet.json', tampered),
    ]);
    const view = await receiveZip('评分表.zip', zip);
    expect(view.lastDrop).toMatchObject({ stored: 8, unchanged: 0 });
    expect(view.lastDrop!.refused).toEqual([expect.objectContaining({ file: '评分表.zip!改过的.pingshen-sheet.json', reason: expect.stringContaining('规范格式') })]);
    // Seven experts, one of them amended to version 2: seven counted.
    expect(view.report.counted).toHaveLength(7);
  });

  it('the same sheets again, in another zip or one by one, change nothing', async () => {
    const again = await receiveZip('又一份.zip', craftZip(sheets.map((s) => storedEntry(s.fileName, bytesOf(s)))));
    expect(again.lastDrop).toEqual({ stored: 0, held: 0, unchanged: 8, refused: [] });
    const loose = await profile.api.value('merge:receive', { reviewId, files: sheets.slice(0, 2) });
    expect(loose.lastDrop).toMatchObject({ stored: 0, unchanged: 2 });
    expect(loose.report.counted).toHaveLength(7);
  });

  it('refuses with its reason, and keeps nothing of: a zip-slip name, a file that is no zip, a zip with no sheet in it', async () => {
    const before = (await profile.api.value('merge:get', { reviewId })).report.counted.map((c) => c.digest);
    const slip = await receiveZip('slip.zip', craftZip([storedEntry('../../逃逸.pingshen-sheet.json', bytesOf(sheets[0]!))]));
    expect(slip.lastDrop!.refused).toEqual([expect.objectContaining({ file: 'slip.zip', why: expect.objectContaining({ key: expect.stringMatching(/^zip\./) }) })]);
    expect(slip.lastDrop!.stored).toBe(0);
    const broken = await receiveZip('坏的.zip', new TextEncoder().encode('这不是压缩包'));
    expect(broken.lastDrop!.refused).toEqual([expect.objectContaining({ file: '坏的.zip', reason: expect.stringContaining('压缩包') })]);
    const empty = await receiveZip('空的.zip', craftZip([storedEntry('readme.txt', 'nothing here')]));
    expect(empty.lastDrop!.refused).toEqual([{ file: '空的.zip', reason: '压缩包中没有评分表文件（*.pingshen-sheet.json）', why: { key: 'sheet-refusals.no-sheet-in-zip', params: {} }, fingerprint: null }]);
    expect((await profile.api.value('merge:get', { reviewId })).report.counted.map((c) => c.digest)).toEqual(before);
    // By its code, the English screen says each refusal in English; the zip reader's own (zip-slip) too.
    const [emptyRefusal] = empty.lastDrop!.refused;
    expect(reasonIn(emptyRefusal!.why, emptyRefusal!.reason, 'en')).toBe('The zip holds no score sheet file (*.pingshen-sheet.json)');
    const [slipRefusal] = slip.lastDrop!.refused;
    expect(reasonIn(slipRefusal!.why, slipRefusal!.reason, 'en').replace(/「[^」]*」/gu, '')).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('an upload is used once: receiving the same upload id again is refused', async () => {
    const uploadId = await uploadBytes(profile.api, 'once.zip', craftZip(sheets.slice(0, 1).map((s) => storedEntry(s.fileName, bytesOf(s)))));
    await profile.api.value('merge:receive-zip', { reviewId, uploadId });
    expect((await profile.api.api('merge:receive-zip', { reviewId, uploadId })).ok).toBe(false);
  });
});
