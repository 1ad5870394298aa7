import type { FileRole } from './intake-facts.ts';
import type { Ambiguity, PreviewApplication } from './intake-preview.ts';
import { nameKey, resolveAlias, squeeze, type NameAlias } from './normalise-name.ts';

/** A file as the matcher sees it: where it sat, its role, and what its cover names. */
export interface MatchFile {
  readonly sourcePath: string;
  /** The folders and zips it sat in, outermost first (a zip named with its `.zip`). */
  readonly segments: readonly string[];
  /** Which of the dropped paths it came from: each splits into applicants on its own. */
  readonly root?: number;
  readonly role: FileRole;
  readonly cover: { readonly applicant: string; readonly category: string; readonly title: string; readonly partners: readonly string[] } | null;
}

/** A 汇总表 row as the matcher sees it. */
export interface MatchRow {
  readonly key: string;
  readonly applicant: string;
  readonly category: string;
  readonly applicantType: string;
  readonly partners: readonly string[];
  readonly title: string;
}

/** What the matcher is given: the drop's files and 汇总表 rows, the review's categories, aliases and submissions. */
export interface MatchInput {
  readonly files: readonly MatchFile[];
  readonly rows: readonly MatchRow[];
  readonly categories: readonly { readonly id: string; readonly name: string }[];
  readonly aliases: readonly NameAlias[];
  readonly existing: readonly { readonly id: string; readonly applicant: string; readonly categoryId: string }[];
}

/** The matcher's answer: the applications, where each file goes and why, and what must be asked. */
export interface MatchResult {
  readonly applications: PreviewApplication[];
  readonly placements: ReadonlyMap<string, { readonly applicationKeys: string[]; readonly reason: string }>;
  readonly ambiguities: Ambiguity[];
}

const materialFolder = /申报书|佐证|证明|材料|附件|盖章|汇总|扫描|电子版|pdf|word/iu;

/** A folder or zip name without numbering, extension and words such as 申报材料: what may be a school's name. */
export function cleanGroupName(segment: string): string {
  return segment
    .replace(/\.zip$/iu, '')
    .replace(/^[\d\s._\-、]+/u, '')
    .replace(/[-_\s]*(申报材料|申报资料|材料|申报)$/u, '')
    .trim();
}

function categoryOf(text: string, categories: MatchInput['categories']): string {
  const squeezed = squeeze(text);
  if (squeezed === '') return '';
  const found = categories.filter((c) => squeezed.includes(squeeze(c.name)) || c.id === squeezed);
  return found.length === 1 ? (found[0] as { id: string }).id : '';
}

/**
 * Matches files, folders and 汇总表 rows to applications by normalised name (aliases applied).
 * Applications come from the 汇总表 rows, the review's existing submissions (a 补正), 申报书 covers,
 * and otherwise the folder or zip each applicant's files came in. A file goes to the application
 * its folders or cover name; a 汇总表 goes to every application with a row in it. A match that is
 * not exact (a name contained in a folder's name), a file no application claims, and an
 * application whose category cannot be told are reported as ambiguities, each with the default
 * that is applied unless the coordinator decides otherwise.
 */
