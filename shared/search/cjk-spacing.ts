const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
const spaceBetweenCjk = new RegExp(`(?<=[${cjk}])\\s+(?=[${cjk}])`, 'gu');

/**
 * Text as the app compares it: whitespace runs collapsed to one space, and none at all between
 * two CJK characters (a line break inside a Chinese sentence is not a space), trimmed.
 */
export function collapseCjkSpacing(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(spaceBetweenCjk, '').trim();
}
