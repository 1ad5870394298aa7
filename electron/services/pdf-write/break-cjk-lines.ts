// Chinese text has no spaces, so line breaks fall between any two ideographs, except that closing
// punctuation must not start a line and opening punctuation must not end one (禁则, GB/T 15834).

const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〕】…—%·,.;:?!)]}']);
const NO_LINE_END = new Set([...'（《「『“‘〔【([{']);
// Runs of Latin letters and digits (with the marks that belong inside them) break as one word.
const TOKEN = /[A-Za-z0-9][A-Za-z0-9.%+\-_/@:]*|\s+|[\s\S]/gu;

/** Splits text into breakable units: one ideograph or mark, one Latin word, or one space run. */
export function cjkTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function isSpace(token: string): boolean {
  return /^\s+$/u.test(token);
}

/**
 * Breaks one paragraph into lines no wider than `maxWidth` (as `measure` reports), honouring the
 * CJK line-start/line-end rules by carrying the previous unit down with an offending mark.
 */
export function breakCjkLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  // A word wider than the line (a long URL) is broken by characters rather than overflowing.
  const tokens = cjkTokens(text).flatMap((t) => (t.length > 1 && measure(t) > maxWidth ? [...t] : [t]));
  const lines: string[] = [];
  let current: string[] = [];
  let width = 0;
  const flush = (): void => {
    while (current.length > 0 && isSpace(current[current.length - 1] ?? '')) current.pop();
    if (current.length > 0) lines.push(current.join(''));
  };
  for (const token of tokens) {
    if (current.length === 0 && isSpace(token)) continue;
    const w = measure(token);
    if (current.length === 0 || width + w <= maxWidth) {
      current.push(token);
      width += w;
      continue;
    }
    if (isSpace(token)) {
      flush();
      current = [];
      width = 0;
      continue;
    }
    const carry = [token];
    while (current.length > 1) {
      const last = current[current.length - 1] ?? '';
      const head = carry[0] ?? '';
      if (!NO_LINE_START.has(head[0] ?? '') && !NO_LINE_END.has(last)) break;
      carry.unshift(current.pop() ?? '');
    }
    flush();
    current = carry;
    width = measure(carry.join(''));
  }
  flush();
  return lines;
}
