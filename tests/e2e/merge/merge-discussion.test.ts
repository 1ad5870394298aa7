// A divergence round on the merge screen (issue 12 §3): the coordinator opens it from a flagged
// application, the expert's re-signed version 2 (a reason per changed score) comes back on a USB
// stick, the round shows round 1 and now side by side with the reasons, and closes with a note.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { demoPanel } from '../../support/demo-panel.ts';
import { apiOf } from '../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';

describe('merge screen: a divergence round', () => {
  const app = useAppUnderTest({ prefix: 'e2e-merge-discussion' });

  it('opens from the divergence flag, shows the expert\'s reasons beside round 1, and closes with the conclusion', async () => {
    const api = apiOf(app.services);
    const panel = await demoPanel(api, reviewId);
    const received = await api.value('merge:receive', { reviewId, files: panel.files });
    const flagged = received.report.categories.flatMap((c) => c.ranking).find((a) => a.flags.some((f) => f.kind === 'divergence'))!;
    const divergence = flagged.flags.find((f) => f.kind === 'divergence')!.params;
    const outlier = divergence.kind === 'divergence' ? divergence.outliers[0]! : null;

    const page = await app.open();
    await page.goto(`${app.host.origin}/#/merge/${reviewId}`);
    await page.getByTestId('merge-screen').waitFor();
    await page.getByTestId(`discuss-${flagged.submissionId}`).click();
    // The expert the flag names is asked by default; the round needs a note.
    expect(await page.getByTestId(`discussion-expert-${outlier!.expertId}`).isChecked()).toBe(true);
    expect(await page.getByTestId('discussion-open-ok').isDisabled()).toBe(true);
    await page.getByTestId('discussion-note').fill('该专家评分明显低于其他专家，请对照评分标准复核各项');
    await page.getByTestId('discussion-open-ok').click();
    const card = page.getByTestId('discussion-1');
    await card.waitFor();
    expect(await card.innerText()).toContain('进行中');
    expect(await page.getByTestId(`ranking-${received.report.categories.find((c) => c.ranking.includes(flagged))!.id}`).innerText()).toContain('复议中');

    // The expert's version 2 arrives.
    const file = panel.reconsidered('复议：重读佐证材料，按评分标准重新评定');
    const path = join(app.dataDir, '..', file.fileName);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('merge-receive').click()]);
    await chooser.setFiles(path);
    const changes = page.getByTestId(`discussion-changes-1-${outlier!.expertId}`);
    await changes.waitFor();
    expect(await changes.innerText()).toContain('复议：重读佐证材料，按评分标准重新评定');
    expect(await card.innerText()).toContain('第 2 版');
    expect(await page.getByTestId('discussion-figures-1').innerText()).toMatch(/极差 \d+(\.\d+)? → \d+(\.\d+)?/u);
    // The round as a chart too: drawn on a canvas, round 1 beside now.
    await page.getByTestId('discussion-chart-1').locator('canvas').first().waitFor();
    await page.getByTestId('discussions').screenshot({ path: join(artifactsDir, 'merge-discussion.png') });

    await page.getByTestId('discussion-close-1').click();
    await page.getByTestId('discussion-close-note').fill('专家已按评分标准重新评定，分差在允许范围内');
    await page.getByTestId('discussion-close-ok').click();
    await expect.poll(() => card.innerText()).toContain('已结束');
    expect(await card.innerText()).toContain('专家已按评分标准重新评定，分差在允许范围内');
    expect(app.pageErrors).toEqual([]);
  });
});
