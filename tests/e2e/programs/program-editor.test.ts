import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../shared/api/dispatch.ts';
import type { Program } from '../../../shared/domain/program.ts';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';

const anhui = 'anhui-2026-high-skill-clusters';

async function openLibraryAsCoordinator(page: Page): Promise<void> {
  await page.getByTestId('role-coordinator').click();
  await page.getByTestId('nav-programs').click();
  await page.getByTestId(`program-${anhui}`).waitFor();
}

describe('program library and rubric editor in Chromium', () => {
  const app = useAppUnderTest();
  let firstCriterion: { id: string; title: string };

  /** A call straight to the services, to check what the page saved. */
  async function call<T>(name: 'programs:list' | 'programs:get', input: unknown): Promise<T> {
    const result = await dispatchCall(app.services.handlers, name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  }
  const programOf = async (programId: string) => (await call<{ program: Program }>('programs:get', { programId })).program;

  beforeAll(async () => {
    const result = await dispatchCall(app.services.handlers, 'programs:get', { programId: anhui });
    if (!result.ok) throw new Error(result.error.message);
    const criterion = (result.value as { program: { rubrics: { sections: { criteria: { id: string; title: string }[] }[] }[] } }).program.rubrics[0]!.sections[0]!.criteria[0]!;
    firstCriterion = { id: criterion.id, title: criterion.title };
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

  it('edits the call facts of a copy (文号, a quota, an aggregation setting), refuses an invalid quota with its reason, undoes, and keeps them after a reload', async () => {
    const page = await app.open();
    await page.setViewportSize({ width: 1024, height: 768 });
    await openLibraryAsCoordinator(page);

    // The built-in template shows its facts but cannot change them.
    await page.getByTestId(`program-${anhui}`).getByRole('button', { name: /查看/ }).click();
    await page.getByRole('tab', { name: '方案信息' }).click();
    expect(await page.getByRole('textbox', { name: '文号' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: /返回/ }).click();

    const before = new Set((await call<{ id: string }[]>('programs:list', {})).map((p) => p.id));
    await page.getByTestId(`program-${anhui}`).getByRole('button', { name: /复制/ }).click();
    await page.getByTestId('save-status').waitFor();
    const copyId = (await call<{ id: string }[]>('programs:list', {})).map((p) => p.id).find((id) => !before.has(id))!;
    await page.getByRole('tab', { name: '方案信息' }).click();
    const saved = () => expect.poll(() => page.getByTestId('save-status').textContent()).toBe('已保存');

    const documentNumber = page.getByRole('textbox', { name: '文号' });
    await documentNumber.fill('皖教秘职成〔2027〕8号');
    await documentNumber.press('Enter');
    await saved();

    // A negative quota is refused with the schema's reason, and nothing is saved.
    const quota = page.getByRole('spinbutton', { name: '人工智能 推荐名额' });
    await quota.fill('-1');
    await page.getByText('未保存：不能小于 0').waitFor();
    await page.getByTestId('facts-categories').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' }); // the 已复制 toast, out of the picture
    await page.screenshot({ path: join(artifactsDir, 'program-facts-refused.png') });
    expect(await page.getByTestId('save-status').textContent()).toBe('已保存');
    expect((await programOf(copyId)).categories.find((c) => c.id === 'ai')!.quota).toBe(6);
    await quota.fill('4');
    await quota.press('Tab');
    await expect.poll(() => page.getByText('未保存：不能小于 0').count()).toBe(0);
    await saved();

    const minimumPanel = page.getByRole('spinbutton', { name: '最少评分专家数' });
    await minimumPanel.fill('4');
    await minimumPanel.press('Tab');
    await saved();
    // Ctrl+Z / Ctrl+Y outside a text field undo and redo the fact edit, as in the rubric editor.
    await page.getByTestId('program-facts').getByText('汇总规则', { exact: true }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => minimumPanel.inputValue()).toBe('3');
    await page.keyboard.press('Control+y');
    await expect.poll(() => minimumPanel.inputValue()).toBe('4');
    await saved();

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifactsDir, 'program-facts.png') });

    await page.reload();
    await page.getByTestId('nav-programs').click();
    await page.getByTestId(`program-${copyId}`).getByRole('button', { name: /编辑/ }).click();
    await page.getByRole('tab', { name: '方案信息' }).click();
    expect(await page.getByRole('textbox', { name: '文号' }).inputValue()).toBe('皖教秘职成〔2027〕8号');
    expect(await page.getByRole('spinbutton', { name: '人工智能 推荐名额' }).inputValue()).toBe('4');
    expect(await page.getByRole('spinbutton', { name: '最少评分专家数' }).inputValue()).toBe('4');
    const stored = await programOf(copyId);
    expect(stored.documentNumber).toBe('皖教秘职成〔2027〕8号');
    expect(stored.categories.map((c) => c.quota)).toEqual([6, 4, 6]);
    expect(stored.aggregation.minimumPanel).toBe(4);
    expect(app.pageErrors).toEqual([]);
  });
});
