import { z } from 'zod';

/** What an id may be: lower-case letters, digits and dashes, starting with a letter or digit. */
export const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** The longest id. */
export const idMaxLength = 80;

/** Stable ids: lower-case letters, digits and dashes, as used in file names and URLs. */
export const idSchema = z.string().min(1).max(idMaxLength).regex(idPattern, '只能包含小写字母、数字和连字符');

/** The first of `base`, `base-2`, `base-3` … that is not `taken`. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${String(n)}`;
    if (!taken(candidate)) return candidate;
  }
}
