/**
 * Filling the slots of a message (a file name, a place in a file) without leaving one empty:
 * an empty slot printed 「评分细则无法导入：：…」, which names nothing (issue 9).
 */

/** The first of the names that has something besides spaces in it, trimmed; else the fallback. */
export function firstName(names: readonly (string | null | undefined)[], fallback: string): string {
  for (const name of names) {
    const trimmed = name?.trim();
    if (trimmed) return trimmed;
  }
  return fallback;
}

/** 「where：message」, or just the message when there is no where (a problem of the whole file). */
export function issueLine(where: string | null | undefined, message: string): string {
  const place = where?.trim();
  return place ? `${place}：${message}` : message;
}

/** A zod-style path (`['rubrics', 0, 'title']`) as `rubrics.0.title`; '' for the root. */
export function dottedPath(path: readonly PropertyKey[] | undefined): string {
  return (path ?? []).map(String).join('.');
}

/** 「name」, or 「fallback」 when the name is blank (a title being typed in the editor, say). */
export function quoted(name: string | null | undefined, fallback: string): string {
  return `「${firstName([name], fallback)}」`;
}
