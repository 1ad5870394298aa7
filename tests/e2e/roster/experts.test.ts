// The experts screen (专家名单), the table the coordinator screens to come are modelled on, tested as
// a component: the page gets a stubbed bridge (tests/support/bridge-stub.ts) that answers the roster
// calls with what each test scripts and sends every other call to the real services.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../shared/api/dispatch.ts';
import type { RosterExpert } from '../../../shared/domain/trust-views.ts';
import { useAppUnderTest } from '../../support/app-under-test.ts';
import { answerWith, stubBridge, stubbedCalls } from '../../support/bridge-stub.ts';
import { demoReviewFacts, demoReviewId } from '../../support/workspace-page.ts';

/** An expert on the roster, assigned `submissionIds`. */
function expert(id: string, name: string, organisation: string, submissionIds: string[], extra: Partial<RosterExpert> = {}): RosterExpert {
  return { id, name, organisation, title: '', expertise: '', phone: '', panel: [], publicKey: null, fingerprint: null, enrolledAt: null, submissionIds, conflicts: [], ...extra };
}

describe('experts screen: the roster table', () => {
  const app = useAppUnderTest({ prefix: 'e2e-experts' });
  let submissionIds: string[];
  let roster: RosterExpert[];

  beforeAll(async () => {
    submissionIds = (await demoReviewFacts(app.services.handlers)).submissionIds;
    roster = [
      expert('e-wang', '王明', '安徽职业技术大学', submissionIds, {
        publicKey: 'pk', fingerprint: '590c 76c7 5259 7e75 6ce8 7c79 3cb5 d8d8', enrolledAt: '2026-05-01T08:00:00Z',
      }),
      // Of the applications: the first two only, and a known 回避 on the third.
      expert('e-li', '李华', '', submissionIds.slice(0, 2), { conflicts: [{ submissionId: submissionIds[2]!, reason: '曾参与申报书撰写' }] }),
    ];
  });

  /** Opens the experts screen of the demo review with the roster calls answered as scripted. */
  async function openExperts(answers: Parameters<typeof stubBridge>[1]): Promise<Page> {
    const page = await app.open((p) => stubBridge(p, answers));
    // The token is a cookie by now: go straight to the screen's address, as a reload (F5) there would.
    await page.goto(`${app.host.origin}/#/experts/${demoReviewId}`);
    return page;
  }

  /** A row's cells as text, by the expert's id. */
  async function rowText(page: Page, expertId: string): Promise<string[]> {
    return page.locator('tr').filter({ has: page.getByTestId(`expert-${expertId}`) }).locator('td').allInnerTexts();
  }

  it('shows each expert: key or 未登记, assigned of all, fields, conflicts; and who each issued package is for', async () => {
    const page = await openExperts({
      'experts:list': { ok: true, value: roster },
      'packages:issued': {
        ok: true,
        value: [
          { digest: 'a'.repeat(64), presetExpertId: null, createdAt: '2026-05-02T09:30:00Z' },
          { digest: 'b'.repeat(64), presetExpertId: 'e-gone', createdAt: '2026-05-03T10:00:00Z' },
        ],
      },
    });
    await page.getByTestId('experts-screen').waitFor();
    const wang = await rowText(page, 'e-wang');
    expect(wang.slice(0, 4)).toEqual(['王明', '安徽职业技术大学', '590c 76c7 5259 7e75 6ce8 7c79 3cb5 d8d8', `${submissionIds.length} / ${submissionIds.length}`]);
    expect(wang[5]).toBe('—');
    const li = await rowText(page, 'e-li');
    expect(li.slice(0, 4)).toEqual(['李华', '', '未登记公钥', `2 / ${submissionIds.length}`]);
    expect(li[5]).toBe('1');
    expect(await page.getByTestId('fields-e-li').textContent()).toMatch(/ 2$/);
    // A package for an expert removed since is still listed, by the id it was made for.
    const issued = await page.locator('.ant-card').filter({ hasText: '已发出的评审包' }).innerText();
    expect(issued).toContain('aaaaaaaaaaaaaaaa… 全体专家 · 2026-05-02 09:30');
    expect(issued).toContain('bbbbbbbbbbbbbbbb… e-gone · 2026-05-03 10:00');
    expect(app.pageErrors).toEqual([]);
  });

  it('removing an expert sends experts:remove for that expert and shows the roster the services return', async () => {
    const page = await openExperts({ 'experts:list': { ok: true, value: roster }, 'experts:remove': { ok: true, value: [roster[0]] } });
    await page.getByTestId('expert-e-li').waitFor();
    await page.locator('tr').filter({ has: page.getByTestId('expert-e-li') }).getByRole('button', { name: /^删\s?除$/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /^确\s?定$/ }).click();
    await expect.poll(() => page.getByTestId('expert-e-li').count()).toBe(0);
    expect(await page.getByTestId('expert-e-wang').count()).toBe(1);
    expect((await stubbedCalls(page, 'experts:remove')).map((c) => c.input)).toEqual([{ reviewId: demoReviewId, expertId: 'e-li' }]);
    expect(app.pageErrors).toEqual([]);
  });

  it('a refused edit shows the services\' reason and leaves the table as it was', async () => {
    const page = await openExperts({
      'experts:list': { ok: true, value: roster },
      'experts:save': { ok: false, error: { code: 'invalid_input', message: '专家姓名已在名单中：王明' } },
    });
    await page.getByTestId('expert-e-li').waitFor();
    await page.locator('tr').filter({ has: page.getByTestId('expert-e-li') }).getByRole('button', { name: /^修\s?改$/ }).click();
    await page.getByTestId('expert-form-name').fill('王明');
    await page.getByTestId('expert-form-ok').click();
    await page.locator('.ant-message').getByText('专家姓名已在名单中：王明').waitFor();
    expect((await stubbedCalls(page, 'experts:save')).map((c) => c.input)).toEqual([{ reviewId: demoReviewId, expertId: 'e-li', name: '王明', organisation: '' }]);
    expect((await rowText(page, 'e-li'))[0]).toBe('李华');
  });

  it('a roster that cannot be read says why instead of an empty table, and opening the screen again reads it afresh', async () => {
    const page = await openExperts({ 'experts:list': { ok: false, error: { code: 'not_found', message: '未找到评审活动 demo-2026-anhui' } } });
    await page.locator('.ant-result-error').getByText('未找到评审活动 demo-2026-anhui').waitFor();
    expect(await page.getByTestId('experts-screen').count()).toBe(0);
    // The services answer again; the coordinator goes home and back to the experts screen.
    await answerWith(page, 'experts:list', null);
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.getByTestId(`review-${demoReviewId}`).waitFor();
    await page.evaluate((id) => {
      window.location.hash = `#/experts/${id}`;
    }, demoReviewId);
    await page.getByTestId('experts-screen').waitFor();
    // The services' own roster of the demo review: nobody yet.
    expect(await page.locator('.ant-table-placeholder').innerText()).toContain('尚无专家');
  });

  it('adds an expert on the real services: assigned every application, no key yet, warned before a package goes to them', async () => {
    const page = await openExperts({});
    await page.getByTestId('add-expert').click();
    await page.getByTestId('expert-form-name').fill('张强');
    await page.getByTestId('expert-form-organisation').fill('安徽机电职业技术学院');
    await page.getByTestId('expert-form-ok').click();
    const stored = async () => {
      const list = await dispatchCall(app.services.handlers, 'experts:list', { reviewId: demoReviewId });
      return list.ok ? (list.value as RosterExpert[]).find((e) => e.name === '张强') : undefined;
    };
    await expect.poll(stored).toBeDefined();
    const added = await stored();
    expect(added?.submissionIds).toEqual(submissionIds);
    await page.getByTestId(`expert-${added!.id}`).waitFor();
    expect((await rowText(page, added!.id)).slice(0, 4)).toEqual(['张强', '安徽机电职业技术学院', '未登记公钥', `${submissionIds.length} / ${submissionIds.length}`]);
    await page.getByTestId('build-package').click();
    expect(await page.getByTestId('unenrolled-warning').textContent()).toContain('张强');
    expect(app.pageErrors).toEqual([]);
  });
});
