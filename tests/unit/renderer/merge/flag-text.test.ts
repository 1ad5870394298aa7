import { describe, expect, it } from 'vitest';
import { flagText } from '../../../../renderer/src/features/merge/flag-text.ts';
import { setupI18n } from '../../../../renderer/src/i18n/setup-i18n.ts';
import { flagParams, flagReason, type MergeFlag } from '../../../../shared/merge/merge-flags.ts';

const f = (value: number) => ({ exact: String(value), value });

/** One flag of every kind, as the aggregation writes them. */
const flags: MergeFlag[] = [
  { kind: 'too_few', panel: 2, minimum: 3 },
  { kind: 'divergence', range: f(24.5), stdDev: f(8.44), maxRange: 20, maxStdDev: 8, outliers: [{ expertId: 'e4', name: '专家4', distance: f(-14.5) }, { expertId: 'e5', name: '专家5', distance: f(14.5) }] },
  { kind: 'divergence', range: f(12), stdDev: f(9.1), maxRange: 20, maxStdDev: 8, outliers: [{ expertId: 'e1', name: '王明', distance: f(6) }] },
  { kind: 'deviation', expert: { expertId: 'e1', name: '王明' }, total: 40, othersMean: f(82.5), percent: f(51.52), limitPercent: 30 },
  { kind: 'veto', experts: [{ expertId: 'e2', name: '李华', items: ['材料造假', '重复申报'] }, { expertId: 'e3', name: '陈立', items: ['材料造假'] }] },
  { kind: 'check_failed', checkId: 'k1', title: '牵头单位资格', failed: 2, panel: 3 },
  { kind: 'unrecused_conflict', expert: { expertId: 'e1', name: '张三' }, institutions: ['甲职业技术学院', '乙公司'] },
];

describe('merge flags on screen, from their code and parameters', () => {
  it('in Chinese, every kind reads exactly as the command line writes it', async () => {
    const { t } = await setupI18n('zh-CN');
    for (const flag of flags) expect(flagText(flagParams(flag), t)).toBe(flagReason(flag));
  });

  it('in English, with the same numbers and names', async () => {
    const { t } = await setupI18n('en');
    const [tooFew, divergence, sdOnly, deviation, veto, check, conflict] = flags.map((flag) => flagText(flagParams(flag), t));
    expect(tooFew).toBe('only 2 valid scores, fewer than the minimum of 3');
    expect(divergence).toBe('experts diverge: range 24.5 points over 20, standard deviation 8.44 over 8; farthest from the median: 专家4 (-14.5), 专家5 (+14.5)');
    expect(sdOnly).toBe('experts diverge: standard deviation 9.1 over 8; farthest from the median: 王明 (+6)');
    expect(deviation).toBe("王明's total 40 is 51.52% from the other experts' mean 82.5 (over 30%): to be explained in writing");
    expect(veto).toBe('veto (一票否决): 李华 (材料造假, 重复申报); 陈立 (材料造假)');
    expect(check).toBe('pass/fail item «牵头单位资格» judged not met by 2 of 3 experts');
    expect(conflict).toBe("张三's organisation matches or is related to 甲职业技术学院, 乙公司, yet they scored it without recusing");
  });

  it('the parameters carry the published figures, not the exact decimals', () => {
    expect(flagParams(flags[1]!)).toMatchObject({ kind: 'divergence', range: 24.5, stdDev: 8.44, outliers: [{ expertId: 'e4', distance: -14.5 }, { expertId: 'e5', distance: 14.5 }] });
  });
});
