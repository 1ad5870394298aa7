import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../../support/app-under-test.ts';
import { corpusDir } from '../../support/corpus.ts';
import { seedPdfReview, useReaderHarness } from '../../support/reader-harness.ts';
import { inkRatio, pagesTotal, textLayerText, waitForPhase, waitForRenderedPage } from '../../support/reader-page.ts';

// Every PDF of the shared corpus (pdf.js's own test files: CJK without embedded fonts, encryption,
// corrupt files, outlines, forms with JavaScript) opened in the DocumentReader.
const corpus = corpusDir();
const pdfDir = corpus ? join(corpus, 'pdfs') : '';
const manifest = corpus
  ? readFileSync(join(pdfDir, 'MANIFEST.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [file = '', , , pages = '', password = ''] = line.split('\t');
        return { file, pages: pages ? Number(pages) : null, password };
      })
  : [];
const passwords: Readonly<Record<string, string>> = { 'issue3371.pdf': 'ELXRTQWS', 'issue6010_2.pdf': 'æøå', 'pr6531_1.pdf': 'asdfasdf' };
/** Text each CJK file must show in its text layer (from the manifest and pdf.js's own tests). */
const cjkText: Readonly<Record<string, string>> = {
  'issue3521.pdf': '黑体字',
  'issue2128r.pdf': '浅谈校长的魅力',
  'issue8372.pdf': '目录',
  'XiaoBiaoSong.pdf': '目录',
  'SimFang-variant.pdf': '全世界无产者',
  'issue19182.pdf': '中文姓名',
  'issue12823.pdf': '',
  '90ms_rksj_h_sample.pdf': '日本語テスト',
};

describe.skipIf(!corpus)('the PDF reader on the corpus PDFs', () => {
  const ids = new Map<string, string>();
  const harness = useReaderHarness('reader-corpus', (profile) => {
    const pdfs = manifest.map(({ file }) => ({ path: join(pdfDir, file), title: file, fileName: file }));
    seedPdfReview(profile, 'reader-corpus', 'corpus', pdfs).forEach((id, index) => ids.set(manifest[index]?.file ?? '', id));
  });

  const openCorpusFile = (file: string): Promise<Page> => harness.open(`reader.html?review=reader-corpus&submission=corpus&active=${ids.get(file)}`);
  const errorsOf = (file: string) => harness.pageErrors.filter((error) => error.includes(ids.get(file) ?? '?'));

  /** A tab in plain view (not under the tab bar's overflow) of a file that opens without a password. */
  async function visiblePlainTab(page: Page): Promise<string> {
    const plain = manifest.filter((entry) => entry.pages !== null && !entry.password).map((entry) => entry.file);
    const names = await page.getByRole('tab').evaluateAll((tabs) => {
      const nav = tabs[0]?.closest('.ant-tabs-nav-wrap')?.getBoundingClientRect();
      return tabs
        .filter((tab) => {
          const box = tab.getBoundingClientRect();
          return nav !== undefined && box.left >= nav.left + 24 && box.right <= nav.right - 24;
        })
        .map((tab) => tab.textContent ?? '');
    });
    const name = names.find((candidate) => plain.includes(candidate));
    if (!name) throw new Error(`no plain tab in view among ${names.join(', ')}`);
    return name;
  }

  async function enterPassword(page: Page, password: string): Promise<void> {
    const dialog = page.getByRole('dialog');
    await dialog.getByText('文档已加密').waitFor();
    await dialog.getByTestId('reader-password-input').fill(password);
    await dialog.getByTestId('reader-password-input').press('Enter');
  }

  for (const entry of manifest) {
    it(`${entry.file}: ${entry.pages === null ? 'shows the error panel' : `opens with ${entry.pages} page(s)`}`, async () => {
      const page = await openCorpusFile(entry.file);
      const phase = await waitForPhase(page, ['ready', 'error', 'password']);
      if (entry.pages === null) {
        expect(phase).toBe('error');
        const panel = page.getByTestId('reader-error');
        expect(await panel.textContent()).toContain(`无法打开「${entry.file}」：文件已损坏或不是有效的 PDF（`);
        // The rest of the reader still works: another document's tab opens.
        const other = await visiblePlainTab(page);
        await page.getByRole('tab', { name: other, exact: true }).click();
        await expect.poll(() => page.getByTestId('reader-pane').getAttribute('data-document-id')).toBe(ids.get(other));
        expect(await waitForPhase(page, ['ready'])).toBe('ready');
      } else {
        if (phase === 'password') await enterPassword(page, passwords[entry.file] ?? '');
        expect(await waitForPhase(page, ['ready', 'error'])).toBe('ready');
        expect(await pagesTotal(page)).toBe(entry.pages);
        await waitForRenderedPage(page, 1);
      }
      await page.waitForTimeout(200);
      expect(errorsOf(entry.file)).toEqual([]);
      await page.context().close();
    });
  }

  it('asks for the password of encrypted files, refuses a wrong one with 密码错误, and can be cancelled and asked again', async () => {
    const page = await openCorpusFile('pr6531_1.pdf');
    expect(await waitForPhase(page, ['password'])).toBe('password');
    await enterPassword(page, 'qwerty');
    await page.getByRole('dialog').getByText('密码错误，请重新输入。').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
    await page.getByText('未输入密码，「pr6531_1.pdf」没有打开。').waitFor();
    await page.getByRole('button', { name: '输入密码' }).click();
    await enterPassword(page, 'asdfasdf');
    expect(await waitForPhase(page, ['ready'])).toBe('ready');

    const unprompted = await openCorpusFile('issue17215.pdf');
    expect(await waitForPhase(unprompted, ['ready', 'password'])).toBe('ready');
    expect(await unprompted.getByRole('dialog').count()).toBe(0);
  });

  for (const [file, text] of Object.entries(cjkText)) {
    it(`${file}: shows its CJK text (cMaps and font substitution)`, async () => {
      const page = await openCorpusFile(file);
      expect(await waitForPhase(page, ['ready'])).toBe('ready');
      await waitForRenderedPage(page, 1);
      const layer = await textLayerText(page, 1);
      expect(layer).toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      expect(layer).toContain(text);
      await expect.poll(() => inkRatio(page, 1)).toBeGreaterThan(0.0003);
      if (file === 'issue3521.pdf' || file === 'SimFang-variant.pdf') {
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(artifactsDir, `reader-cjk-${file.replace('.pdf', '')}.png`) });
      }
    });
  }

  it('never runs a document’s JavaScript (issue15590 OpenAction, js-authors button)', async () => {
    for (const file of ['issue15590.pdf', 'js-authors.pdf']) {
      const page = await openCorpusFile(file);
      expect(await waitForPhase(page, ['ready'])).toBe('ready');
      await waitForRenderedPage(page, 1);
      await page.waitForTimeout(1000);
      await page.locator('.page[data-page-number="1"]').click({ position: { x: 100, y: 100 } });
      await page.waitForTimeout(300);
    }
    expect(harness.dialogs).toEqual([]);
    expect(harness.consoleMessages.filter((message) => /app\.alert|authors|func\(/i.test(message))).toEqual([]);
  });
});
