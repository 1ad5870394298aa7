// School and company names are typed by hand in many places (folder names, 汇总表 cells, covers):
// the same school arrives as 「安徽职业技术学院」, 「安徽职业技术学院 」, 「安徽职业技术学院(盖章)」 or 「安徽职院」.

/** One entry of the coordinator's alias table: a short or variant name and the full name it stands for. */
export interface NameAlias {
  readonly alias: string;
  readonly fullName: string;
}

/** Text with NFKC applied (full-width letters and digits half-width) and every space removed: how labels and cells compare. */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s/gu, '');
}

/**
 * The key two names compare by: NFKC (full-width letters, digits and brackets become half-width),
 * every kind of space removed, brackets of both widths made `()`, letters lower-cased. The key is
 * for comparing only; the name shown stays as the applicant wrote it.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[〔［【〖[{]/gu, '(')
    .replace(/[〕］】〗\]}]/gu, ')')
    .replace(/[\s\u3000\u00a0\u200b\ufeff]/gu, '')
    .toLowerCase();
}

/** Marks written after a name that are not part of it: (盖章), （公章）. */
const stampNote = /\((盖章|公章|签章|章)\)$/u;

/** The key of a name with the alias table applied: an alias (compared normalised) becomes its full name's key. */
export function nameKey(name: string, aliases: readonly NameAlias[] = []): string {
  const key = normaliseName(name).replace(stampNote, '');
  const alias = aliases.find((entry) => normaliseName(entry.alias) === key);
  return alias ? normaliseName(alias.fullName) : key;
}

/** The full name an alias stands for, or the name itself (trimmed) where the table has none. */
export function resolveAlias(name: string, aliases: readonly NameAlias[]): string {
  const key = normaliseName(name).replace(stampNote, '');
  return aliases.find((entry) => normaliseName(entry.alias) === key)?.fullName ?? name.trim().replace(/[（(](盖章|公章|签章|章)[）)]\s*$/u, '').trim();
}
