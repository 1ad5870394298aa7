import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../shared/api/dispatch.ts';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from '../support/app-under-test.ts';

const anhui = 'anhui-2026-high-skill-clusters';

async function openLibraryAsCoordinator(page: Page): Promise<void> {
  await page.getByTestId('role-coordinator').click();
  await page.getByTestId('nav-programs').click();
  await page.getByTestId(`program-${anhui}`).waitFor();
}

describe('program library and rubric editor in Chromium', () => {
  let app: AppUnderTest;
  let profile: string;
  let firstCriterion: { id: string; title: string };

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'pingshen-e2e-'));
    app = await startAppUnderTest(profile);
    const result = await dispatchCall(app.services.handlers, 'programs:get', { programId: anhui });
    if (!result.ok) throw new Error(result.error.message);
    const criterion = (result.value as { program: { rubrics: { sections: { criteria: { id: string; title: string }[] }[] }[] } }).program.rubrics[0]!.sections[0]!.criteria[0]!;
    firstCriterion = { id: criterion.id, title: criterion.title };
  });
  afterAll(async () => {
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('lists the three shipped templates as read-only', async () => {
    const page = await app.open();
    await openLibraryAsCoordinator(page);
    for (const id of [anhui, 'wanjiang-pilot-zone', 'anqing-vocational-groups']) {
      expect(await page.getByTestId(`program-${id}`).textContent()).toContain('内置模板');
    }
    await page.screenshot({ path: join(artifactsDir, 'program-library.png') });
    await page.getByTestId(`program-${anhui}`).getByRole('button', { name: /查看/ }).click();
    await page.getByText('这是内置模板，只能查看').waitFor();
    expect(await page.getByTestId('validation-ok').isVisible()).toBe(true);
  });

  it('edits a criterion of a copy, validates live, undoes, and keeps the edit after a reload', async () => {
    const page = await app.open();
    await openLibraryAsCoordinator(page);
    await page.getByTestId(`program-${anhui}`).getByRole('button', { name: /复制/ }).click();
    await page.getByTestId('save-status').waitFor();

    await page.getByTestId(`tree-${firstCriterion.id}`).click();
    const title = page.getByTestId('criterion-title');
    await title.fill('对接产业需求的专业设置 (已修订)');
    await title.press('Enter');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('已保存');
    expect(await page.getByTestId(`tree-${firstCriterion.id}`).textContent()).toContain('已修订');

    // Points that no longer add up are flagged at once, and the tree marks the section.
    const max = page.getByTestId('criterion-form').getByRole('spinbutton', { name: '分值' });
    await max.fill('99');
    await max.press('Tab');
    await page.getByTestId('validation-issues').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'rubric-editor-invalid.png') });
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.getByTestId('validation-ok').waitFor();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('已保存');

    // The reload returns to this program's editor (the place is in the URL).
    await page.reload();
    await page.getByTestId(`tree-${firstCriterion.id}`).click();
    expect(await page.getByTestId('criterion-title').inputValue()).toBe('对接产业需求的专业设置 (已修订)');
    await page.screenshot({ path: join(artifactsDir, 'rubric-editor.png') });
    await page.getByRole('tab', { name: '专家评分表预览' }).click();
    await page.getByTestId('rubric-preview').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'rubric-preview.png'), fullPage: false });
    expect(app.pageErrors).toEqual([]);
  });
});
