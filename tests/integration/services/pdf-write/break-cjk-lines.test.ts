import { describe, expect, it } from 'vitest';
import { breakCjkLines, cjkTokens } from '../../../../electron/services/pdf-write/break-cjk-lines.ts';

// A monospace stand-in for the font: ideographs one unit wide, Latin letters and digits half.
const measure = (s: string): number => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/u.test(ch) ? 0.5 : 1), 0);

describe('breakCjkLines', () => {
  const text =
    '为深入贯彻《教育部关于深化职业教育教学关键要素改革的意见》（教职成〔2026〕1号）精神，推动AI技术与专业建设、课程开发深度融合，毕业生就业对口率稳定在80%以上。';

  it('fills lines up to the width and loses no character', () => {
    const lines = breakCjkLines(text, 12, measure);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(12);
    expect(lines.length).toBeGreaterThan(5);
  });

  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    for (let width = 6; width <= 20; width += 1) {
      const lines = breakCjkLines(text, width, measure);
      for (const line of lines.slice(1)) expect(line[0], `width ${width}: ${line}`).not.toMatch(/[，。、；：）》〕”%]/u);
      for (const line of lines.slice(0, -1)) expect(line.at(-1), `width ${width}: ${line}`).not.toMatch(/[（《〔“]/u);
    }
  });

  it('keeps Latin words and numbers whole, and breaks at spaces without keeping them', () => {
    expect(cjkTokens('对口率84.6%，AI 技术')).toEqual(['对', '口', '率', '84.6%', '，', 'AI', ' ', '技', '术']);
    const lines = breakCjkLines('alpha beta gamma', 3, measure);
    expect(lines).toEqual(['alpha', 'beta', 'gamma']);
  });
});
