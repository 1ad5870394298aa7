import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../shared/api/dispatch.ts';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { readPdf } from '../../support/read-pdf.ts';

// The key card on paper: what the expert hands over with the file, so the coordinator can check the fingerprint.
describe('the printed key card', () => {
  const app = useAppUnderTest({ prefix: 'e2e-keycard' });

  it('says there is nothing to print before an identity exists', async () => {
    const page = await app.open();
    await page.getByTestId('nav-identity').click();
    await page.getByTestId('identity-create').waitFor();
    expect(await page.getByTestId('print-key-card').count()).toBe(0);
  });

  it('prints name, organisation and the fingerprint in groups of four on one A4 page, without the private key', async () => {
    const created = await dispatchCall(app.services.handlers, 'identity:create', { name: '李明', organisation: '安徽职业技术大学', passphrase: 'correct horse 电池' });
    if (!created.ok) throw new Error(created.error.message);
    const { fingerprint, publicKey } = created.value as { fingerprint: string; publicKey: string };

    const page = await app.open();
    await page.getByTestId('nav-identity').click();
    await page.getByTestId('print-key-card').click();
    const sheet = page.getByTestId('key-card-print');
    await sheet.waitFor();
    expect(((await page.getByTestId('key-card-fingerprint').textContent()) ?? '')).toBe(fingerprint.replaceAll(' ', ''));
    expect(await page.getByTestId('key-card-fingerprint').locator('span').allTextContents()).toEqual(fingerprint.split(' '));

    const pdfPath = join(artifactsDir, 'key-card.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const pdf = await readPdf(new Uint8Array(readFileSync(pdfPath)));
    expect(pdf.numPages).toBe(1);
    const text = (pdf.pages[0] ?? '').normalize('NFKC');
    for (const expected of ['评审专家公钥卡', '李明', '安徽职业技术大学', '专家签名', '组织方核对人', publicKey]) expect(text).toContain(expected);
    for (const group of fingerprint.split(' ')) expect(text).toContain(group);
    // The printout is of public data only: no header, buttons or anything else of the app.
    for (const absent of ['身份与签名', '打印', '返回']) expect(text).not.toContain(absent);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdfPath, join(artifactsDir, 'key-card-p1')]);
    expect(app.pageErrors).toEqual([]);
  });
});
