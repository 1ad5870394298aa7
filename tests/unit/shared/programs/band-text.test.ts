import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelBand } from '../../../../shared/domain/rubric.ts';
import { applyBandNotes, formatBandNotes, formatBandsText, parseBandsText } from '../../../../shared/programs/band-text.ts';
import { formatCommentRule, parseCommentRuleText, parsePointsText, splitKeywords } from '../../../../shared/programs/sheet-text.ts';

const band = (label: string, min: number, max: number, description = ''): LevelBand => ({ label, min, max, description });

describe('band text (评分档次)', () => {
  it.each([
    ['优 9-10；良 7.5-8.5；中 6-7；差 0-5.5', [band('优', 9, 10), band('良', 7.5, 8.5), band('中', 6, 7), band('差', 0, 5.5)]],
    ['优 ９～１０分，良 ７至８分,差 ０–６', [band('优', 9, 10), band('良', 7, 8), band('差', 0, 6)]],
    ['优秀（9-10分）\n较好：7—8\n不达标 0', [band('优秀', 9, 10), band('较好', 7, 8), band('不达标', 0, 0)]],
    ['A档 25-30、B档 15-24、C档 0-14', [band('A档', 25, 30), band('B档', 15, 24), band('C档', 0, 14)]],
    ['  ', []],
  ])('reads %j', (text, bands) => {
    expect(parseBandsText(text)).toEqual({ ok: true, bands });
  });

  it('keeps a description written after a colon, cut from the original text', () => {
    expect(parseBandsText('优 9-10：论证充分，数据翔实；良 6-8.5：基本合理')).toEqual({
      ok: true,
      bands: [band('优', 9, 10, '论证充分，数据翔实'), band('良', 6, 8.5, '基本合理')],
    });
  });

  it.each(['很好 / 一般', '9-10 优', '优 10-9'])('refuses %j', (text) => {
    expect(parseBandsText(text).ok).toBe(false);
  });

  it('round-trips bands and their descriptions through 评分档次 and 档次说明', () => {
    const label = fc.constantFrom('优', '良', '中', '差', '优秀', 'A档', '不合格');
    const points = fc.integer({ min: 0, max: 200 }).map((n) => n / 2);
    const description = fc.array(fc.constantFrom('论证', '充分', '；', '，', '\n', ' ', '数据 9-10'), { maxLength: 6 }).map((parts) => parts.join('').trim());
    const bands = fc.uniqueArray(fc.tuple(label, points, points, description), { selector: ([l]) => l, maxLength: 5 }).map((list) =>
      list.map(([l, a, b, d]) => band(l, Math.min(a, b), Math.max(a, b), d)),
    );
    fc.assert(
      fc.property(bands, (list) => {
        const parsed = parseBandsText(formatBandsText(list));
        expect(parsed.ok).toBe(true);
        const described = applyBandNotes(parsed.ok ? parsed.bands : [], formatBandNotes(list));
        expect(described).toEqual({ ok: true, bands: list });
      }),
    );
  });
});

describe('cell text', () => {
  it('reads points written as text', () => {
    expect([parsePointsText('10'), parsePointsText('７.５'), parsePointsText('10 分'), parsePointsText('十分')]).toEqual([10, 7.5, 10, null]);
  });

  it('reads and writes comment rules', () => {
    for (const rule of [{ kind: 'always' }, { kind: 'never' }, { kind: 'extremes', lowPercent: 60, highPercent: 90 }] as const) {
      expect(parseCommentRuleText(formatCommentRule(rule))).toEqual(rule);
    }
    expect(parseCommentRuleText('<=50%或>=95%')).toEqual({ kind: 'extremes', lowPercent: 50, highPercent: 95 });
    expect(parseCommentRuleText('看情况')).toBeNull();
  });

  it('splits keywords on 、 , ， ; and line breaks', () => {
    expect(splitKeywords('产教融合、 专业群,双师\n实训基地；')).toEqual(['产教融合', '专业群', '双师', '实训基地']);
  });
});
