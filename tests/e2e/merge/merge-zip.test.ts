// The merge screen takes a zip of score sheets (issue 12 §1): the coordinator chooses one zip from
// a USB stick; the page uploads it in chunks, the services verify each sheet in it, and the screen
// says what was stored and what was refused, naming the entry inside the zip.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { craftZip, storedEntry } from '../../support/craft-zip.ts';
import { demoPanelSheets } from '../../support/demo-panel.ts';
import { apiOf } from '../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';

describe('merge screen: a zip of sheets', () => {
  const app = useAppUnderTest({ prefix: 'e2e-merge-zip' });

  it('receives every sheet of a chosen zip and names the one refused by its entry', async () => {
    const sheets = await demoPanelSheets(apiOf(app.services), reviewId);
    const zipPath = join(app.dataDir, '..', '专家评分表.zip');
    writeFileSync(zipPath, craftZip([...sheets.map((s) => storedEntry(`U盘/${s.fileName}`, Buffer.from(s.base64, 'base64'))), storedEntry('U盘/坏的.pingshen-sheet.json', '{"format":"pingshen.sheet/1"}')]));
    const page = await app.open();
    await page.goto(`${app.host.origin}/#/merge/${reviewId}`);
    await page.getByTestId('merge-screen').waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('merge-receive').click()]);
    await chooser.setFiles(zipPath);
    const drop = page.getByTestId('merge-last-drop');
    await drop.waitFor();
    expect(await drop.innerText()).toContain('新保存 8 份');
    expect(await page.getByTestId('merge-refused').innerText()).toContain('专家评分表.zip!U盘/坏的.pingshen-sheet.json');
    await page.screenshot({ path: join(artifactsDir, 'merge-zip.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
