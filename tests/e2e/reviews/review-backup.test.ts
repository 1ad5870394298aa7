// The backup journey on the home screen: exported signed (the fingerprint shown to note down), read
// back before importing (who signed it, the fingerprint to compare), imported once accepted; one
// signed again by another key is shown as such, and nothing is imported when the user declines.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../../electron/services/crypto/node-crypto.ts';
import { signJsonFile } from '../../../electron/services/crypto/sign-json.ts';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { rewriteZip } from '../../support/rewrite-zip.ts';

const reviewId = 'demo-2026-anhui';

describe('review backup on the home screen, in Chromium through the browser host', () => {
  const app = useAppUnderTest({ prefix: 'e2e-backup' });

  it('exports signed, shows who signed a backup before importing it, and imports only what the user accepts', async () => {
    const identity = await app.services.handlers['identity:create']({ name: '演示评审秘书处', organisation: '安徽职业技术大学', passphrase: '秘书处口令-2026' });
    const title = (await app.services.handlers['reviews:get']({ reviewId })).title;
    const page = await app.open();
    await page.getByTestId('role-coordinator').click();

    // Exported: the file downloads, and the dialog keeps the fingerprint on screen.
    await page.getByTestId(`review-more-${reviewId}`).click();
    const download = page.waitForEvent('download');
    await page.getByTestId(`review-action-backup-${reviewId}`).click();
    const file = join(app.dataDir, 'backup.pingshen-review');
    await (await download).saveAs(file);
    await expect.poll(() => page.getByTestId('backup-exported-fingerprint').textContent()).toBe(identity.fingerprint);
    await page.locator('.ant-modal-confirm-btns button').click();

    const importFile = async (path: string) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-backup').click()]);
      await chooser.setFiles(path);
      await page.getByTestId('backup-preview').waitFor();
    };
    const deleteHere = async () => {
      await app.services.handlers['reviews:delete']({ reviewId, confirmTitle: title });
      await page.reload();
      await page.getByTestId('home-screen').waitFor();
    };

    // Back on this computer: its own key signed it.
    await deleteHere();
    await importFile(file);
    await page.getByTestId('backup-own-key').waitFor();
    expect(await page.getByTestId('backup-fingerprint').textContent()).toBe(identity.fingerprint);
    await page.getByTestId('import-backup-confirm').click();
    await page.getByText(`已导入评审活动「${title}」`).waitFor();
    await page.getByTestId(`review-${reviewId}`).waitFor();

    // Changed and signed again by a key of someone else's, under the same name: the preview shows that key's fingerprint.
    const forged = join(app.dataDir, 'forged.pingshen-review');
    const other = generateKeyPair();
    await rewriteZip(file, forged, (entries) => {
      const backup = JSON.parse(Buffer.from(entries.get('backup.json')!).toString('utf8')) as Record<string, unknown>;
      delete backup.signature;
      entries.set('backup.json', signJsonFile(backup, other.privateKeyPkcs8, other.publicKeyRaw).bytes);
    });
    await deleteHere();
    await importFile(forged);
    await page.getByTestId('backup-other-key').waitFor();
    expect(await page.getByTestId('backup-fingerprint').textContent()).not.toBe(identity.fingerprint);
    await page.getByText('演示评审秘书处（安徽职业技术大学）').waitFor();
    await page.waitForTimeout(400); // the dialog's opening animation, for the screenshot
    await page.screenshot({ path: join(artifactsDir, 'backup-import.png') });
    // Declined: nothing imported.
    await page.getByRole('button', { name: /取\s*消/u }).click();
    await expect.poll(() => page.getByTestId('backup-preview').count()).toBe(0);
    expect(await app.services.handlers['reviews:list']({})).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