export function matchApplications(input: MatchInput): MatchResult {
  const { aliases, categories } = input;
  const applications = new Map<string, PreviewApplication>();
  const ambiguities: Ambiguity[] = [];
  const keyOf = (applicant: string, categoryId: string) => `${nameKey(applicant, aliases)}|${categoryId}`;
  const add = (applicant: string, categoryId: string, extra: Partial<PreviewApplication> = {}): PreviewApplication => {
    const key = keyOf(applicant, categoryId);
    const known = applications.get(key);
    if (known) {
      const merged = { ...known, summaryRowKeys: [...known.summaryRowKeys, ...(extra.summaryRowKeys ?? [])] };
      applications.set(key, merged);
      return merged;
    }
    const existing = input.existing.find((s) => keyOf(s.applicant, s.categoryId) === key);
    const made: PreviewApplication = {
      key,
      applicant: existing?.applicant ?? resolveAlias(applicant, aliases),
      categoryId,
      applicantType: '',
      partners: [],
      title: '',
      existingSubmissionId: existing?.id ?? null,
      summaryRowKeys: [],
      ...extra,
    };
    applications.set(key, made);
    return made;
  };
  for (const s of input.existing) add(s.applicant, s.categoryId);
  for (const row of input.rows) {
    add(row.applicant, categoryOf(row.category, categories), { applicantType: row.applicantType, partners: [...row.partners], title: row.title, summaryRowKeys: [row.key] });
  }
  // Applications named by a 申报书's cover, where no 汇总表 row or earlier import names them.
  for (const file of input.files) {
    if (!file.cover || file.cover.applicant === '') continue;
    const categoryId = categoryOf(file.cover.category, categories);
    const byName = [...applications.values()].filter((a) => nameKey(a.applicant, aliases) === nameKey(file.cover?.applicant ?? '', aliases));
    if (byName.some((a) => a.categoryId === categoryId || categoryId === '')) continue;
    add(file.cover.applicant, categoryId, { title: file.cover.title, partners: [...file.cover.partners] });
  }

  // The level at which each dropped path splits into applicants: below what all its files share.
  const splitOf = new Map<number, { shared: number; splitsBelow: boolean }>();
  for (const root of new Set(input.files.map((f) => f.root ?? 0))) {
    const nested = input.files.filter((f) => (f.root ?? 0) === root && f.segments.length > 0);
    let shared = 0;
    while (nested.length > 0 && nested.every((f) => f.segments.length > shared && f.segments[shared] === nested[0]?.segments[shared])) shared++;
    const splitsBelow = nested.some((f) => f.segments.length > shared && !materialFolder.test(cleanGroupName(f.segments[shared] as string)));
    splitOf.set(root, { shared, splitsBelow });
  }

  const placements = new Map<string, { applicationKeys: string[]; reason: string }>();
  const byNameIn = (text: string) => {
    const key = nameKey(cleanGroupName(text), aliases);
    if (key === '') return { exact: [], contained: [] };
    const all = [...applications.values()];
    const exact = all.filter((a) => nameKey(a.applicant, aliases) === key);
    const contained = exact.length > 0 ? [] : all.filter((a) => {
      const name = nameKey(a.applicant, aliases);
      return key.includes(name) || (key.length >= 4 && name.includes(key));
    });
    return { exact, contained };
  };
  const narrow = (found: PreviewApplication[], file: MatchFile): PreviewApplication[] => {
    if (found.length <= 1) return found;
    const clue = categoryOf([...file.segments, file.cover?.category ?? ''].join('/'), categories);
    const same = found.filter((a) => a.categoryId === clue);
    return same.length > 0 ? same : found;
  };

  for (const file of input.files) {
    if (file.role === 'summary') {
      const keys = [...applications.values()].filter((a) => a.summaryRowKeys.some((k) => k.startsWith(`${file.sourcePath}#`))).map((a) => a.key);
      if (keys.length > 0) {
        placements.set(file.sourcePath, { applicationKeys: keys, reason: keys.length === 1 ? '汇总表中的一行属于该申报' : `汇总表含 ${keys.length} 个申报的行，分别归入各申报` });
        continue;
      }
    }
    let placed: { apps: PreviewApplication[]; reason: string; guessed: boolean } | null = null;
    for (let i = file.segments.length - 1; i >= 0 && !placed; i--) {
      const segment = file.segments[i] as string;
      const { exact, contained } = byNameIn(segment);
      if (exact.length > 0) placed = { apps: narrow(exact, file), reason: `所在文件夹或压缩包「${segment}」即申报单位名称`, guessed: false };
      else if (contained.length > 0) placed = { apps: narrow(contained, file), reason: `所在文件夹或压缩包「${segment}」含申报单位名称`, guessed: true };
    }
    if (!placed && file.cover && file.cover.applicant !== '') {
      const { exact } = byNameIn(file.cover.applicant);
      if (exact.length > 0) placed = { apps: narrow(exact, file), reason: `申报书封面的牵头单位为「${file.cover.applicant}」`, guessed: false };
    }
    if (!placed) {
      // No known name: the folder or zip at the level where the drop splits is one applicant's.
      const { shared, splitsBelow } = splitOf.get(file.root ?? 0) ?? { shared: 0, splitsBelow: false };
      // A file beside the applicants' folders (not in one) belongs to none of them by place.
      let level = file.segments.length > shared ? shared : splitsBelow ? -1 : file.segments.length - 1;
      while (level > 0 && materialFolder.test(cleanGroupName(file.segments[level] as string)) && !materialFolder.test(file.segments[level - 1] as string)) level--;
      const group = level >= 0 ? cleanGroupName(file.segments[level] ?? '') : '';
      if (group !== '' && !materialFolder.test(group)) {
        const categoryId = categoryOf(file.segments.join('/'), categories) || (categories.length === 1 ? (categories[0] as { id: string }).id : '');
        placed = { apps: [add(group, categoryId)], reason: `按所在文件夹或压缩包「${file.segments[level] as string}」归为一个申报单位`, guessed: false };
      }
    }
    if (!placed) {
      placements.set(file.sourcePath, { applicationKeys: [], reason: '未能确定所属申报单位' });
      continue;
    }
    const chosen = placed.apps[0] as PreviewApplication;
    placements.set(file.sourcePath, { applicationKeys: [chosen.key], reason: placed.reason });
    if (placed.apps.length > 1) {
      ambiguities.push({ kind: 'file-several', subject: file.sourcePath, message: `「${file.sourcePath}」可能属于 ${placed.apps.map((a) => a.applicant).join('、')}`, proposed: `归入「${chosen.applicant}」` });
    } else if (placed.guessed) {
      ambiguities.push({ kind: 'name-guessed', subject: file.sourcePath, message: `「${file.sourcePath}」的文件夹名称与「${chosen.applicant}」不完全一致（可在别名表中登记简称）`, proposed: `归入「${chosen.applicant}」` });
    }
  }

  const list = [...applications.values()].map((a) => applications.get(a.key) as PreviewApplication);
  // Files no application claims: with one application they are its own; otherwise asked.
  for (const [path, placement] of placements) {
    if (placement.applicationKeys.length > 0) continue;
    const only = list.length === 1 ? (list[0] as PreviewApplication) : null;
    if (only) placements.set(path, { applicationKeys: [only.key], reason: '本次导入只有一个申报单位' });
    ambiguities.push({
      kind: 'file-unassigned',
      subject: path,
      message: `未能确定「${path}」属于哪个申报单位`,
      proposed: only ? `归入「${only.applicant}」` : '不导入该文件（请指定所属申报单位）',
    });
  }
  const fallback = categories[0];
  const applicationsOut = list.map((a) => {
    if (a.categoryId !== '' || !fallback) return a;
    ambiguities.push({ kind: 'category-unknown', subject: a.key, message: `未能确定「${a.applicant}」申报的领域`, proposed: `按「${fallback.name}」导入` });
    return a;
  });
  return { applications: applicationsOut, placements, ambiguities };
}
