import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';


describe('home screen in Chromium through the browser host', () => {
  const app = useAppUnderTest();

  it('shows the role choice in Chinese and lists the demo review', async () => {
    const page = await app.open();
    await page.getByText('请选择您的角色').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.getByTestId('review-demo-2026-anhui').isVisible()).toBe(true);
    const demo = page.getByTestId('review-demo-2026-anhui');
    expect(await demo.textContent()).toContain('演示');
    // The token left the address bar: it was swapped for a cookie.
    expect(page.url()).not.toContain('token=');
    await page.screenshot({ path: join(artifactsDir, 'home.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('remembers the chosen role across a reload, by keyboard too', async () => {
    const page = await app.open();
    await page.getByTestId('role-expert').click();
    await expect.poll(() => page.getByTestId('current-role').textContent()).toContain('专家评审');
    await page.getByTestId('role-coordinator').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('current-role').textContent()).toContain('组织评审');
    await page.reload();
    await expect.poll(() => page.getByTestId('current-role').textContent()).toContain('组织评审');
    expect(await page.getByTestId('role-coordinator').getAttribute('aria-pressed')).toBe('true');
  });

  it('a place entered while the app is still starting is where it opens, not overwritten by the start-up', async () => {
    // The start-up's app:info answers late: the address changes in between, as a fast hand or a slow machine makes it.
    let asked!: () => void;
    const starting = new Promise<void>((resolve) => (asked = resolve));
    const page = await app.open(async (p) => {
      await p.route((url) => decodeURIComponent(url.pathname).endsWith('/api/app:info'), async (route) => {
        asked();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
    });
    await starting;
    await page.goto(`${app.host.origin}/#/experts/demo-2026-anhui`);
    await page.getByTestId('experts-screen').waitFor();
    expect(new URL(page.url()).hash).toBe('#/experts/demo-2026-anhui');
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the demo review with its three fields and applications', async () => {
    const page = await app.open();
    await page.getByTestId('open-demo-2026-anhui').click();
    for (const field of ['智能网联新能源汽车', '人工智能', '高端装备制造']) {
      await page.getByRole('tab', { name: field }).waitFor();
    }
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifactsDir, 'review.png') });
    await page.getByRole('button', { name: /返回/ }).click();
    await page.getByText('请选择您的角色').waitFor();
  });

  it('switches to English and keeps it after a reload', async () => {
    const page = await app.open();
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Choose your role').waitFor();
    await page.reload();
    await page.getByText('Choose your role').waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('请选择您的角色').waitFor();
  });

  it('shows the versions in the About box', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: /关于/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('浏览器模式 (本机 HTTP)').waitFor();
    expect(await dialog.textContent()).toMatch(/sqlite\s*3\.\d+/);
  });

  it('a coordinator starts a review of their own from a template: the form says what is missing, then the review opens and is listed', async () => {
    const page = await app.open();
    await page.getByTestId('role-coordinator').click();
    await page.getByTestId('new-review').click();
    await page.getByTestId('new-review-create').click();
    expect(await page.getByTestId('new-review-problem').textContent()).toBe('请选择评审方案');
    await page.getByTestId('new-review-title').fill('2027年高技能人才集群培养计划评审');
    await page.getByTestId('new-review-program').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '高技能人才集群' }).first().click();
    await page.getByTestId('new-review-take-ai').waitFor();
    await page.getByTestId('new-review-take-ai').click();
    await page.getByTestId('new-review-quota-smart-ev').fill('3');
    await page.getByTestId('new-review-deadline').fill('2027-05-25');
    // The program's issuer is proposed as the organisation; the coordinator names their own.
    expect(await page.getByTestId('new-review-organisation').inputValue()).toBe('安徽省教育厅');
    await page.getByTestId('new-review-organisation').fill('安徽省职业技术教育学会');
    await page.waitForTimeout(400); // the program list's closing animation, for the screenshot
    await page.screenshot({ path: join(artifactsDir, 'new-review.png') });
    await page.getByTestId('new-review-create').click();
    await page.getByRole('heading', { name: '2027年高技能人才集群培养计划评审' }).waitFor();
    const reviews = await app.services.handlers['reviews:list']({});
    const created = reviews.find((r) => r.title === '2027年高技能人才集群培养计划评审')!;
    expect(created).toMatchObject({ isDemo: false, fieldCount: 2, submissionCount: 0 });
    const detail = await app.services.handlers['reviews:get']({ reviewId: created.id });
    expect(detail.fields.map((f) => [f.id, f.quota])).toEqual([['smart-ev', 3], ['high-end-equipment', expect.any(Number)]]);
    expect(detail.organisation).toBe('安徽省职业技术教育学会');
    await page.getByText('安徽省职业技术教育学会').waitFor();
    await page.getByRole('button', { name: /返\s*回/ }).click();
    await page.getByTestId(`review-${created.id}`).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('a coordinator archives a review and takes it back, backs it up, and deletes one only after typing its title', async () => {
    const page = await app.open();
    await page.getByTestId('role-coordinator').click();
    const created = await app.services.handlers['reviews:create']({ title: '待删除的评审', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 1 }], deadline: '' });
    await page.reload();
    const choose = async (reviewId: string, item: 'backup' | 'archive' | 'delete', text: string) => {
      await page.getByTestId(`review-more-${reviewId}`).click();
      const entry = page.getByTestId(`review-action-${item}-${reviewId}`);
      await expect.poll(() => entry.textContent()).toBe(text);
      await entry.click();
    };
    // Archived: listed apart under 已归档, tagged; taken back: in the list again.
    await choose('demo-2026-anhui', 'archive', '归档');
    await page.getByTestId('archived-reviews').getByText('已归档的评审活动（1）').click();
    await page.getByTestId('archived-reviews').getByTestId('review-demo-2026-anhui').getByText('已归档').waitFor();
    await choose('demo-2026-anhui', 'archive', '取消归档');
    await expect.poll(() => page.getByTestId('archived-reviews').count()).toBe(0);
    // A backup (signed by this computer's key) downloads as one file named after the review.
    await app.services.handlers['identity:create']({ name: '演示评审秘书处', organisation: '安徽职业技术大学', passphrase: '秘书处口令-2026' });
    const download = page.waitForEvent('download');
    await choose('demo-2026-anhui', 'backup', '导出备份');
    expect((await download).suggestedFilename()).toBe('demo-2026-anhui.pingshen-review');
    await page.getByTestId('backup-exported').waitFor();
    await page.locator('.ant-modal-confirm-btns button').click();
    // Delete asks first, naming what goes; the button stays disabled until the title is typed.
    await choose(created.id, 'delete', '删除…');
    const confirm = page.getByTestId('delete-review-confirm');
    await confirm.waitFor();
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('delete-review-title').fill('待删除');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('delete-review-title').fill('待删除的评审');
    await expect.poll(() => confirm.isDisabled()).toBe(false);
    await page.waitForTimeout(400); // the dialog's opening animation, for the screenshot
    await page.screenshot({ path: join(artifactsDir, 'delete-review.png') });
    await confirm.click();
    await page.getByText('已删除评审活动「待删除的评审」').waitFor();
    await expect.poll(() => page.getByTestId(`review-${created.id}`).count()).toBe(0);
    expect((await app.services.handlers['reviews:list']({})).map((r) => r.id)).not.toContain(created.id);
    expect(app.pageErrors).toEqual([]);
  });
});
